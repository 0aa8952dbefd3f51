/** The fixture corpus (tests/fixtures/<site>--<case>.html + .expected.json) and how a result is judged. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteDomain } from '../analysis/credits';
import type { Analysis } from '../types';
import { pageF1, scorePage, type PageScore } from './score';

export interface ExpectedOutlet {
  name: string;
  domain: string;
}

export interface FixtureExpectation {
  url: string;
  description: string;
  isAggregator: boolean;
  title: string;
  text: string;
  clutter: string[];
  clutterKinds: string[];
  source: ExpectedOutlet | null;
  wire: ExpectedOutlet | null;
  originalUrl: string | null;
}

export interface Fixture {
  name: string;
  htmlPath: string;
  expected: FixtureExpectation;
}

export function loadFixtures(dir: string): Fixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.expected\.json$/, '');
      return { name, htmlPath: join(dir, `${name}.html`), expected: JSON.parse(readFileSync(join(dir, file), 'utf8')) as FixtureExpectation };
    });
}

/** Quotes and spaces folded, so a leak is found whatever typography the copy used. */
function foldForLeak(text: string): string {
  return text.normalize('NFKC').replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface FixtureJudgement {
  f1: number;
  score: PageScore;
  leaks: string[];
  detectionRight: boolean;
  sourceRight: boolean;
  wireRight: boolean;
  originalUrlRight: boolean;
  missingKinds: string[];
}

/** Outlets are the same when their registrable domains are (detroit.cbslocal.com ~ cbslocal.com). */
function sameDomain(got: { domain: string | null } | null, want: ExpectedOutlet | null): boolean {
  if (!want) return got === null;
  return Boolean(got?.domain) && siteDomain(got!.domain!) === siteDomain(want.domain);
}

export function leaksIn(text: string, clutter: readonly string[]): string[] {
  const folded = foldForLeak(text);
  return clutter.filter((sentence) => folded.includes(foldForLeak(sentence)));
}

export function judgeFixture(analysis: Analysis, expected: FixtureExpectation): FixtureJudgement {
  const text = analysis.article?.text ?? '';
  const score = scorePage(text, expected.text);
  const kinds = new Set(analysis.clutter.map((block) => block.kind));
  return {
    f1: pageF1(score),
    score,
    leaks: leaksIn(text, expected.clutter),
    detectionRight: analysis.isAggregator === expected.isAggregator,
    sourceRight: sameDomain(analysis.source, expected.source),
    wireRight: sameDomain(analysis.wire, expected.wire),
    originalUrlRight: (analysis.originalUrl ?? null) === (expected.originalUrl ?? null),
    missingKinds: expected.clutterKinds.filter((kind) => !kinds.has(kind as never)),
  };
}
