/**
 * Keeps the live page's analysis ready for the popup: computed on first request and reused
 * until the page's address or DOM changes. Reads the live DOM only through analyze(), which never changes it.
 */
import { analyze } from '../analysis/analyze';
import type { Analysis } from '../types';
import { FLAGS_HOST_TAG } from './clutter-flags';
import { READER_HOST_TAG } from './page-hider';

/** Firsthand's own hosts (reader overlay, clutter flags), children of <html>: adding them changes no story. */
const OWN_HOSTS = new Set([READER_HOST_TAG, FLAGS_HOST_TAG].map((tag) => tag.toUpperCase()));

function isOwn(node: Node): boolean {
  return OWN_HOSTS.has(node.nodeName) || (node.parentNode !== null && OWN_HOSTS.has(node.parentNode.nodeName));
}

/** True when a mutation only adds or removes Firsthand's hosts or changes what is inside them. */
export function isOwnMutation(record: MutationRecord): boolean {
  if (isOwn(record.target)) return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((node) => OWN_HOSTS.has(node.nodeName));
}

export interface PageAnalyzer {
  analysis(): Analysis;
  dispose(): void;
}

export function createPageAnalyzer(document: Document, currentUrl: () => string): PageAnalyzer {
  let cached: { url: string; analysis: Analysis } | null = null;
  const win = document.defaultView;
  // Any change to the page's content invalidates the cached analysis; attributes alone do not.
  const observer = win
    ? new win.MutationObserver((records) => {
        if (!records.every(isOwnMutation)) cached = null;
      })
    : null;
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
