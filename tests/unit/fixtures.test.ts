/**
 * The fixture corpus as a regression suite: every page's story, clutter, verdict and sources.
 * The bar is a mean story F1 >= 0.98 with no clutter sentence in any text; a single page
 * may lose a standfirst or a date line (F1 >= 0.95) without failing the corpus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { judgeFixture, loadFixtures } from '../../src/eval/fixtures';
import { decodePage, nodeSanitizerWindow, parsePage } from '../../src/node/page';

const fixtures = loadFixtures('tests/fixtures');

/**
 * Kinds of clutter a page carries that the analysis does not name, each for a known reason. Listed so
 * that a fix shows up (the list must shrink) as well as a regression.
 */
const KNOWN_MISSING_KINDS: Record<string, string[]> = {
  // The gallery's repeated caption sits in the gallery overlay, which is named whole after its
  // "Image 1 of 8" counter; growing that line less costs more on the Zyte pages than it brings.
  'chron--ap-esper-vietnam': ['duplicate-caption'],
  // "Photograph: AFP via Getty" ends the caption's own text node: no element holds the credit alone.
  'theguardian--view-hong-kong-city-on-brink': ['photo-credit'],
};

describe('fixture corpus', () => {
  it('has at least 20 pages, copies and originals both', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    expect(fixtures.filter((f) => f.expected.isAggregator).length).toBeGreaterThanOrEqual(8);
    expect(fixtures.filter((f) => !f.expected.isAggregator).length).toBeGreaterThanOrEqual(6);
  });

  it('scores a mean story F1 of at least 0.98', () => {
    const scores = fixtures.map((fixture) => {
      const analysis = analyze(parsePage(decodePage(readFileSync(fixture.htmlPath))), { url: fixture.expected.url, purifyWindow: nodeSanitizerWindow() });
      return judgeFixture(analysis, fixture.expected).f1;
    });
    expect(scores.reduce((sum, f1) => sum + f1, 0) / scores.length).toBeGreaterThanOrEqual(0.98);
  });

  describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const document = parsePage(decodePage(readFileSync(fixture.htmlPath)));
    const analysis = analyze(document, { url: fixture.expected.url, purifyWindow: nodeSanitizerWindow() });
    const judgement = judgeFixture(analysis, fixture.expected);

    it('extracts the story', () => {
      expect(analysis.article, analysis.problems.join('; ')).not.toBeNull();
      expect(judgement.f1).toBeGreaterThanOrEqual(0.95);
    });
    it('leaks no clutter into the text', () => expect(judgement.leaks).toEqual([]));
    it('tells a copy from an original', () => expect(analysis.isAggregator).toBe(fixture.expected.isAggregator));
    it('names the source and the wire', () => {
      expect(judgement.sourceRight, `source ${analysis.source?.domain}`).toBe(true);
      expect(judgement.wireRight, `wire ${analysis.wire?.domain}`).toBe(true);
    });
    it('gives the original address only when the page holds it', () => expect(analysis.originalUrl).toBe(fixture.expected.originalUrl));
    it('names every kind of clutter the page carries', () => expect(judgement.missingKinds).toEqual(KNOWN_MISSING_KINDS[fixture.name] ?? []));
    it('says why for every clutter block', () => {
      for (const block of analysis.clutter) {
        expect(block.reason.length).toBeGreaterThan(5);
        expect(block.path?.length).toBeGreaterThan(0);
      }
    });
  });
});
