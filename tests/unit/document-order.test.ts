import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementsAfter, precedes } from '../../src/analysis/dom-utils';
import { parsePage } from '../../src/node/page';

/** Nesting at uneven depths, where an order read from depths (linkedom's compareDocumentPosition) goes wrong. */
const TREE = `<!doctype html><html><head><title>t</title></head><body>
  <header><p>a</p><div><div><p>b</p></div></div></header>
  <main><article><p>c</p><section><p>d</p><figure><p>e</p></figure></section><p>f</p></article><aside><p>g</p></aside></main>
  <p>h</p><footer><div><div><div><p>i</p></div></div></div><p>j</p></footer>
</body></html>`;

const parsers = {
  linkedom: (html: string) => parsePage(html),
  jsdom: (html: string) => new JSDOM(html).window.document,
};

describe.each(Object.entries(parsers))('document order under %s', (_name, parse) => {
  const document = parse(TREE);
  const elements = Array.from(document.body.querySelectorAll('*'));

  it('tells which of two elements comes first, as querySelectorAll lists them', () => {
    for (const [i, a] of elements.entries()) for (const [j, b] of elements.entries()) expect([i, j, precedes(a, b)]).toEqual([i, j, i < j]);
  });

  it('lists the elements after one, whatever their depths', () => {
    const paragraphs = Array.from(document.body.querySelectorAll('p'));
    for (const element of elements) {
      const at = elements.indexOf(element);
      expect(Array.from(elementsAfter(paragraphs, element))).toEqual(paragraphs.filter((p) => elements.indexOf(p) > at));
    }
  });
});
