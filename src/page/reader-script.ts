/**
 * The page's full part (entrypoints/reader.content: the analyzer, reader mode, the clutter flags) is
 * not declared in the manifest: it is loaded into a tab only when needed, by the background or an
 * extension page. A flag on the isolated world's globalThis, which both parts of the content script
 * and the injected claim share, makes sure it runs at most once per document.
 */
import { browser } from 'wxt/browser';
import type { PassiveVerdict } from '../types';

/** The built file of entrypoints/reader.content (WXT names it after the entrypoint). */
const READER_SCRIPT_FILE = '/content-scripts/reader.js';

/** 'loading' from the claim until the full part has set up its message handlers, then 'ready'. */
export type ReaderPresence = 'loading' | 'ready';
interface PresenceScope {
  __firsthandReader?: ReaderPresence;
  /** The passive part's latest verdict and its address, for the full part to start from whoever loads it. */
  __firsthandVerdict?: { url: string; verdict: PassiveVerdict };
}
const scope = () => globalThis as PresenceScope;

/** In the page: whether the full part is here or on its way (then it checks, reports and flags by itself). */
export function readerPresent(): boolean {
  return scope().__firsthandReader !== undefined;
}

/** In the page, by the full part as it starts: whether another load of it already runs here (it then stands down). */
export function readerRunning(): boolean {
  return scope().__firsthandReader === 'ready';
}

/**
 * In the page, by the passive part after each check: its verdict, for the full part to start from
 * whoever loads it. Its own copy of the check would run cold (its code compiled, its patterns built,
 * a second time in this page) before it answers the popup or draws the flags.
 */
export function handOverVerdict(url: string, verdict: PassiveVerdict): void {
  scope().__firsthandVerdict = { url, verdict };
}

/** In the page, by the full part on arrival: the verdict handed over for this address, at most once. */
export function takeHandedVerdict(url: string): PassiveVerdict | null {
  const handed = scope().__firsthandVerdict;
  delete scope().__firsthandVerdict;
  return handed?.url === url && typeof handed.verdict?.isAggregator === 'boolean' ? handed.verdict : null;
}

/** In the page, by the full part: ready for messages; forgotten when its context goes (an update), so the new version can load. */
export function markReaderReady(onInvalidated: (cb: () => void) => void): void {
  scope().__firsthandReader = 'ready';
  onInvalidated(() => delete scope().__firsthandReader);
}

/**
 * Runs in the tab's isolated world (serialized by executeScript, so it names nothing outside
 * itself): claims the load when nobody has, and says what it found. One call, so it is atomic.
 * With `viewers` (a RegExp's source and flags), it claims only in a web page whose address does not
 * match it: the caller has not read the tab's address yet, so the document's own is judged here.
 */
function claimReaderLoad(viewers: [source: string, flags: string] | null): 'claimed' | 'not-a-page' | ReaderPresence {
  const here = globalThis as { __firsthandReader?: 'loading' | 'ready' };
  const found = here.__firsthandReader;
  if (found === 'ready') return found;
  if (viewers !== null && (!/^https?:$/.test(location.protocol) || new RegExp(...viewers).test(location.href))) return 'not-a-page';
  if (found !== undefined) return found;
  here.__firsthandReader = 'loading';
  return 'claimed';
}

/** Runs in the tab's isolated world: gives a failed claim back. */
function releaseReaderLoad(): void {
  const here = globalThis as { __firsthandReader?: string };
  if (here.__firsthandReader === 'loading') delete here.__firsthandReader;
}

/** How long a caller waits for a load that another extension page started. */
const LOADING_WAIT_MS = 1500;

/**
 * Makes sure the full part runs in the tab's top frame: loads it when nobody has, waits when
 * someone is loading it. Resolves to whether it now answers messages; false where the browser lets
 * no extension run (its own pages, the stores) or the tab is gone. Given `viewers` (addresses the
 * browser shows in a viewer of its own: a picture, a PDF), it loads the part only into a web page
 * whose address is not one of those, and finds it wherever it already runs.
 */
export async function ensureReader(tabId: number, viewers: RegExp | null = null): Promise<boolean> {
  const target = { tabId, frameIds: [0] };
  const started = Date.now();
  for (;;) {
    let found: unknown;
    try {
      [{ result: found } = { result: undefined }] = await browser.scripting.executeScript({ target, func: claimReaderLoad, args: [viewers && [viewers.source, viewers.flags]] });
    } catch {
      return false;
    }
    if (found === 'ready') return true;
    if (found !== 'claimed' && found !== 'loading') return false;
    // A claim that has not become ready in time was most likely dropped with the page that made it
    // (a toolbar popup closes when the reader clicks elsewhere): load the part ourselves. If the first
    // load does finish after all, whichever runs second sees 'ready' and stands down.
    if (found === 'claimed' || Date.now() - started > LOADING_WAIT_MS) {
      try {
        await browser.scripting.executeScript({ target, files: [READER_SCRIPT_FILE] });
        return true;
      } catch {
        await browser.scripting.executeScript({ target, func: releaseReaderLoad }).catch(() => {});
        return false;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
