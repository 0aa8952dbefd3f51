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
  close(): Promise<void>;
}

/** Runs in the popup page: what the reader sees. */
export function readPopup(): Omit<PopupReading, 'ms' | 'screenshotPath'> {
  const app = document.querySelector<HTMLElement>('#app')!;
  return {
    state: app.dataset.state ?? null,
    title: app.querySelector('.fh-article-title')?.textContent ?? null,
    text: app.innerText,
  };
}

/** Runs in an extension page: every tab, with the URLs the extension may see. */
export interface TabInfo { id?: number; url?: string; index: number; windowId?: number }
export function queryTabs(): Promise<TabInfo[]> {
  type Tabs = { tabs: { query(query: object): Promise<TabInfo[]> } };
  const api = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
  return (api.browser ?? api.chrome)!.tabs.query({});
}

export function screenshotPath(browser: string, name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return `${ARTIFACTS_DIR}popup-${browser}-${name}.png`;
}

export async function within<T>(ms: number, what: string, work: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await work();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms: ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
