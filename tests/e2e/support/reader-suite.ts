/**
 * Reader mode and the clutter flags on the page, the same in every browser: each route that toggles
 * reader mode on the Daily8 copy, what the overlay holds, the page given back exactly, the flags,
 * the per-site rules, and a single-page site that changes its address without reloading.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  PAGE_VIEWPORT, ROOT, TIMEOUTS, screenshotPath,
  type ExtensionApi, type ExtensionBrowser, type PageHandle,
  poll,
} from './extension-browser';
import { PAGES_DIR, loadFixture, startFixtureServer, type FixtureServer } from './fixture-server';

const DAILY8 = loadFixture('daily8--coders-village');
const EXPECTED_CLUTTER = (DAILY8.expected as unknown as { clutter: string[] }).clutter;
const SPA_URL = 'https://news.firsthand-e2e.test/story/harbour-ferries';
const SPA_NEXT_URL = 'https://news.firsthand-e2e.test/story/night-market';
const SPA_PAGES = [SPA_URL, SPA_NEXT_URL].map((url) => ({ url, htmlPath: join(PAGES_DIR, 'spa-news.html') }));

/** Compared word for word, whatever the line breaks. */
const words = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface OverlayReading {
  title: string | null;
  /** The story's body as text, captions left out (they stay out of the plain text too). */
  story: string;
  /** Everything the overlay shows but its clutter report (which names the clutter on purpose). */
  view: string;
  sources: string;
  copyButtons: number;
  theme: string | null;
  fontSize: string | null;
  openMs: number | null;
  focusInside: boolean;
  siteRule: string | null;
  bodyDisplay: string;
}

/** Runs in the page: the overlay as the reader sees it, or null when reader mode is closed. */
function readOverlay(): OverlayReading | null {
  const host = document.querySelector('firsthand-reader');
  const root = host?.shadowRoot;
  const dialog = root?.querySelector<HTMLElement>('.fh-overlay');
  if (!root || !dialog) return null;
  const body = root.querySelector('.fh-article-body');
  const parts: string[] = [];
  const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|FIGURE|UL|OL|TABLE|TR|SECTION|BR)$/;
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) parts.push((child as Text).data);
      else if (child instanceof Element && child.tagName !== 'FIGCAPTION') {
        const block = BLOCK.test(child.tagName);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  if (body) walk(body);
  const column = root.querySelector('.fh-overlay-column')!.cloneNode(true) as Element;
  column.querySelector('.fh-clutter')?.remove();
  const article = root.querySelector('.fh-article');
  return {
    title: root.querySelector('.fh-article-title')?.textContent ?? null,
    story: parts.join(''),
    view: column.textContent ?? '',
    sources: root.querySelector('.fh-sources')?.textContent ?? '',
    copyButtons: root.querySelectorAll('[data-copy]').length,
    theme: dialog.dataset.theme ?? null,
    fontSize: article ? getComputedStyle(article).fontSize : null,
    openMs: Number(root.querySelector<HTMLElement>('.fh-overlay-frame')?.dataset.openMs ?? NaN),
    focusInside: root.activeElement !== null,
    siteRule: root.querySelector<HTMLSelectElement>('[data-action="site-rule"]')?.value ?? null,
    bodyDisplay: getComputedStyle(document.body).display,
  };
}

interface PageState {
  html: string;
  scrollY: number;
  field: string | null;
  focused: string | null;
  ticks: number;
}

/** Runs in the page: what must come back exactly when reader mode closes. */
function readPage(fieldSelector: string): PageState {
  const ticks = (window as unknown as { pageTicks?: number }).pageTicks ?? 0;
  const active = document.activeElement;
  return {
    html: document.documentElement.outerHTML,
    scrollY: Math.round(window.scrollY),
    field: document.querySelector<HTMLInputElement | HTMLTextAreaElement>(fieldSelector)?.value ?? null,
    focused: active && active !== document.body ? active.tagName.toLowerCase() : null,
    ticks,
  };
}

interface FlagReading {
  /** Flags in the layer, hidden ones (blocks the page does not show) included. */
  total: number;
  visible: number;
  kinds: string[];
  labels: string[];
  collapsed: number;
  highlighted: number[];
}

/** Runs in an extension page: whether the toolbar popup is open and has finished loading. */
function toolbarPopupReady(): boolean {
  type Views = { extension: { getViews(filter: object): Window[] } };
  const api = globalThis as unknown as Record<'browser' | 'chrome', Views | undefined>;
  return (api.browser ?? api.chrome)!.extension.getViews({ type: 'popup' }).some((view) => view.document.querySelector('#app')?.getAttribute('aria-busy') === 'false');
}

function readFlags(): FlagReading | null {
  const root = document.querySelector('firsthand-flags')?.shadowRoot;
  if (!root) return null;
  const flags = Array.from(root.querySelectorAll<HTMLElement>('.fh-flag'));
  return {
    total: flags.length,
    visible: flags.filter((flag) => !flag.hidden && !flag.closest('[hidden]')).length,
    kinds: flags.map((flag) => flag.dataset.kind!),
    labels: flags.map((flag) => flag.querySelector('.fh-flag-label')?.textContent ?? ''),
    collapsed: flags.filter((flag) => flag.hasAttribute('data-collapsed')).length,
    highlighted: flags.filter((flag) => flag.hasAttribute('data-highlight')).map((flag) => Number(flag.dataset.index)),
  };
}

/** Runs in the page: where each of the story's paragraphs is drawn. */
function storyBoxes(): string[] {
  return Array.from(document.querySelectorAll('article p, main p')).map((p) => {
    const r = p.getBoundingClientRect();
    const px = (n: number) => Math.round(n * 10) / 10;
    return `${px(r.left + window.scrollX)},${px(r.top + window.scrollY)},${px(r.width)},${px(r.height)}`;
  });
}

/** Runs in the page: scrolls an element (in the page or one of Firsthand's shadow roots) into view; its centre. */
function centreOf([host, selector]: [string | null, string]): { x: number; y: number } | null {
  const scope: ParentNode | null | undefined = host ? document.querySelector(host)?.shadowRoot : document;
  const element = scope?.querySelector(selector);
  if (!element) return null;
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Run in an extension page (browser.* in Firefox, chrome.* in Chromium): Firsthand's stored settings. */
function setExtensionStorage(items: object): Promise<void> {
  const api = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi | undefined>;
  return (api.browser ?? api.chrome)!.storage.local.set(items);
}
async function getExtensionStorage(key: string): Promise<unknown> {
  const api = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi | undefined>;
  return (await (api.browser ?? api.chrome)!.storage.local.get(key))[key];
}

/** Runs in the page: a page script that keeps counting (the fixture's own scripts are not served). */
function startPageTimer(): void {
  const win = window as unknown as { pageTicks?: number };
  if (win.pageTicks !== undefined) return;
  win.pageTicks = 0;
  setInterval(() => (win.pageTicks = (win.pageTicks ?? 0) + 1), 50);
}

export function readerSuite(launch: (fixturePort: number) => Promise<ExtensionBrowser>): void {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser;
  let page: PageHandle;
  let tabId: number;
  const url = DAILY8.expected.url;
  const field = 'textarea';
  const timings: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer([DAILY8], SPA_PAGES);
    browser = await launch(server.port);
    await browser.openTab(url);
    // The reader's click on the button grants the extension the tab (its address), as in the popup tests.
    await browser.clickAction(url);
    tabId = await browser.tabId(url);
    page = await browser.page(url);
    await page.setViewport(PAGE_VIEWPORT.width, PAGE_VIEWPORT.height);
    await page.activate();
    await page.evaluate(startPageTimer, undefined);
    await poll('the clutter flags', () => page.evaluate(readFlags, undefined).then((f) => (f && f.total > 0 ? f : undefined)));
  }, TIMEOUTS.launch * 2);

  afterAll(async () => {
    console.log(`[${browser?.name}] ${timings.join('; ')}`);
    try {
      await browser?.close();
    } finally {
      await server?.close();
    }
  }, TIMEOUTS.launch);

  const overlayOf = (target: PageHandle) => target.evaluate(readOverlay, undefined);
  const waitOpen = (target: PageHandle, ms?: number) => poll('reader mode to open', async () => (await overlayOf(target)) ?? undefined, ms);
  const waitClosed = (target: PageHandle) => poll('reader mode to close', async () => ((await overlayOf(target)) ? undefined : true));
  const setStorage = (items: object) => browser.inExtension(setExtensionStorage, items);
  const getStorage = (key: string) => browser.inExtension(getExtensionStorage, key);
  async function clickIn(target: PageHandle, host: string | null, selector: string): Promise<void> {
    const centre = await target.evaluate(centreOf, [host, selector] as [string | null, string]);
    if (!centre) throw new Error(`Nothing to click at ${host ?? 'page'} ${selector}`);
    await target.click(centre.x, centre.y);
  }

  /** Types into the page's comment box and scrolls down, as a reader might before switching to reader mode. */
  async function prepareDaily8(note: string): Promise<PageState> {
    await page.activate();
    await page.evaluate(() => document.querySelector('textarea')!.scrollIntoView({ block: 'center' }), undefined);
    await clickIn(page, null, field);
    await page.type(note);
    // Firefox scrolls a text field's caret into view a moment after typing: scroll once that is done.
    await sleep(300);
    await page.evaluate(() => window.scrollTo(0, 1500), undefined);
    await poll('the page to stay at 1500 px', async () => {
      await sleep(150);
      return (await page.evaluate(readPage, field)).scrollY === 1500 ? true : undefined;
    });
    return page.evaluate(readPage, field);
  }

  /** Opens by one route, checks the overlay, closes by another, checks the page is the same page. */
  /** When the route's last attempt started (the command route waits for a key press first). */
  let attemptStarted = 0;
  async function roundTrip(
    route: string,
    open: () => Promise<string>,
    close: () => Promise<void>,
    note: string,
    /** What has focus after closing: what had it when reader mode opened (a right click blurs the field first). */
    focusAfter: (how: string) => string | null = () => 'textarea',
  ): Promise<OverlayReading> {
    const before = await prepareDaily8(note);
    expect(before.field).toContain(note);
    attemptStarted = performance.now();
    const how = await open();
    const overlay = await waitOpen(page);
    const ms = Math.round(performance.now() - attemptStarted);
    timings.push(`${route} (${how}): overlay in ${ms} ms (content script ${overlay.openMs} ms)`);
    expect(words(overlay.title)).toBe(words(DAILY8.expected.title));
    expect(overlay.bodyDisplay).toBe('none');
    expect(overlay.focusInside).toBe(true);
    // The page's scripts keep running under the overlay (measured in the foreground: background tabs' timers are slowed).
    await page.activate();
    const ticks = (await page.evaluate(readPage, field)).ticks;
    await sleep(400);
    expect((await page.evaluate(readPage, field)).ticks).toBeGreaterThan(ticks);
    const shown = overlay;
    await close();
    await waitClosed(page);
    const after = await page.evaluate(readPage, field);
    expect(after.html).toBe(before.html);
    expect(after.scrollY).toBe(before.scrollY);
    expect(after.field).toBe(before.field);
    expect(after.focused).toBe(focusAfter(how));
    return shown;
  }

  describe('reader mode on the Daily8 copy', () => {
    test('the popup\'s Reader mode button opens the overlay with exactly the story; Escape gives the page back', async () => {
      const overlay = await roundTrip(
        'popup button',
        async () => {
          await browser.clickInPopup(tabId, ['[data-action="reader"]']);
          return 'popup click';
        },
        async () => {
          await page.activate();
          await page.press('Escape');
        },
        'A comment I was writing',
      );
      expect(words(overlay.story)).toBe(words(DAILY8.expected.text));
      for (const sentence of EXPECTED_CLUTTER) expect(words(overlay.view)).not.toContain(words(sentence));
      expect(overlay.sources).toContain('The Straits Times');
      expect(overlay.sources).toContain('The New York Times');
      expect(overlay.copyButtons).toBe(3);
    });

    test('the keyboard command (Alt+Shift+R) toggles reader mode on and off', async () => {
      let delivered = true;
      const press = async (): Promise<string> => {
        const wasOpen = (await overlayOf(page)) !== null;
        await browser.pressShortcut(url, ['Alt', 'Shift', 'R']);
        const changed = await poll('the shortcut', async () => (((await overlayOf(page)) !== null) !== wasOpen ? true : undefined), 2500).catch(() => false);
        if (changed) return 'key press';
        // The browser did not deliver the shortcut (headless Chromium has no keyboard accelerators):
        // call the background's onCommand listener with what the browser would pass.
        delivered = false;
        attemptStarted = performance.now();
        expect(await browser.callRoute('onCommand', tabId)).toBe(true);
        return 'onCommand listener called directly';
      };
      await roundTrip('command', press, async () => void (await press()), ' and more');
      console.log(`[${browser.name}] keyboard command: ${delivered ? 'the browser delivered the key press' : 'listener called directly'}`);
      if (browser.name === 'firefox') expect(delivered).toBe(true);
    });

    test('the context menu item toggles reader mode; the overlay\'s Close button closes it', async () => {
      await roundTrip(
        'context menu',
        async () => {
          // A right click in the middle of the page, where the reader is.
          if (await browser.pickContextMenuItem(url, PAGE_VIEWPORT.width / 2, PAGE_VIEWPORT.height / 2, 'firsthand-toggle-reader')) return 'menu item picked';
          expect(await browser.callRoute('onMenuClicked', tabId)).toBe(true);
          return 'onClicked listener called directly';
        },
        async () => {
          await page.activate();
          await clickIn(page, 'firsthand-reader', '[data-action="close-reader"]');
        },
        ' (menu)',
        (how) => (how === 'menu item picked' ? null : 'textarea'),
      );
    });

    test('with "toolbar click toggles reader mode" on, the toolbar button opens and closes reader mode', async () => {
      await setStorage({ behaviourSettings: { toolbarTogglesReader: true, autoReaderOnCopies: false, flagClutterOnPage: true, siteRules: {} } });
      await sleep(500); // the background switches the popup off when the setting changes
      await roundTrip(
        'toolbar button',
        async () => {
          await browser.clickAction(url);
          return 'toolbar click';
        },
        async () => browser.clickAction(url),
        ' (toolbar)',
      );
      // Setting off: the button opens the popup again and leaves the page alone.
      await setStorage({ behaviourSettings: { toolbarTogglesReader: false, autoReaderOnCopies: false, flagClutterOnPage: true, siteRules: {} } });
      await sleep(500);
      await browser.clickAction(url);
      // The click has been handled once its popup is up: only then does "no overlay" mean anything.
      await poll('the toolbar popup', () => browser.inExtension(toolbarPopupReady, undefined).then((ready) => ready || undefined));
      expect(await overlayOf(page)).toBeNull();
    });

    test('reader settings apply live in the overlay; light and dark screenshots', async () => {
      await browser.callRoute('onMenuClicked', tabId);
      await page.activate();
      let overlay = await waitOpen(page);
      expect(overlay.theme).toBe('system');
      await page.evaluate(() => document.querySelector('firsthand-reader')!.shadowRoot!.querySelector('.fh-overlay')!.scrollTo(0, 0), undefined);
      await sleep(300);
      const light = screenshotPath(browser.name, 'overlay-light', 'reader');
      await page.screenshot(light);
      await setStorage({ readerSettings: { theme: 'dark', font: 'serif', fontSize: 20, lineWidth: 68 } });
      overlay = await poll('the dark theme', async () => {
        const reading = await overlayOf(page);
        return reading?.theme === 'dark' ? reading : undefined;
      });
      expect(overlay.fontSize).toBe('20px');
      await sleep(300);
      const dark = screenshotPath(browser.name, 'overlay-dark', 'reader');
      await page.screenshot(dark);
      await setStorage({ readerSettings: { theme: 'system', font: 'serif', fontSize: 18, lineWidth: 68 } });
      await poll('the system theme', async () => ((await overlayOf(page))?.theme === 'system' ? true : undefined));
      await page.press('Escape');
      await waitClosed(page);
      if (browser.name === 'chromium' && process.env.UPDATE_SCREENSHOTS === '1') {
        mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
        copyFileSync(light, join(ROOT, 'docs/screenshots/reader-overlay-light.png'));
        copyFileSync(dark, join(ROOT, 'docs/screenshots/reader-overlay-dark.png'));
      }
    });
  });

  describe('clutter flags on the Daily8 copy', () => {
    test('one flag per clutter block of the analysis, with its kind and reason; the story does not move', async () => {
      const popup = await browser.openPopupView(tabId, 'reader-suite-flags');
      const flags = (await page.evaluate(readFlags, undefined))!;
      console.log(`[${browser.name}] flags: ${flags.total} for ${popup.clutterKinds.length} clutter blocks (${flags.visible} visible)`);
      expect(popup.clutterKinds.length).toBeGreaterThan(0);
      expect(flags.total).toBe(popup.clutterKinds.length);
      expect(flags.visible).toBe(flags.total);
      expect(flags.kinds).toEqual(popup.clutterKinds);
      expect(flags.labels.join('\n')).toContain('Related stories');
      expect(flags.labels.join('\n')).toContain('Top stories');

      await page.activate();
      const flagged = await page.evaluate(storyBoxes, undefined);
      const htmlWithFlags = (await page.evaluate(readPage, field)).html;
      // A screenshot with the headline's flags and the "Top stories" block in view.
      await page.evaluate(() => window.scrollTo(0, 300), undefined);
      await sleep(400);
      const shot = screenshotPath(browser.name, 'page-flags', 'reader');
      await page.screenshot(shot);
      if (browser.name === 'chromium' && process.env.UPDATE_SCREENSHOTS === '1') {
        mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
        copyFileSync(shot, join(ROOT, 'docs/screenshots/page-flags.png'));
      }

      // Collapsing a label changes the label only.
      await clickIn(page, 'firsthand-flags', '.fh-flag[data-kind="top-stories"] .fh-flag-toggle');
      expect((await page.evaluate(readFlags, undefined))!.collapsed).toBe(1);

      // Setting off: every flag goes, and nothing of the page moved or changed but the layer's host.
      await setStorage({ behaviourSettings: { toolbarTogglesReader: false, autoReaderOnCopies: false, flagClutterOnPage: false, siteRules: {} } });
      await poll('the flags to go', async () => ((await page.evaluate(readFlags, undefined)) === null ? true : undefined));
      expect(await page.evaluate(storyBoxes, undefined)).toEqual(flagged);
      expect((await page.evaluate(readPage, field)).html).toBe(htmlWithFlags.replace('<firsthand-flags></firsthand-flags>', ''));

      await setStorage({ behaviourSettings: { toolbarTogglesReader: false, autoReaderOnCopies: false, flagClutterOnPage: true, siteRules: {} } });
      const back = await poll('the flags to come back', async () => (await page.evaluate(readFlags, undefined)) ?? undefined);
      expect(back.total).toBe(flags.total);
      expect(await page.evaluate(storyBoxes, undefined)).toEqual(flagged);
    });

    test('"Show on page" in the popup scrolls to the block and highlights its flag', async () => {
      const popup = await browser.openPopupView(tabId, 'reader-suite-show');
      const index = popup.clutterKinds.indexOf('related-stories');
      expect(index).toBeGreaterThanOrEqual(0);
      await page.evaluate(() => window.scrollTo(0, 0), undefined);
      await browser.clickInPopup(tabId, ['.fh-clutter summary', `[data-clutter-index="${index}"]`]);
      await page.activate();
      const flags = await poll('the highlight', async () => {
        const reading = await page.evaluate(readFlags, undefined);
        return reading?.highlighted.includes(index) ? reading : undefined;
      });
      expect(flags.highlighted).toEqual([index]);
      await poll('the scroll', async () => {
        const y = (await page.evaluate(readPage, field)).scrollY;
        return y > 1000 ? true : undefined;
      }, 3000);
    });
  });

  describe('per-site rules and automatic reader mode', () => {
    test('"always" on daily8.com opens reader mode on arrival; "never" wins over "open copies automatically"', async () => {
      await browser.callRoute('onMenuClicked', tabId);
      await page.activate();
      await waitOpen(page);
      // The overlay's site control, with the keyboard (a trusted change, as a reader makes it).
      await page.evaluate(() => (document.querySelector('firsthand-reader')!.shadowRoot!.querySelector('[data-action="site-rule"]') as HTMLElement).focus(), undefined);
      await page.press('ArrowDown');
      await poll('the rule to be saved', async () => {
        const saved = (await getStorage('behaviourSettings')) as { siteRules?: Record<string, string> } | undefined;
        return saved?.siteRules?.['daily8.com'] === 'always' ? true : undefined;
      });
      await page.reload();
      expect((await waitOpen(page)).siteRule).toBe('always');

      await page.evaluate(() => (document.querySelector('firsthand-reader')!.shadowRoot!.querySelector('[data-action="site-rule"]') as HTMLElement).focus(), undefined);
      await page.press('ArrowDown');
      await poll('the "never" rule', async () => {
        const saved = (await getStorage('behaviourSettings')) as { siteRules?: Record<string, string> } | undefined;
        return saved?.siteRules?.['daily8.com'] === 'never' ? true : undefined;
      });
      const saved = (await getStorage('behaviourSettings')) as object;
      await setStorage({ behaviourSettings: { ...saved, autoReaderOnCopies: true } });
      await page.reload();
      // The page decides on reader mode before it places its flags: once they are up, it has decided.
      await poll('the clutter flags after reloading', () => page.evaluate(readFlags, undefined).then((f) => (f && f.total > 0 ? f : undefined)));
      expect(await overlayOf(page)).toBeNull();

      // No rule for the site: the copy opens in reader mode because the reader asked for copies to.
      await setStorage({ behaviourSettings: { toolbarTogglesReader: false, autoReaderOnCopies: true, flagClutterOnPage: true, siteRules: {} } });
      await page.reload();
      expect((await waitOpen(page)).siteRule).toBe('');
      await setStorage({ behaviourSettings: { toolbarTogglesReader: false, autoReaderOnCopies: false, flagClutterOnPage: true, siteRules: {} } });
      await page.activate();
      await page.press('Escape');
      await waitClosed(page);
    });
  });

  describe('a single-page news site', () => {
    test('reader mode follows an in-page navigation to the next story, and detection runs again', async () => {
      await browser.openTab(SPA_URL);
      await browser.clickAction(SPA_URL);
      const spaTab = await browser.tabId(SPA_URL);
      const spa = await browser.page(SPA_URL);
      await spa.setViewport(PAGE_VIEWPORT.width, PAGE_VIEWPORT.height);
      await spa.activate();
      const badge = () =>
        browser.inExtension(async (id) => {
          type Action = { getBadgeText(details: object): Promise<string> };
          const api = globalThis as unknown as Record<'browser' | 'chrome', { action?: Action; browserAction?: Action } | undefined>;
          const ext = (api.browser ?? api.chrome)!;
          return (ext.action ?? ext.browserAction)!.getBadgeText({ tabId: id });
        }, spaTab);
      expect(await badge()).toBe('');
      await clickIn(spa, null, '#note');
      await spa.type('my note');
      const before = await spa.evaluate(readPage, '#note');

      await browser.callRoute('onMenuClicked', spaTab);
      expect(words((await waitOpen(spa)).title)).toBe('Harbour ferries return to the night timetable');
      // The site moves to its next story while reader mode is open (its router, as the Back button would).
      await spa.evaluate(() => (document.getElementById('next') as HTMLAnchorElement).click(), undefined);
      const next = await poll('the next story in the overlay', async () => {
        const reading = await overlayOf(spa);
        return reading && words(reading.title) === 'Night market moves to the old fish hall' ? reading : undefined;
      }, 8000);
      expect(next.story).toContain('old fish hall');
      expect(spa.url()).toBe(SPA_NEXT_URL);
      // The passive check ran again on the new story, whose canonical address is another outlet's.
      await poll('the badge to say COPY', async () => ((await badge()) !== '' ? true : undefined), 8000);

      await spa.activate();
      await spa.press('Escape');
      await waitClosed(spa);
      const after = await spa.evaluate(readPage, '#note');
      expect(after.field).toBe(before.field);
      expect(after.ticks).toBeGreaterThan(before.ticks);
      expect(after.html).toContain('Night market moves to the old fish hall');
      expect(after.html).not.toContain('firsthand-reader');
    });
  });
}
