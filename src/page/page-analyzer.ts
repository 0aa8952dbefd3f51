/**
 * Keeps the live page's analysis ready for the popup: computed on first request and reused
 * until the page's address or DOM changes. Reads the live DOM only through analyze(), which clones.
 */
import { analyze } from '../analysis/analyze';
import type { Analysis } from '../types';

export interface PageAnalyzer {
  analysis(): Analysis;
  dispose(): void;
}

export function createPageAnalyzer(document: Document, currentUrl: () => string): PageAnalyzer {
  let cached: { url: string; analysis: Analysis } | null = null;
  const win = document.defaultView;
  // Any change to the page's content invalidates the cached analysis; attributes alone do not.
  const observer = win ? new win.MutationObserver(() => (cached = null)) : null;
  observer?.observe(document, { childList: true, subtree: true, characterData: true });

  return {
    analysis() {
      const url = currentUrl();
      if (!cached || cached.url !== url) cached = { url, analysis: analyze(document, { url }) };
      return cached.analysis;
    },
    dispose() {
      observer?.disconnect();
      cached = null;
    },
  };
}
