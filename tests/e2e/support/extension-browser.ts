/** What the popup tests need from a browser running the built extension, whichever browser it is. */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** The size of a browser-action popup (style.css caps the body at 480x600). */
export const POPUP_VIEWPORT = { width: 480, height: 600 };

/** Generous but bounded: a cold browser on a busy 2-core machine. */
export const TIMEOUTS = { launch: 60_000, page: 30_000, popup: 20_000 };

export interface PopupReading {
  /** #app's data-state: article, no-article, restricted or unreachable. */
  state: string | null;
  /** The cleaned story's title, when there is one. */
  title: string | null;
  /** The whole view as the reader sees it (innerText). */
  text: string;
  /** The kinds of the clutter blocks the view's report lists, in the analysis' order. */
  clutterKinds: string[];
  /** From opening popup.html?tab=<id> to #app[aria-busy="false"]. */
  ms: number;
  screenshotPath: string;
}

export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  /** Opens url in a new tab and waits for it to load. */
  openTab(url: string): Promise<void>;
  /**
   * Clicks Firsthand's toolbar button on the tab showing url, as a reader does: that grants the
   * activeTab permission for that tab (without it neither browser tells the extension the tab's URL).
   */
  clickAction(url: string): Promise<void>;
  /** The tab's id as the extension knows it: tabs.query({}) in an extension page, matched by URL. */
  tabId(url: string): Promise<number>;
  /** Opens popup.html?tab=<id> at popup size, waits until it is no longer busy, reads it, screenshots it. */
  openPopupView(tabId: number, screenshotName: string): Promise<PopupReading>;
  /** Opens popup.html?tab=<id> at popup size, waits until it is no longer busy and leaves it open to drive. */
  openPopup(tabId: number): Promise<PopupPage>;
  /** The web page opened with openTab(url), to read and drive as the reader does. */
  page(url: string): Promise<PageHandle>;
  /** Opens popup.html?tab=<id>, waits until it is ready, clicks each selector in turn (real clicks), closes it. */
  clickInPopup(tabId: number, selectors: string[]): Promise<void>;
  /** Runs `fn` in an extension page (storage, tabs): `browser` or `chrome` is in scope there. */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /**
   * Calls one of the background's own listeners (exposed as globalThis.firsthandRoutes) with the
   * arguments the browser would pass: for routes a headless browser cannot fire itself.
   */
  callRoute(route: 'onCommand' | 'onMenuClicked', tabId: number): Promise<boolean>;
  /**
   * Right-clicks the page at (x, y) and picks Firsthand's item in the browser's own context menu;
   * false where the browser offers no way to do that headless (Chromium draws no menu).
   */
  pickContextMenuItem(url: string, x: number, y: number, itemId: string): Promise<boolean>;
  /** Presses the extension's keyboard shortcut the way the browser would receive it from the keyboard. */
  pressShortcut(url: string, keys: string[]): Promise<void>;
  /**
   * Runs `fn` (serialized: it may name nothing outside itself) in every page opened from now on, in
   * each frame's main world, before the page's own scripts: web pages in both browsers, the
   * extension's own pages in Chromium only (Firefox runs no preload script in moz-extension: pages).
   */
  addInitScript(fn: () => void): Promise<void>;
  /** Starts recording what the extension does (see ExtensionActivity); the function returned reads what was recorded so far. */
  watchExtension(): Promise<() => Promise<ExtensionActivity>>;
  /** Opens one of the extension's pages (a path such as 'options.html' or 'popup.html?tab=3') in a new selected tab, once loaded. */
  openExtensionPage(path: string): Promise<ExtensionPage>;
  /** Closes the tab opened with openTab(url). */
  closeTab(url: string): Promise<void>;
  close(): Promise<void>;
}

/** One of the extension's pages open in a tab of its own. */
export interface ExtensionPage extends PageHandle {
  close(): Promise<void>;
}

/** What the extension's own code did while watched (for the hostile-page tests), as far as the browser reports it. */
export interface ExtensionActivity {
  /**
   * http(s) requests made by the extension's pages or its background: Chromium reports those of its
   * tabs and service worker, Firefox (WebDriver BiDi) those of its tabs.
   */
  requests: Array<{ from: string; url: string }>;
  /**
   * Errors of the extension's pages, background and content scripts. Chromium: uncaught errors and
   * console errors of its pages and service worker, uncaught errors and console errors of its content
   * scripts' isolated worlds (DevTools protocol). Firefox: every error the browser console records
   * from the extension's files or from code it ran with scripting.executeScript (uncaught errors,
   * unhandled rejections, CSP reports); console.error calls in extension pages stay in the extension
   * process, out of reach.
   */
  errors: Array<{ from: string; text: string }>;
  /** JavaScript dialogs (alert, confirm, prompt) that any page opened; each one is dismissed at once. */
  dialogs: Array<{ from: string; text: string }>;
}

/** One tab's page, in terms both Playwright and puppeteer can serve. */
export interface PageHandle {
  /** Runs in the page's own JavaScript world (what the page's scripts see). */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** A real mouse click at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  type(text: string): Promise<void>;
  /** One key ('Escape', 'ArrowDown'), pressed with the page focused. */
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Selects the tab (so it renders, runs its animation frames and takes keys). */
  activate(): Promise<void>;
  reload(): Promise<void>;
  url(): string;
}

/** What the browser's own clipboard holds, read from outside the page (as a paste into another program would). */
export interface ClipboardReading {
  text: string | null;
  html: string | null;
}

/** The popup's view opened in a tab of its own, selected and focused, kept open until close(). */
export interface PopupPage extends PageHandle {
  /** From opening popup.html?tab=<id> to #app[aria-busy="false"]. */
  readonly ms: number;
  /** The browser's clipboard: Chromium through navigator.clipboard.read(), Firefox through nsIClipboard. */
  readClipboard(): Promise<ClipboardReading>;
  close(): Promise<void>;
}

/** What the tests put in the page when they need the page to be the foreground tab. */
export const PAGE_VIEWPORT = { width: 1280, height: 800 };

/** Runs in the popup page: what the reader sees. */
export function readPopup(): Omit<PopupReading, 'ms' | 'screenshotPath'> {
  const app = document.querySelector<HTMLElement>('#app')!;
  return {
    state: app.dataset.state ?? null,
    title: app.querySelector('.fh-article-title')?.textContent ?? null,
    text: app.innerText,
    clutterKinds: Array.from(app.querySelectorAll<HTMLElement>('.fh-clutter li[data-kind]')).map((item) => item.dataset.kind!),
  };
}

/** Runs in an extension page: every tab, with the URLs the extension may see. */
export interface TabInfo { id?: number; url?: string; index: number; windowId?: number }
export function queryTabs(): Promise<TabInfo[]> {
  type Tabs = { tabs: { query(query: object): Promise<TabInfo[]> } };
  const api = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
  return (api.browser ?? api.chrome)!.tabs.query({});
}

export function screenshotPath(browser: string, name: string, prefix = 'popup'): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return `${ARTIFACTS_DIR}${prefix}-${browser}-${name}.png`;
}

/** Runs in an extension page or the background: the extension API object of that browser. */
export type ExtensionApi = {
  storage: { local: { get(keys: string | string[] | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  tabs: { query(query: object): Promise<TabInfo[]> };
  runtime: { getBackgroundPage?(): Promise<Window> };
};

/** Calls `read` until it answers something other than undefined, or fails after `ms`. */
export async function poll<T>(what: string, read: () => Promise<T | undefined>, ms: number = TIMEOUTS.popup, everyMs = 50): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await read();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms: ${what}`);
    await new Promise((done) => setTimeout(done, everyMs));
  }
}

export function within<T>(ms: number, what: string, work: () => Promise<T | undefined>): Promise<T> {
  return poll(what, work, ms, 100);
}
