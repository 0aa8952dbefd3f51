/**
 * The analysis reads an ordinary page where it stands and copies only the story's parts for
 * Readability; a page whose names shadow DOM members is read in a prepared clone instead. Both ways
 * must give the same analysis, on pages we did not build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { loadFixtures } from '../../src/eval/fixtures';
import { decodePage, nodeSanitizerWindow, parsePage } from '../../src/node/page';

const ZYTE = '../shared/benchmarks/zyte';
const zyteUrls = JSON.parse(readFileSync(join(ZYTE, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
const pages = [
  ...loadFixtures('tests/fixtures').map((fixture) => ({ name: fixture.name, url: fixture.expected.url, html: () => decodePage(readFileSync(fixture.htmlPath)) })),
  // Every twelfth page of the benchmark (16 pages): enough layouts, in a few seconds.
  ...readdirSync(join(ZYTE, 'html'))
    .sort()
    .filter((_, index) => index % 12 === 0)
    .map((file) => {
      const id = file.replace(/\.html\.gz$/, '');
      return { name: `zyte ${id}`, url: zyteUrls[id]!.url, html: () => decodePage(gunzipSync(readFileSync(join(ZYTE, 'html', file)))) };
    }),
];

afterEach(() => vi.restoreAllMocks());

describe.each(pages.map((page) => [page.name, page] as const))('%s', (_name, page) => {
  it('gives the same analysis read in place as read in a clone, and clones no whole page in place', () => {
    const document = parsePage(page.html());
    const before = document.documentElement.outerHTML;
    const cloneNode = vi.spyOn(Object.getPrototypeOf(document) as Document, 'cloneNode');
    const inPlace = analyze(document, { url: page.url, purifyWindow: nodeSanitizerWindow() });
    // Only an empty document is made, for Readability's copy of the story's parts.
    expect(cloneNode.mock.calls).toEqual([[false]]);
    expect(document.documentElement.outerHTML).toBe(before);

    const shadowed = parsePage(page.html());
    // A property on the document itself, as a page's named element would set, sends the analysis to a clone.
    Object.defineProperty(shadowed, 'title', { value: shadowed.title, configurable: true });
    const inClone = analyze(shadowed, { url: page.url, purifyWindow: nodeSanitizerWindow() });
    expect(cloneNode.mock.calls.slice(1)).toContainEqual([true]);
    expect(inPlace).toEqual(inClone);
    expect(inPlace.article).not.toBeNull();
  });
});
