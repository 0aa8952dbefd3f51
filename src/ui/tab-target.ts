/** Which tab an extension page shows, and whether Firsthand can read that tab at all. */
import { browser, type Browser } from 'wxt/browser';
import type { Analysis } from '../types';
import { sendMessage } from '../messaging';
import { ensureReader } from '../page/reader-script';
import { isWebUrl, VIEWER_URL } from '../web-url';
import { markStep } from './view-timing';

export type TabState =
  | { kind: 'analysis'; tabId: number; analysis: Analysis }
  | { kind: 'restricted'; tabId: number | null; url: string | null }
  | { kind: 'document'; tabId: number | null; url: string | null }
  | { kind: 'loading'; tabId: number | null; url: string | null }
  | { kind: 'unreachable'; tabId: number | null; url: string | null };

function isDocumentUrl(url: string | null): boolean {
  return Boolean(url && VIEWER_URL.test(url));
}

/** How long the view waits for a page that is still loading before saying so. */
const LOADING_WAIT_MS = 4000;

export async function resolveTabId(params: URLSearchParams): Promise<number | null> {
  const fromQuery = params.get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** Pages where browsers let no extension run: their own pages, the stores, viewers. */
function isRestrictedUrl(url: string | null): boolean {
  if (!url) return false;
  if (!isWebUrl(url)) return true;
  return /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i.test(url);
}

async function getTab(tabId: number): Promise<Browser.tabs.Tab | null> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return null;
  }
}

async function askForAnalysis(tabId: number): Promise<Analysis | null> {
  try {
    return (await sendMessage('getAnalysis', undefined, tabId)) ?? null;
  } catch {
    // The full part is not in the tab (not needed yet, or the tab was open before install), or it is not a web page.
    return null;
  }
}

/**
 * Asks the content script's full part once it is there (a picture or PDF is only asked when it
 * already is). A tab where it is not is never asked: with nothing listening, Chromium logs
 * "Unchecked runtime.lastError: ... Receiving end does not exist." in this page.
 */
async function reachAnalysis(tabId: number): Promise<Analysis | null> {
  // The page judges its own address (web page or viewer), so this runs beside the tab's read.
  const present = await ensureReader(tabId, VIEWER_URL);
  markStep('reader');
  return present ? askForAnalysis(tabId) : null;
}

export async function loadTabState(tabId: number | null): Promise<TabState> {
  if (tabId === null) return { kind: 'unreachable', tabId, url: null };
  const reached = reachAnalysis(tabId);
  let tab = await getTab(tabId);
  markStep('tab');
  const url = tab?.url ?? null;
  if (isRestrictedUrl(url)) return { kind: 'restricted', tabId, url };
  let analysis = await reached;
  // A page still loading takes a script at document_idle: ask again until then.
  for (const started = Date.now(); !analysis && tab?.status === 'loading' && Date.now() - started < LOADING_WAIT_MS; ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    tab = await getTab(tabId);
    analysis = await reachAnalysis(tabId);
  }
  if (analysis) return { kind: 'analysis', tabId, analysis };
  if (tab?.status === 'loading') return { kind: 'loading', tabId, url };
  if (isDocumentUrl(url)) return { kind: 'document', tabId, url };
  // Chromium withholds the address of its own pages (chrome://, the Web Store) even after a click on
  // Firsthand's button, which reveals every other page's: a loaded tab with no address is one of them.
  if (tab && url === null && tab.status === 'complete') return { kind: 'restricted', tabId, url };
  return { kind: 'unreachable', tabId, url };
}
