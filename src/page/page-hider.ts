/**
 * Hides the page under reader mode and gives it back exactly as it was.
 *
 * Nothing of the page is removed, moved or rewritten: one <style> goes inside Firsthand's own host
 * element (in its light DOM, where it is never rendered but still applies to the document), so
 * removing the host removes every trace. The page's elements keep their state (typed form values,
 * media, timers, listeners); only the scroll position and focus, which hiding loses, are put back.
 */

/** The tag of the reader overlay's host element: a direct child of <html>, after <body>. */
export const READER_HOST_TAG = 'firsthand-reader';

/**
 * Everything under <html> but our host. `:not(#firsthand-none)` adds an id's weight, so ordinary
 * page rules (`body.article { display: block !important }`) cannot win.
 */
export function hidingCss(hostTag: string = READER_HOST_TAG): string {
  return `:root > :not(${hostTag}, #firsthand-none) { display: none !important; }\n:root { overflow: hidden !important; }`;
}

export interface PageSnapshot {
  scrollX: number;
  scrollY: number;
  /** The element that had focus, given it back on restore. */
  focused: Element | null;
}

export interface HiddenPage {
  readonly snapshot: PageSnapshot;
  /**
   * Shows the page again: removes the hiding style (the caller removes the host), scrolls back and
   * refocuses. `scroll: false` when the page moved to another address meanwhile (a single-page site):
   * the old position belongs to another story.
   */
  restore(options?: { scroll?: boolean }): void;
}

function takeSnapshot(doc: Document): PageSnapshot {
  const win = doc.defaultView;
  return { scrollX: win?.scrollX ?? 0, scrollY: win?.scrollY ?? 0, focused: doc.activeElement };
}

/** Hides everything but `host` (which must be a child of <html>); the page's nodes are untouched. */
export function hidePage(doc: Document, host: Element): HiddenPage {
  const snapshot = takeSnapshot(doc);
  const style = doc.createElement('style');
  style.dataset.firsthand = 'hide-page';
  style.textContent = hidingCss(host.localName);
  host.append(style);
  let restored = false;
  return {
    snapshot,
    restore({ scroll = true } = {}) {
      if (restored) return;
      restored = true;
      style.remove();
      restoreSnapshot(doc, snapshot, scroll);
    },
  };
}

function restoreSnapshot(doc: Document, snapshot: PageSnapshot, scroll = true): void {
  const win = doc.defaultView;
  const focused = snapshot.focused as HTMLElement | null;
  if (focused && focused !== doc.body && focused !== doc.documentElement && focused.isConnected && typeof focused.focus === 'function') {
    focused.focus({ preventScroll: true });
  }
  // 'instant' overrides a page's `scroll-behavior: smooth`: the reader is back where they were at once.
  if (scroll && win) win.scrollTo({ left: snapshot.scrollX, top: snapshot.scrollY, behavior: 'instant' });
}
