import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { passiveCheck } from '../../src/analysis/passive';
import { loadFixtures } from '../../src/eval/fixtures';
import { decodePage, parsePage } from '../../src/node/page';

/** The check the content script runs on every page: it must flag copies and never an original. */
describe('passive check on the fixture corpus', () => {
  const fixtures = loadFixtures('tests/fixtures');
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const document = parsePage(decodePage(readFileSync(fixture.htmlPath)));
    const before = document.documentElement.outerHTML;
    const verdict = passiveCheck(document, fixture.expected.url);
    expect(verdict.isAggregator).toBe(fixture.expected.isAggregator);
    if (verdict.isAggregator) expect(verdict.evidence.length).toBeGreaterThan(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('says why in words a reader understands', () => {
    const fixture = fixtures.find((f) => f.name === 'daily8--coders-village')!;
    const verdict = passiveCheck(parsePage(decodePage(readFileSync(fixture.htmlPath))), fixture.expected.url);
    expect(verdict.creditedOutlet).toBe('The Straits Times');
    expect(verdict.evidence).toContain('The headline is credited to The Straits Times, 19 hours ago');
    expect(verdict.evidence).toContain('daily8.com is a known aggregator (Daily8)');
  });

  it('answers a bad address without throwing', () => {
    expect(passiveCheck(parsePage('<p>x</p>'), 'not a url').isAggregator).toBe(false);
  });
});
