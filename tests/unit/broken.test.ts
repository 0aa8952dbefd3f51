/**
 * Broken and extreme pages (tests/support/broken-pages.ts): the analysis never throws, says so when
 * a page holds no story, finds the story where there is one (legacy encodings decoded right), stays
 * bounded on huge and deep pages, and the command line refuses what is not a page in one line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { MAX_TREE_DEPTH, prepareClone } from '../../src/analysis/page-clone';
import { decodePage, detectCharset, looksLikeHtml, nodeSanitizerWindow, parsePage } from '../../src/node/page';
import { BROKEN_DIR, BROKEN_PAGES, brokenManifest, brokenPage, DEEP_NESTING, mutateDocument, WINDOWS_1252_SENTENCE } from '../support/broken-pages';
import { findExecutableMarkup } from '../support/markup-checks';

const NO_ARTICLE = 'No article found on this page.';
const purifyWindow = nodeSanitizerWindow();

function serialize(document: Document): string {
  return (document as Document & { toString(): string }).toString();
}

function maxDepth(document: Document): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[document.documentElement, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('the committed broken pages', () => {
  it('match their builders, and cases.json lists every case', () => {
    for (const page of BROKEN_PAGES.filter((p) => p.committed)) {
      expect(Buffer.compare(readFileSync(join(BROKEN_DIR, page.file)), Buffer.from(page.build())), `${page.file} is stale: run node_modules/.bin/jiti tests/support/broken-pages.ts --write`).toBe(0);
    }
    expect(JSON.parse(readFileSync(join(BROKEN_DIR, 'cases.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(brokenManifest())));
    const files = readdirSync(BROKEN_DIR).filter((file) => file !== 'cases.json' && file !== 'README.md');
    expect(files.sort()).toEqual(BROKEN_PAGES.filter((p) => p.committed).map((p) => p.file).sort());
  });
});

describe.each(BROKEN_PAGES.filter((page) => page.expect.kind !== 'refused').map((page) => [page.name, page] as const))('%s', (_name, page) => {
  const bytes = page.build();
  const html = decodePage(bytes);
  let started = performance.now();
  const document = parsePage(html);
  const parseMs = performance.now() - started;
  const before = serialize(document);
  let thrown: unknown = null;
  let analysis: ReturnType<typeof analyze> | null = null;
  started = performance.now();
  try {
    analysis = analyze(document, { url: page.url, purifyWindow });
  } catch (error) {
    thrown = error;
  }
  const analyzeMs = performance.now() - started;
  console.log(`${page.name}: ${(bytes.length / 1e6).toFixed(2)} MB, parse ${parseMs.toFixed(0)} ms, analyze ${analyzeMs.toFixed(0)} ms (first run)`);

  it('reads as HTML and analyses without throwing', () => {
    expect(looksLikeHtml(html)).toBe(true);
    expect(thrown).toBeNull();
  });

  if (page.expect.kind === 'story') {
    const { storyIncludes } = page.expect;
    it('extracts the story', () => {
      expect(analysis!.article, analysis!.problems.join('; ')).not.toBeNull();
      expect(analysis!.article!.text).toContain(storyIncludes);
      expect(findExecutableMarkup(analysis!.article!.html)).toEqual([]);
    });
  } else {
    it('says there is no article', () => {
      expect(analysis!.article).toBeNull();
      expect(analysis!.problems[0]).toBe(NO_ARTICLE);
    });
  }

  it('leaves the page it was given unchanged', () => {
    expect(serialize(document) === before).toBe(true);
  });
});

describe('extreme sizes and shapes', () => {
  it('builds pages as large, as many and as deep as promised', () => {
    expect(brokenPage('huge-5mb').build().length).toBeGreaterThanOrEqual(5_000_000);
    const many = parsePage(decodePage(brokenPage('many-elements').build()));
    expect(many.querySelectorAll('*').length).toBeGreaterThanOrEqual(50_000);
    const deep = parsePage(decodePage(brokenPage('deep-nesting').build()));
    expect(maxDepth(deep)).toBeGreaterThanOrEqual(DEEP_NESTING);
  });

  it('flattens nesting past MAX_TREE_DEPTH in the clone only, keeping every paragraph in order', () => {
    const document = parsePage(decodePage(brokenPage('deep-nesting').build()));
    const clone = document.cloneNode(true) as Document;
    const { unwrapped } = prepareClone(clone);
    expect(unwrapped).toBeGreaterThan(DEEP_NESTING - MAX_TREE_DEPTH - 10);
    expect(maxDepth(clone)).toBeLessThanOrEqual(MAX_TREE_DEPTH + 40);
    const paragraphs = (doc: Document) => Array.from(doc.querySelectorAll('p'), (p) => p.textContent);
    expect(paragraphs(clone)).toEqual(paragraphs(document));
    expect(maxDepth(document)).toBeGreaterThanOrEqual(DEEP_NESTING);
  });

  it('leaves ordinary pages alone when flattening', () => {
    const page = brokenPage('windows-1252');
    const clone = parsePage(decodePage(page.build()));
    const before = serialize(clone);
    expect(prepareClone(clone)).toEqual({ unwrapped: 0, unclobbered: 0 });
    expect(serialize(clone)).toBe(before);
  });

  it('flattens 5,000 nested inline elements and 20,000 nested divs too', () => {
    const paragraph = 'The harbour council voted on Tuesday night to rebuild the old ferry pier, after a winter of storms left its timber decking split and its lamps dark for weeks.';
    const story = `<h1>Council votes to rebuild the pier</h1>${Array.from({ length: 6 }, () => `<p>${paragraph}</p>`).join('')}`;
    for (const html of [
      `<!DOCTYPE html><html><body><article>${story}<p>${'<b>'.repeat(5000)}bold${'</b>'.repeat(5000)}</p></article></body></html>`,
      `<!DOCTYPE html><html><body>${'<div>'.repeat(20_000)}<article>${story}</article>${'</div>'.repeat(20_000)}</body></html>`,
    ]) {
      const analysis = analyze(parsePage(html), { url: 'https://www.harbourledger.example/news/pier', purifyWindow });
      expect(analysis.problems).toEqual([]);
      expect(analysis.article!.text).toContain(paragraph);
    }
  });
});

describe('encodings', () => {
  it.each([
    ['windows-1252', 'windows-1252', WINDOWS_1252_SENTENCE],
    ['shift-jis', 'shift_jis', '一月に桟橋を調べた技術者によると、十二本ある杭のうち三本が大きくずれており'],
    ['iso-8859-1', 'windows-1252', '»Nachtzüge sind verschwunden, weil die alten Wagen verschlissen waren'],
  ])('decodes %s as %s', (name, charset, sentence) => {
    const bytes = brokenPage(name).build();
    expect(detectCharset(bytes)).toBe(charset);
    const html = decodePage(bytes);
    expect(html).toContain(sentence);
    // No byte of the page became a C1 control or a replacement character.
    expect(html).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });

  it('decodes all of windows-1252 as browsers do (Node 20.18.3+ gets 0x80-0x9F wrong)', () => {
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0x80, 0x82, 0x85, 0x8a, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f, 0xa0, 0xe9, 0xff]);
    const head = new TextEncoder().encode('<meta charset="windows-1252">');
    expect(decodePage(new Uint8Array([...head, ...bytes]))).toBe('<meta charset="windows-1252"><p>€‚…Š‘’“”–—™Ÿ\u00a0éÿ');
  });

  it('reads the XML declaration of an XHTML page', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>');
    expect(detectCharset(bytes)).toBe('windows-1252');
  });
});

describe('documents browsers make', () => {
  it('reads an XHTML page parsed as XML (application/xhtml+xml), as a browser tab holds it', () => {
    const page = brokenPage('xhtml');
    const { window } = new JSDOM(Buffer.from(page.build()), { contentType: 'application/xhtml+xml', url: page.url });
    const analysis = analyze(window.document, { url: page.url, purifyWindow });
    expect(analysis.article!.text).toContain(page.expect.kind === 'story' ? page.expect.storyIncludes : '');
    expect(findExecutableMarkup(analysis.article!.html)).toEqual([]);
  });

  it.each([
    ['text/plain', 'a text file'],
    ['image/png', 'an image'],
    ['application/pdf', 'application/pdf'],
  ])('says a %s tab is not a web page', (contentType, words) => {
    // A tab showing a text file or an image holds a document of that type (a <pre> or an <img> in a body).
    const document = parsePage('<html><head></head><body><pre>HARBOUR COUNCIL - MINUTES OF THE MEETING OF 10 MARCH 2026. Present: the mayor, eleven councillors, the harbour master, the finance officer. The harbour master presented the engineers\' report. Three of twelve piles have shifted. Motion to rebuild the pier carried, nine votes to two. The sea wall was deferred to the April meeting.</pre></body></html>');
    Object.setPrototypeOf(document, Object.create(Object.getPrototypeOf(document) as object, { contentType: { get: () => contentType } }));
    const analysis = analyze(document, { url: 'https://www.harbourledger.example/minutes.txt', purifyWindow });
    expect(analysis.article).toBeNull();
    expect(analysis.problems[0]).toBe(NO_ARTICLE);
    expect(analysis.problems[1]).toContain(words);
  });

  it('reports a failure inside the analysis as a problem, never as an exception', () => {
    const document = parsePage(decodePage(brokenPage('windows-1252').build()));
    Object.setPrototypeOf(document, Object.create(Object.getPrototypeOf(document) as object, {
      cloneNode: { value: () => { throw new RangeError('Maximum call stack size exceeded'); } },
    }));
    const analysis = analyze(document, { url: brokenPage('windows-1252').url, purifyWindow });
    expect(analysis.article).toBeNull();
    expect(analysis.problems).toEqual([NO_ARTICLE, 'The page could not be analysed: Maximum call stack size exceeded']);
  });

  it('keeps up with a document that changes between analyses', () => {
    const page = brokenPage('mutating');
    const document = parsePage(decodePage(page.build()));
    const results = [];
    for (let step = 1; step <= 12; step++) {
      results.push(analyze(document, { url: page.url, purifyWindow }));
      mutateDocument(document, step);
    }
    const last = analyze(document, { url: page.url, purifyWindow });
    for (const analysis of [...results, last]) {
      expect(analysis.problems).toEqual([]);
      expect(analysis.article!.text).toContain(page.expect.kind === 'story' ? page.expect.storyIncludes : '');
    }
    // Each result is the page as it was when analysed: earlier results do not grow with later changes.
    expect(results[0]!.article!.text).not.toContain('Update 1:');
    expect(results[3]!.article!.text).toContain('Update 3: the council has published the contract');
    expect(results[3]!.article!.text).not.toContain('Update 4:');
    expect(last.article!.text).toContain('Update 12: the council has published the contract');
  });

  it('reads past names that shadow DOM members (as browsers expose <img name> and form controls)', () => {
    const page = brokenPage('windows-1252');
    const document = parsePage(decodePage(page.build()));
    const before = serialize(document);
    // linkedom has no named properties; give the document the ones a browser would, shadowing its members.
    // (Not createElement: linkedom's own cloneNode calls it, where a browser's native one would not.)
    const image = document.createElement('img');
    const shadowed = ['cloneNode', 'body', 'head', 'documentElement', 'querySelector', 'querySelectorAll', 'getElementById', 'defaultView', 'contentType', 'title'];
    for (const name of shadowed) {
      Object.defineProperty(document, name, { value: image, configurable: true });
    }
    const analysis = analyze(document, { url: page.url, purifyWindow });
    expect(analysis.problems).toEqual([]);
    expect(analysis.article!.text).toContain(WINDOWS_1252_SENTENCE);
    for (const name of shadowed) {
      delete (document as unknown as Record<string, unknown>)[name];
    }
    expect(serialize(document)).toBe(before);
  });

  it('takes clobbering names out of the clone, and only those', () => {
    const documents = ['dom-clobbering-forms.html', 'dom-clobbering-document.html'].map((file) => parsePage(readFileSync(join('tests/fixtures/hostile', file), 'utf8')));
    const removed = documents.reduce((sum, document) => sum + prepareClone(document).unclobbered, 0);
    expect(removed).toBeGreaterThanOrEqual(20);
    const names = documents.flatMap((document) => Array.from(document.querySelectorAll('[name], [id]'), (element) => element.getAttribute('name') ?? element.getAttribute('id')));
    for (const name of ['body', 'documentElement', 'getElementById', 'querySelectorAll', 'cloneNode', 'defaultView', 'baseURI', 'attributes', 'getAttribute', 'tagName', 'parentNode', 'removeChild', 'setAttribute', '__proto__']) {
      expect(names).not.toContain(name);
    }
    // A plain id on a div shadows no document member (only window's, which the analysis never reads).
    expect(names).toContain('createElement');
    expect(names).toContain('q');
  });

  it('takes the same names out of a page nested past MAX_TREE_DEPTH (the full walk) as out of a shallow one', () => {
    for (const file of ['dom-clobbering-forms.html', 'dom-clobbering-document.html']) {
      const html = readFileSync(join('tests/fixtures/hostile', file), 'utf8');
      const wrappers = MAX_TREE_DEPTH + 12;
      const deep = html.replace(/<body([^>]*)>/i, (tag) => `${tag}${'<div>'.repeat(wrappers)}`).replace(/<\/body>/i, `${'</div>'.repeat(wrappers)}</body>`);
      const shallowResult = prepareClone(parsePage(html));
      const deepResult = prepareClone(parsePage(deep));
      expect(deepResult.unwrapped).toBeGreaterThan(0);
      expect(deepResult.unclobbered).toBe(shallowResult.unclobbered);
      expect(shallowResult.unclobbered).toBeGreaterThan(0);
    }
  });
});

describe('the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'firsthand-broken-'));
  const cli = (file: string, url: string) => spawnSync(process.execPath, ['bin/firsthand.mjs', file, '--url', url, '--format', 'text'], { encoding: 'utf8', timeout: 60_000 });

  // dist/cli.mjs is built by the global setup (tests/support/build-cli.ts).
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(BROKEN_PAGES.filter((page) => page.expect.kind === 'refused').map((page) => [page.name, page] as const))('refuses %s in one line, without a stack trace', (_name, page) => {
    const file = join(dir, page.file);
    writeFileSync(file, page.build());
    const result = cli(file, page.url);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`firsthand: ${file} does not look like an HTML page\n`);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it.each(BROKEN_PAGES.filter((page) => page.committed && page.expect.kind !== 'refused').map((page) => [page.name, page] as const))('reads %s', (_name, page) => {
    const file = join(dir, page.file);
    writeFileSync(file, page.build());
    const result = cli(file, page.url);
    expect(result.stderr).toBe('');
    if (page.expect.kind === 'story') {
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(page.expect.storyIncludes);
    } else {
      expect(result.status).toBe(1);
      expect(result.stdout.split('\n')[0]).toBe(NO_ARTICLE);
    }
  });
});
