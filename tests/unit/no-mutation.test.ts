/**
 * The analysis works on its own clone: the document it is given serialises the same before and after,
 * on every page of the fixture corpus (the hostile and broken sets check the same in their own tests).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { loadFixtures } from '../../src/eval/fixtures';
import { decodePage, nodeSanitizerWindow, parsePage } from '../../src/node/page';

const serialize = (document: Document) => (document as Document & { toString(): string }).toString();

describe('analyze() leaves the page unchanged', () => {
  it.each(loadFixtures('tests/fixtures').map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const document = parsePage(decodePage(readFileSync(fixture.htmlPath)));
    const before = serialize(document);
    analyze(document, { url: fixture.expected.url, purifyWindow: nodeSanitizerWindow() });
    expect(serialize(document) === before).toBe(true);
  });
});

describe('parsePage', () => {
  it('makes one text node where a browser would, however many character references the text holds', () => {
    const document = parsePage(`<!DOCTYPE html><html><body><p>Fish &amp; chips&nbsp;&#8212; &lt;b&gt; ${'&nbsp;'.repeat(1000)}end</p></body></html>`);
    const paragraph = document.querySelector('p')!;
    expect(paragraph.childNodes.length).toBe(1);
    expect(paragraph.textContent).toBe(`Fish & chips\u00a0— <b> ${'\u00a0'.repeat(1000)}end`);
  });

  it('gives every page <html>, <head> and <body>, as browsers do', () => {
    for (const html of ['<p>Just a paragraph.</p>', '<!DOCTYPE html><body><p>x</p></body>', '<title>T</title><p>x</p>']) {
      const document = parsePage(html);
      const before = serialize(document);
      expect(document.documentElement.tagName).toBe('HTML');
      expect(Array.from(document.documentElement.children, (child) => child.tagName)).toEqual(['HEAD', 'BODY']);
      // Reading body and head changes nothing (linkedom's getters insert them when they are missing).
      expect(document.body.tagName).toBe('BODY');
      expect(document.head.tagName).toBe('HEAD');
      expect(serialize(document)).toBe(before);
    }
    expect(parsePage('<title>T</title><p>x</p>').head.querySelector('title')?.textContent).toBe('T');
  });
});
