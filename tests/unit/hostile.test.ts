/**
 * The hostile page set (tests/fixtures/hostile): each page is a plausible article carrying one attack.
 * For every page the analysis must not throw, must not change the page it was given, must extract the
 * story, and must give back HTML with nothing in it that runs, loads or submits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { passiveCheck } from '../../src/analysis/passive';
import { decodePage, nodeSanitizerWindow, parsePage } from '../../src/node/page';
import { findExecutableMarkup, schemeOf, textOfHtml } from '../support/markup-checks';

const DIR = 'tests/fixtures/hostile';

interface HostileCase {
  file: string;
  url: string;
  attack: string;
  storyIncludes: string;
}

const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as HostileCase[];

function serialize(document: Document): string {
  return (document as Document & { toString(): string }).toString();
}

describe('hostile page set', () => {
  it('has at least 25 cases, each with its page, a unique address, an attack and a story sentence', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => c.url)).size).toBe(cases.length);
    for (const c of cases) {
      expect(readFileSync(join(DIR, c.file)).length, c.file).toBeGreaterThan(1000);
      expect(c.attack.length, c.file).toBeGreaterThan(20);
      expect(c.storyIncludes.length, c.file).toBeGreaterThan(60);
    }
  });
});

describe.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
  const document = parsePage(decodePage(readFileSync(join(DIR, c.file))));
  const before = serialize(document);
  let thrown: unknown = null;
  let analysis: ReturnType<typeof analyze> | null = null;
  const started = performance.now();
  try {
    analysis = analyze(document, { url: c.url, purifyWindow: nodeSanitizerWindow() });
  } catch (error) {
    thrown = error;
  }
  const elapsed = performance.now() - started;

  it('analyses without throwing, and extracts the story', () => {
    expect(thrown).toBeNull();
    expect(analysis!.article, analysis!.problems.join('; ')).not.toBeNull();
    expect(analysis!.article!.text).toContain(c.storyIncludes);
    if (elapsed > 1000) console.log(`${c.file}: analyze() took ${elapsed.toFixed(0)} ms`);
  });

  it('returns HTML with nothing that runs, loads or submits', () => {
    const findings = findExecutableMarkup(analysis!.article!.html);
    expect(findings.map((f) => `${f.what}: ${f.where}`)).toEqual([]);
    // The same story, as text, is in the HTML too: the attack did not take the story out with it.
    expect(textOfHtml(analysis!.article!.html).replace(/\s+/g, ' ')).toContain(c.storyIncludes);
  });

  it('leaves the page it was given unchanged', () => {
    expect(serialize(document) === before).toBe(true);
  });

  it('gives only plain strings and web addresses back', () => {
    const { article } = analysis!;
    for (const value of [article!.title, article!.byline, article!.siteName, article!.excerpt]) expect(value === null || typeof value === 'string', String(value)).toBe(true);
    for (const link of analysis!.links) expect(['http', 'https']).toContain(schemeOf(link.url));
    for (const url of [analysis!.originalUrl, analysis!.source?.url ?? null]) if (url) expect(['http', 'https']).toContain(schemeOf(url));
  });

  it('survives the passive check on the same page', () => {
    expect(() => passiveCheck(document, c.url)).not.toThrow();
    expect(serialize(document) === before).toBe(true);
  });
});

describe('particular attacks', () => {
  const load = (file: string) => {
    const c = cases.find((candidate) => candidate.file === file)!;
    return { c, analysis: analyze(parsePage(decodePage(readFileSync(join(DIR, file)))), { url: c.url, purifyWindow: nodeSanitizerWindow() }) };
  };

  it('keeps markup-looking text as text, in the plain text and in the HTML', () => {
    for (const file of ['markup-as-text.html', 'mxss-svg-style.html']) {
      const { analysis } = load(file);
      const { text, html } = analysis.article!;
      expect(text).toContain('a name such as <script>alert("owned")</script>, and the router');
      expect(text).toContain('so a name like <img src=x onerror=alert(1)> is shown as plain text');
      expect(textOfHtml(html)).toContain('<script>alert("owned")</script>');
      expect(html).toContain('&lt;script&gt;alert("owned")&lt;/script&gt;');
    }
    const { analysis } = load('markup-as-text.html');
    expect(analysis.article!.text).toContain('The patched page prints the name as &lt;script&gt; in its source.');
  });

  it('pollutes no prototype with JSON-LD keys', () => {
    const { analysis } = load('jsonld-prototype-keys.html');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    // "__proto__" holds a fake Reuters credit and isBasedOn; neither may count as evidence.
    expect(analysis.isAggregator).toBe(false);
    expect(analysis.evidence.join(' ')).not.toMatch(/Reuters|evil\.example/);
  });

  it('reads JSON-LD of the wrong types, huge or deep, as no evidence rather than an error', () => {
    for (const file of ['jsonld-wrong-types.html', 'jsonld-huge-graph.html', 'jsonld-deep-nesting.html', 'jsonld-huge-string.html']) {
      const { analysis } = load(file);
      expect(analysis.problems, file).toEqual([]);
      expect(analysis.isAggregator, file).toBe(false);
      expect(analysis.evidence.join(' '), file).not.toMatch(/Reuters/);
    }
  });

  it('gives a title with markup back as text, never as markup', () => {
    const { analysis } = load('title-with-markup.html');
    expect(analysis.article!.title).toBe('Night train returns to the coast line after a twelve-year gap');
  });

  it('makes relative links absolute web addresses, never javascript: through a <base>, and drops <base> itself', () => {
    // Relative links resolve as they do on the page (against its own <base>, here an outside host);
    // the <base href="javascript:…"> later in the body must not turn them into scripts.
    const { analysis } = load('base-href-outside.html');
    const links = [...analysis.article!.html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(schemeOf(link), link).toMatch(/^https?$/);
    expect(analysis.article!.html).not.toMatch(/<base/i);
  });
});
