/** Which tab an extension page shows, and whether Firsthand can read that tab at all. */
import { browser, type Browser } from 'wxt/browser';
import type { Analysis } from '../types';
import { sendMessage } from '../messaging';

export type TabState =
  | { kind: 'analysis'; tabId: number; analysis: Analysis }
  | { kind: 'restricted'; tabId: number | null; url: string | null }
  | { kind: 'unreachable'; tabId: number | null; url: string | null };

export async function resolveTabId(params: URLSearchParams): Promise<number | null> {
  const fromQuery = params.get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** Pages where browsers let no extension run: their own pages, the stores, viewers. */
export function isRestrictedUrl(url: string | null): boolean {
  if (!url) return false;
  if (!/^https?:/i.test(url)) return true;
  return /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i.test(url);
}

async function getTab(tabId: number): Promise<Browser.tabs.Tab | null> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return null;
  }
}

export async function loadTabState(tabId: number | null): Promise<TabState> {
  if (tabId === null) return { kind: 'unreachable', tabId, url: null };
  const tab = await getTab(tabId);
  const url = tab?.url ?? null;
  if (isRestrictedUrl(url)) return { kind: 'restricted', tabId, url };
  try {
    const analysis = await sendMessage('getAnalysis', undefined, tabId);
    if (analysis) return { kind: 'analysis', tabId, analysis };
  } catch {
    // No content script answered: the page is still loading, was open before install, or is not a web page.
  }
  // Chromium withholds the address of its own pages (chrome://, the Web Store) even after a click on
  // Firsthand's button, which reveals every other page's: a loaded tab with no address is one of them.
  if (tab && url === null && tab.status === 'complete') return { kind: 'restricted', tabId, url };
  return { kind: 'unreachable', tabId, url };
}
