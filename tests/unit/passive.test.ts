import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
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

  describe('the credit beside the headline, which cannot make a page a copy by itself', () => {
    const page = (name: string) => parsePage(decodePage(readFileSync(fixtures.find((f) => f.name === name)!.htmlPath)));

    it('is read beside other evidence: Daily8\'s copy at an address no list knows is still one', () => {
      const verdict = passiveCheck(page('daily8--coders-village'), 'https://news.example.org/2024/01/02/coders-village');
      expect(verdict.isAggregator).toBe(true);
      expect(verdict.evidence).toEqual(['Structured data credits Straits Times while naming Daily8 as publisher', 'The headline is credited to The Straits Times, 19 hours ago']);
    });

    it('is not looked for where nothing else was found, and the verdict is the analysis\' all the same', () => {
      const url = fixtures.find((f) => f.name === 'syndication--mcall-latimes-disney-plus')!.expected.url;
      const analysis = analyze(page('syndication--mcall-latimes-disney-plus'), { url });
      expect(analysis.evidence).toContain('The headline is credited to Los Angeles Times');
      expect(analysis.isAggregator).toBe(false);
      expect(passiveCheck(page('syndication--mcall-latimes-disney-plus'), url)).toEqual({ isAggregator: false, confidence: 0, evidence: [], creditedOutlet: null });
    });
  });

  describe('a credit line with a link to its source', () => {
    const paragraph = (n: number) => `<p>Paragraph ${n} of the story goes on for long enough to count as prose: it has well over a hundred and twenty characters in it.</p>`;
    const credit = '<p>Source: <a href="https://www.example-wire.org/2019/10/25/the-full-report-on-the-matter">Example Wire</a></p>';
    const page = (body: string) => parsePage(`<!doctype html><html><head><title>A story</title></head><body>${body}</body></html>`);
    const url = 'https://news.example.com/2019/10/25/a-story';

    it('calls the page a copy when the credit closes the story', () => {
      expect(passiveCheck(page(`<article>${paragraph(1)}${paragraph(2)}${paragraph(3)}${credit}</article>`), url).isAggregator).toBe(true);
    });

    it('does not when the story goes on after it (a source under a chart or a quote)', () => {
      expect(passiveCheck(page(`<article>${paragraph(1)}${credit}${paragraph(2)}${paragraph(3)}</article>`), url).isAggregator).toBe(false);
    });

    it('does not count the full texts of related stories after it as the story going on', () => {
      const related = `<aside><article>${paragraph(4)}${paragraph(5)}</article></aside><article>${paragraph(6)}${paragraph(7)}</article>`;
      expect(passiveCheck(page(`<article>${paragraph(1)}${paragraph(2)}${credit}</article>${related}`), url).isAggregator).toBe(true);
    });

    it('does not read a link inside a sentence as a credit line', () => {
      const sentence = '<p>The disease spread from the ports of the Black Sea to the West <em>via <a href="https://www.example-wire.org/2019/10/25/the-full-report-on-the-matter">ships</a></em> that carried grain and rats in their holds for weeks.</p>';
      expect(passiveCheck(page(`<article>${paragraph(1)}${paragraph(2)}${sentence}</article>`), url).isAggregator).toBe(false);
    });
  });

  it('reads a credit line that a saved page keeps in its head as closing the story', () => {
    const paragraph = (n: number) => `<p>Paragraph ${n} of the story goes on for long enough to count as prose: it has well over a hundred and twenty characters in it.</p>`;
    const document = parsePage(`<!doctype html><html><head><title>Some story</title><p>Source: <a href="https://www.reuters.com/world/story-123">Reuters</a></p></head><body><article><h1>Some story</h1>${paragraph(1)}${paragraph(2)}${paragraph(3)}</article></body></html>`);
    expect(document.head.querySelector('a')).not.toBeNull();
    expect(passiveCheck(document, 'https://aggregator.example/a/1').isAggregator).toBe(true);
  });

  it('gives no verdict on a page whose form controls shadow the members its walks read', () => {
    const fixture = fixtures.find((f) => f.name === 'daily8--coders-village')!;
    const html = decodePage(readFileSync(fixture.htmlPath)).replace('</body>', '<form action="/poll"><p>Poll</p><input name="q"></form></body>');
    // An ordinary form shadows nothing: the copy is still called one.
    expect(passiveCheck(parsePage(html), fixture.expected.url).isAggregator).toBe(true);
    // (Not parentNode: linkedom keeps it on each node, where a browser's getter is on the prototype.)
    for (const member of ['parentElement', 'nextSibling', 'firstChild', 'nextElementSibling']) {
      const document = parsePage(html);
      const form = document.querySelector('form[action="/poll"]')!;
      const control = form.querySelector('input')!;
      // What a browser does for <input name="…"> (linkedom has no named properties): the form's member is the control.
      Object.defineProperty(form, member, { get: () => control, configurable: true });
      expect(passiveCheck(document, fixture.expected.url)).toEqual({ isAggregator: false, confidence: 0, evidence: [], creditedOutlet: null });
    }
  });

  it('answers a bad address without throwing', () => {
    expect(passiveCheck(parsePage('<p>x</p>'), 'not a url').isAggregator).toBe(false);
  });
});
