/**
 * The popup's view of a copy (Daily8) and of an original (The Straits Times), the same in every
 * browser: verdict and evidence, source links, clutter report, the exact clipboard content of each
 * copy format (by button and by key), light and dark screenshots, keyboard focus and button names,
 * the time the view takes to open, and a right-to-left story.
 *
 * The expected clipboard strings are built here from the fixtures' .expected.json (title, story
 * text) and the citation's known wording, never by calling src/render/copy-formats.ts.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ROOT, TIMEOUTS, screenshotPath,
  type ClipboardReading, type ExtensionApi, type ExtensionBrowser, type PopupPage,
  poll,
} from './extension-browser';
import { analyze } from '../../../src/analysis/analyze';
import { escapeRegExp } from '../../../src/analysis/text';
import { decodePage, nodeSanitizerWindow, parsePage } from '../../../src/node/page';
import { PAGES_DIR, loadFixture, startFixtureServer, type Fixture, type FixtureServer } from './fixture-server';

const DAILY8 = loadFixture('daily8--coders-village');
const STRAITS = loadFixture('straitstimes--coders-village');
const RTL_URL = 'https://akhbar.firsthand-e2e.test/ar/local/library-hours';
const MESSAGES = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const message = (key: string): string => MESSAGES[key]!.message;

interface Expected {
  url: string;
  title: string;
  text: string;
  clutter: string[];
  clutterKinds: string[];
  source: { name: string; domain: string };
  wire: { name: string; domain: string };
  originalUrl: string | null;
}
const expectedOf = (fixture: Fixture): Expected => fixture.expected as unknown as Expected;
const paragraphsOf = (text: string): string[] => text.split('\n\n');
const words = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface ViewReading {
  verdict: string | null;
  verdictKind: string | null;
  evidence: { present: boolean; open: boolean; items: string[]; visible: boolean };
  /** Each row of the sources list: its label and its text. */
  sourceRows: Array<{ label: string; text: string }>;
  publisher: { href: string | null; text: string | null; domain: string | null };
  links: Array<{ kind: string; href: string; text: string }>;
  /** Every link of the view, wherever it is. */
  anchors: Array<{ href: string; target: string | null; rel: string | null }>;
  clutterSummary: string | null;
  clutterKinds: string[];
  articleMeta: string | null;
  articleDir: string | null;
  articleLang: string | null;
  articleDirection: string | null;
  title: string | null;
}

/** Runs in the popup page: what the reader sees, element by element. */
function readView(): ViewReading {
  const app = document.querySelector('#app')!;
  const evidence = app.querySelector<HTMLDetailsElement>('details.fh-evidence');
  const items = Array.from(evidence?.querySelectorAll('li') ?? []);
  const sourceRows = Array.from(app.querySelectorAll('.fh-sources dt')).map((dt) => ({
    label: dt.textContent ?? '',
    text: dt.nextElementSibling?.textContent ?? '',
  }));
  const publisherRow = app.querySelector('.fh-sources dd');
  const article = app.querySelector<HTMLElement>('.fh-article');
  return {
    verdict: app.querySelector('.fh-verdict-title')?.textContent ?? null,
    verdictKind: app.querySelector<HTMLElement>('.fh-verdict')?.dataset.verdict ?? null,
    evidence: {
      present: evidence !== null,
      open: evidence?.open ?? false,
      items: items.map((li) => li.textContent ?? ''),
      visible: items.length > 0 && items.every((li) => li.getBoundingClientRect().height > 0),
    },
    sourceRows,
    publisher: {
      href: publisherRow?.querySelector('a')?.getAttribute('href') ?? null,
      text: publisherRow?.querySelector('a')?.textContent ?? null,
      domain: publisherRow?.querySelector('.fh-domain')?.textContent ?? null,
    },
    links: Array.from(app.querySelectorAll<HTMLElement>('ul.fh-links li[data-link-kind]')).map((li) => ({
      kind: li.dataset.linkKind!,
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      text: li.textContent ?? '',
    })),
    anchors: Array.from(app.querySelectorAll('a')).map((a) => ({ href: a.href, target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
    clutterSummary: app.querySelector('details.fh-clutter > summary')?.textContent ?? null,
    clutterKinds: Array.from(app.querySelectorAll<HTMLElement>('details.fh-clutter li[data-kind]')).map((li) => li.dataset.kind!),
    articleMeta: app.querySelector('.fh-article-meta')?.textContent ?? null,
    articleDir: article?.getAttribute('dir') ?? null,
    articleLang: article?.getAttribute('lang') ?? null,
    articleDirection: article ? getComputedStyle(article).direction : null,
    title: app.querySelector('.fh-article-title')?.textContent ?? null,
  };
}

/** Runs in the popup page: scrolls the element into view and gives its centre (for a real click). */
function centreOf(selector: string): { x: number; y: number } | null {
  const element = document.querySelector(selector);
  if (!element) return null;
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

interface CopyEventReading {
  text: string;
  html: string;
  /** Types the page put on the DataTransfer. */
  types: string[];
}

/**
 * Runs in the popup page: records what each copy puts on the clipboard, from a bubbling listener on
 * window (it runs after Firsthand's own capturing listener on document has filled the DataTransfer,
 * which is still readable during the event). Also clears the visible status, so the next one is new.
 */
function startCopyCapture(): void {
  const win = window as unknown as { fhCopies?: CopyEventReading[] };
  if (!win.fhCopies) {
    window.addEventListener('copy', (event) => {
      const data = event.clipboardData;
      win.fhCopies!.push({ text: data?.getData('text/plain') ?? '', html: data?.getData('text/html') ?? '', types: Array.from(data?.types ?? []) });
    });
  }
  win.fhCopies = [];
  document.querySelector('.fh-copy-status')!.textContent = '';
  (document.activeElement as HTMLElement | null)?.blur?.();
}

function copiesCaptured(): CopyEventReading[] {
  return (window as unknown as { fhCopies?: CopyEventReading[] }).fhCopies ?? [];
}

function copyStatus(): { text: string; visible: boolean } {
  const status = document.querySelector<HTMLElement>('.fh-copy-status')!;
  const r = status.getBoundingClientRect();
  return { text: status.textContent ?? '', visible: r.width > 0 && r.height > 0 && getComputedStyle(status).visibility !== 'hidden' };
}

interface HtmlReading {
  title: string | null;
  /** The story's paragraphs: every <p> but the date line after the title and the citation's. */
  paragraphs: string[];
  citationLinks: Array<{ text: string; href: string }>;
  citationText: string;
  scripts: number;
  handlers: string[];
  scriptUrls: string[];
}

/** Runs in the popup page: the copied HTML parsed into an inert document, and what it holds. */
function parseCopiedHtml(html: string): HtmlReading {
  // eslint-disable-next-line no-restricted-syntax -- the test inspects what was copied in an inert document; nothing is shown
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const quotes = doc.querySelectorAll('blockquote');
  const citation = quotes[quotes.length - 1] ?? null;
  const title = doc.querySelector('h1');
  const metaLine = title?.nextElementSibling?.tagName === 'P' ? title.nextElementSibling : null;
  const paragraphs = Array.from(doc.querySelectorAll('p'))
    .filter((p) => p !== metaLine && !(citation && citation.contains(p)))
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
  const all = Array.from(doc.querySelectorAll('*'));
  return {
    title: title?.textContent ?? null,
    paragraphs,
    citationLinks: Array.from(citation?.querySelectorAll('a') ?? []).map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
    citationText: citation?.textContent ?? '',
    scripts: doc.querySelectorAll('script, style, iframe, object, embed, link, meta[http-equiv]').length,
    handlers: all.flatMap((element) => element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on'))),
    scriptUrls: all.flatMap((element) => ['href', 'src', 'action', 'formaction']
      .map((name) => element.getAttribute(name) ?? '')
      .filter((value) => /^\s*(javascript|vbscript|data):/i.test(value))),
  };
}

interface FocusStop {
  tag: string;
  name: string;
  outlineStyle: string;
  outlineWidth: string;
  focusVisible: boolean;
}

/** Runs in the popup page: the focused control, its accessible name (simplified) and its computed outline. */
function focusedControl(): FocusStop | null {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  return {
    tag: element.tagName.toLowerCase(),
    name: (element.getAttribute('aria-label') || element.textContent || element.getAttribute('title') || '').trim(),
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
    focusVisible: element.matches(':focus-visible'),
  };
}

/** Runs in the popup page: every button and its accessible name (aria-labelledby, aria-label, content, title). */
function buttonNames(): Array<{ html: string; name: string }> {
  return Array.from(document.querySelectorAll<HTMLElement>('button, [role="button"], summary')).map((button) => {
    const labelledBy = button.getAttribute('aria-labelledby');
    const name = (labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '')
      || button.getAttribute('aria-label') || button.textContent || button.getAttribute('title') || '';
    return { html: button.outerHTML.slice(0, 120), name: name.trim() };
  });
}

/** Runs in an extension page (browser.* in Firefox, chrome.* in Chromium). */
function setExtensionStorage(items: object): Promise<void> {
  const api = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi | undefined>;
  return (api.browser ?? api.chrome)!.storage.local.set(items);
}

/** Runs in the popup page: the dates the view may show for a copied YYYY-MM-DD (a day either side for the time zone). */
function datesAround([iso, lang]: [string, string]): string[] {
  const noon = Date.parse(`${iso}T12:00:00Z`);
  return [-1, 0, 1].map((days) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(noon + days * 86_400_000)));
}

export function popupCopySuite(launch: (fixturePort: number) => Promise<ExtensionBrowser>): void {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser;
  const tabs = new Map<string, number>();

  beforeAll(async () => {
    server = await startFixtureServer([DAILY8, STRAITS], [{ url: RTL_URL, htmlPath: join(PAGES_DIR, 'rtl-news-ar.html') }]);
    browser = await launch(server.port);
    // What a reader does: open the page, click Firsthand's button (that grants the extension the tab).
    for (const url of [DAILY8.expected.url, STRAITS.expected.url, RTL_URL]) {
      await browser.openTab(url);
      await browser.clickAction(url);
      tabs.set(url, await browser.tabId(url));
    }
  }, TIMEOUTS.launch * 2);

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.close();
    }
  }, TIMEOUTS.launch);

  const tabOf = (url: string): number => {
    const id = tabs.get(url);
    if (id === undefined) throw new Error(`No tab for ${url}`);
    return id;
  };

  async function withPopup<T>(url: string, work: (popup: PopupPage) => Promise<T>): Promise<T> {
    const popup = await browser.openPopup(tabOf(url));
    try {
      return await work(popup);
    } finally {
      await popup.close();
    }
  }

  async function click(popup: PopupPage, selector: string): Promise<void> {
    const centre = await popup.evaluate(centreOf, selector);
    if (!centre) throw new Error(`Nothing to click at ${selector}`);
    await popup.click(centre.x, centre.y);
  }


  /** Every link of the view goes to an http(s) address, in a new tab, with no opener and no referrer. */
  function checkLinksAreSafe(view: ViewReading): void {
    expect(view.anchors.length).toBeGreaterThan(0);
    for (const anchor of view.anchors) {
      expect(anchor.href, anchor.href).toMatch(/^https?:\/\//);
      expect(anchor.target, anchor.href).toBe('_blank');
      const rel = (anchor.rel ?? '').split(/\s+/);
      expect(rel, anchor.href).toContain('noopener');
      expect(rel, anchor.href).toContain('noreferrer');
    }
  }

  /** The view lists, in order, the blocks the library finds in the same page (in Node), and says how many. */
  function checkClutter(view: ViewReading, fixture: Fixture): void {
    const expected = expectedOf(fixture);
    const inNode = analyze(parsePage(decodePage(readFileSync(fixture.htmlPath))), { url: expected.url, purifyWindow: nodeSanitizerWindow() });
    expect(view.clutterKinds).toEqual(inNode.clutter.map((block) => block.kind));
    expect(view.clutterSummary).toBe(message('clutterSummary').replace('$COUNT$', String(inNode.clutter.length)));
    for (const kind of expected.clutterKinds) expect(view.clutterKinds, `clutter kind ${kind}`).toContain(kind);
  }

  describe('verdict, source links and clutter report', () => {
    test('the Daily8 copy: "Copy of a Straits Times story", evidence, publisher, wire, search links, clutter', async () => {
      const expected = expectedOf(DAILY8);
      await withPopup(expected.url, async (popup) => {
        let view = await popup.evaluate(readView, undefined);
        expect(view.verdict).toBe('Copy of a Straits Times story');
        expect(view.verdictKind).toBe('copy');
        expect(view.evidence.present).toBe(true);
        expect(view.evidence.open).toBe(false);
        await click(popup, 'details.fh-evidence > summary');
        view = await popup.evaluate(readView, undefined);
        expect(view.evidence.open).toBe(true);
        expect(view.evidence.items.length).toBeGreaterThan(0);
        expect(view.evidence.visible).toBe(true);
        for (const item of view.evidence.items) expect(item.trim()).not.toBe('');

        expect(view.publisher).toEqual({ href: 'https://straitstimes.com/', text: 'The Straits Times', domain: 'straitstimes.com' });
        expect(view.sourceRows.find((row) => row.label === message('sourceWire'))?.text).toContain('The New York Times');
        const kinds = view.links.map((link) => link.kind);
        expect(kinds).toContain('site-search');
        expect(kinds).toContain('web-search');
        expect(kinds).not.toContain('exact');
        expect(view.links.find((link) => link.kind === 'site-search')!.href.startsWith('https://www.straitstimes.com/search')).toBe(true);
        expect(view.links.find((link) => link.kind === 'web-search')!.href).toMatch(/^https:\/\//);
        checkLinksAreSafe(view);

        checkClutter(view, DAILY8);
        for (const kind of ['top-stories', 'related-stories', 'ai-promo', 'app-download', 'comments']) expect(view.clutterKinds).toContain(kind);
      });
    });

    test('the Straits Times original: "Original article by The Straits Times", its exact address, wire, clutter', async () => {
      const expected = expectedOf(STRAITS);
      await withPopup(expected.url, async (popup) => {
        const view = await popup.evaluate(readView, undefined);
        expect(view.verdict).toBe('Original article by The Straits Times');
        expect(view.verdictKind).toBe('original');
        expect(view.publisher).toEqual({ href: 'https://straitstimes.com/', text: 'The Straits Times', domain: 'straitstimes.com' });
        expect(view.sourceRows.find((row) => row.label === message('sourceWire'))?.text).toContain('The New York Times');
        expect(view.links.map((link) => [link.kind, link.href])).toEqual([['exact', expected.originalUrl]]);
        checkLinksAreSafe(view);
        checkClutter(view, STRAITS);
      });
    });
  });

  describe('the exact clipboard content of each copy format, by button and by key', () => {
    interface Case {
      fixture: Fixture;
      /** The citation lines of the plain text, known wording. */
      citation: (sourceUrl: string) => string[];
      /** The Markdown citation, known wording. */
      markdownCitation: (sourceUrl: string) => string;
      /** The address the citation must link the publisher to. */
      sourceUrl: (view: ViewReading) => string;
      via: string | null;
    }
    const d8 = expectedOf(DAILY8);
    const st = expectedOf(STRAITS);
    const cases: Case[] = [
      {
        fixture: DAILY8,
        sourceUrl: (view) => view.links.find((link) => link.kind === 'site-search')!.href,
        citation: (sourceUrl) => [
          `Originally published by The Straits Times (address not on this page; search): ${sourceUrl}`,
          'Wire: The New York Times',
          `Via: ${d8.url}`,
        ],
        markdownCitation: (sourceUrl) => [
          `> Originally published by [The Straits Times](${sourceUrl}) (address not on this page; search)`,
          '> Wire: The New York Times',
          `> Via: [${new URL(d8.url).hostname}](${d8.url})`,
        ].join('  \n'),
        via: d8.url,
      },
      {
        fixture: STRAITS,
        sourceUrl: () => st.originalUrl!,
        citation: (sourceUrl) => [`Originally published by The Straits Times: ${sourceUrl}`, 'Wire: The New York Times'],
        markdownCitation: (sourceUrl) => [`> Originally published by [The Straits Times](${sourceUrl})`, '> Wire: The New York Times'].join('  \n'),
        via: null,
      },
    ];
    const FORMATS = [
      { format: 'text', key: 't', done: 'copiedText' },
      { format: 'markdown', key: 'm', done: 'copiedMarkdown' },
      { format: 'html', key: 'h', done: 'copiedHtml' },
    ] as const;

    for (const { fixture, citation, markdownCitation, sourceUrl: sourceUrlOf, via } of cases) {
      test(`${fixture.name}: plain text, Markdown and HTML, each by its button and by its key`, async () => {
        const expected = expectedOf(fixture);
        const paragraphs = paragraphsOf(expected.text);
        await withPopup(expected.url, async (popup) => {
          const view = await popup.evaluate(readView, undefined);
          const sourceUrl = sourceUrlOf(view);
          if (via) expect(sourceUrl.startsWith('https://www.straitstimes.com/search')).toBe(true);
          // The date line the view shows, less the reading time: byline · date.
          const shownMeta = (view.articleMeta ?? '').split(' · ');
          expect(shownMeta.at(-1)).toMatch(/min read$/);
          const [byline, shownDate] = shownMeta;
          const routes: string[] = [];

          for (const route of ['button', 'key'] as const) {
            for (const { format, key, done } of FORMATS) {
              const what = `${fixture.name} ${format} by ${route}`;
              await popup.evaluate(startCopyCapture, undefined);
              if (route === 'button') await click(popup, `button[data-copy="${format}"]`);
              else await popup.press(key);
              const status = await poll(`the copy confirmation (${what})`, async () => {
                const now = await popup.evaluate(copyStatus, undefined);
                return now.text ? now : undefined;
              }, 5000);
              expect(status.text, what).toBe(message(done));
              expect(status.visible, what).toBe(true);
              const copies = await popup.evaluate(copiesCaptured, undefined);
              expect(copies, what).toHaveLength(1);
              const copied = copies[0]!;
              const system: ClipboardReading = await popup.readClipboard();

              // text/plain: the same in every format but Markdown (whose text/plain is the Markdown).
              if (format === 'markdown') {
                const md = copied.text;
                expect(md.startsWith(`# ${expected.title}\n\n`), what).toBe(true);
                expect(md.endsWith(`\n\n${markdownCitation(sourceUrl)}\n`), what).toBe(true);
                const delinked = md
                  .replace(/\[((?:\\.|[^\]])*)\]\([^)]*\)/g, '$1')
                  .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
                for (const paragraph of paragraphs) expect(delinked, `${what}: ${paragraph.slice(0, 60)}`).toContain(`\n\n${paragraph}\n\n`);
                // The date line, in italics, right under the title.
                expect(md.split('\n')[2], what).toMatch(new RegExp(`^\\*${escapeRegExp(byline!)} · \\d{4}-\\d{2}-\\d{2}\\*$`));
                expect(copied.types, what).toEqual(['text/plain']);
              } else {
                const lines = copied.text.split('\n');
                // title, blank, byline · YYYY-MM-DD, blank, the story, blank, the citation lines.
                const meta = lines[2] ?? '';
                const date = new RegExp(`^${escapeRegExp(byline!)} · (\\d{4}-\\d{2}-\\d{2})$`).exec(meta)?.[1];
                expect(date, `${what}: date line "${meta}"`).toBeDefined();
                expect(await popup.evaluate(datesAround, [date!, view.articleLang ?? 'en'] as [string, string]), what).toContain(shownDate);
                const plain = [expected.title, meta, expected.text, citation(sourceUrl).join('\n')].join('\n\n') + '\n';
                expect(copied.text, what).toBe(plain);
                expect(copied.types, what).toEqual(format === 'html' ? ['text/plain', 'text/html'] : ['text/plain']);
              }

              if (format === 'html') {
                const html = await popup.evaluate(parseCopiedHtml, copied.html);
                expect(words(html.title), what).toBe(words(expected.title));
                expect(html.paragraphs, what).toEqual(paragraphs);
                expect(html.citationLinks[0], what).toEqual({ text: 'The Straits Times', href: sourceUrl });
                if (via) expect(html.citationLinks.at(-1), what).toEqual({ text: new URL(via).hostname, href: via });
                expect(words(html.citationText), what).toContain('Wire: The New York Times');
                expect(html.scripts, what).toBe(0);
                expect(html.handlers, what).toEqual([]);
                expect(html.scriptUrls, what).toEqual([]);
              } else {
                expect(copied.html, what).toBe('');
              }

              // No clutter, in any flavour.
              for (const sentence of expected.clutter) {
                for (const flavour of [copied.text, copied.html]) expect(words(flavour), `${what}: clutter "${sentence}"`).not.toContain(words(sentence));
              }

              // The browser's own clipboard, as another program would paste it.
              expect(system.text, `${what}: system clipboard text/plain`).toBe(copied.text);
              if (format === 'html') {
                expect(system.html, `${what}: system clipboard text/html`).not.toBeNull();
                const pasted = await popup.evaluate(parseCopiedHtml, system.html!);
                expect(pasted.paragraphs, `${what}: system clipboard text/html`).toEqual(paragraphs);
                // Chromium re-serializes HTML read from the system clipboard (its sanitizer writes
                // hrefs as parsed URLs, ' as %27): the same address, compared as a URL.
                expect(pasted.citationLinks[0]?.text, what).toBe('The Straits Times');
                expect(new URL(pasted.citationLinks[0]?.href ?? '').href, what).toBe(new URL(sourceUrl).href);
                routes.push(`${format}/${route}: html ${system.html === copied.html ? 'identical' : `same story (${system.html!.length} vs ${copied.html.length} chars)`}`);
              } else {
                expect(system.html, `${what}: no text/html left from an earlier copy`).toBeNull();
              }
            }
          }
          console.log(`[${browser.name}] ${fixture.name} clipboard: ${routes.join('; ')}`);
        });
      });
    }
  });

  test('light and dark themes: popup screenshots of the Daily8 view at 480x600', async () => {
    const shots: Record<string, string> = {};
    for (const theme of ['light', 'dark'] as const) {
      await browser.inExtension(setExtensionStorage, { readerSettings: { theme, font: 'serif', fontSize: 18, lineWidth: 68 } });
      await withPopup(DAILY8.expected.url, async (popup) => {
        const look = await popup.evaluate(() => {
          const view = document.querySelector<HTMLElement>('#app > .fh-view')!;
          return {
            theme: view.dataset.theme,
            background: getComputedStyle(view).backgroundColor,
            body: getComputedStyle(document.body).backgroundColor,
            colorScheme: getComputedStyle(document.documentElement).colorScheme,
          };
        }, undefined);
        expect(look.theme).toBe(theme);
        // The frame around the view follows the chosen theme: its background, and (color-scheme) the scrollbar.
        expect(look.body).toBe(look.background);
        if (theme === 'dark') expect(look.colorScheme).toBe('dark');
        await popup.evaluate(() => window.scrollTo(0, 0), undefined);
        await sleep(200);
        shots[theme] = screenshotPath(browser.name, `daily8-${theme}`);
        await popup.screenshot(shots[theme]);
      });
    }
    await browser.inExtension(setExtensionStorage, { readerSettings: { theme: 'system', font: 'serif', fontSize: 18, lineWidth: 68 } });
    if (browser.name === 'chromium' && process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
      copyFileSync(shots.light!, join(ROOT, 'docs/screenshots/popup-light.png'));
      copyFileSync(shots.dark!, join(ROOT, 'docs/screenshots/popup-dark.png'));
    }
  });

  test('keyboard: Tab reaches every control with a visible focus ring; every button has a name', async () => {
    await withPopup(DAILY8.expected.url, async (popup) => {
      const names = await popup.evaluate(buttonNames, undefined);
      expect(names.length).toBeGreaterThan(0);
      for (const { html, name } of names) expect(name, html).not.toBe('');

      await popup.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur?.();
        window.scrollTo(0, 0);
      }, undefined);
      const stops: FocusStop[] = [];
      for (let i = 0; i < 60; i++) {
        await popup.press('Tab');
        const stop = await popup.evaluate(focusedControl, undefined);
        if (!stop) continue;
        stops.push(stop);
        if (stop.tag === 'summary' && stop.name.startsWith(message('clutterSummary').split('(')[0]!)) break;
      }
      const reached = stops.map((stop) => stop.name);
      for (const label of ['copyText', 'copyMarkdown', 'copyHtml', 'readerToggle', 'settingsOpen']) expect(reached, label).toContain(message(label));
      expect(reached.some((name) => name.startsWith('Why?'))).toBe(true);
      for (const stop of stops) {
        expect(stop.focusVisible, stop.name).toBe(true);
        expect(stop.outlineStyle, stop.name).not.toBe('none');
        expect(Number.parseFloat(stop.outlineWidth), stop.name).toBeGreaterThan(0);
      }
      console.log(`[${browser.name}] Tab order: ${reached.map((name) => name.slice(0, 24)).join(' → ')}`);
    });
  });

  test('a right-to-left story: the article keeps lang="ar" and dir="rtl"', async () => {
    await withPopup(RTL_URL, async (popup) => {
      const view = await popup.evaluate(readView, undefined);
      expect(view.title).toBe('المكتبة العامة تمدد ساعات العمل حتى منتصف الليل');
      expect(view.articleDir).toBe('rtl');
      expect(view.articleLang).toBe('ar');
      expect(view.articleDirection).toBe('rtl');
      // The reading time ("1 min read", the reader's language) keeps its own direction inside the RTL date line.
      const readingTime = await popup.evaluate(() => {
        const part = Array.from(document.querySelectorAll('.fh-article-meta bdi')).at(-1);
        return part ? { text: part.textContent, direction: getComputedStyle(part).direction } : null;
      }, undefined);
      expect(readingTime).toEqual({ text: message('readingMinutes').replace('$N$', '1'), direction: 'ltr' });
      await popup.screenshot(screenshotPath(browser.name, 'rtl-ar'));
    });
  });
}
