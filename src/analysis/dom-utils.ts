/** Small read-only helpers over any DOM (browser, jsdom, linkedom). */

export const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'HEAD', 'META', 'LINK']);
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER']);

/** Folds text for comparison with phrase data: NFKC, straight apostrophes, one space, lower case. */
export function foldForMatch(text: string): string {
  return text.normalize('NFKC').replace(/[’‘`´]/g, "'").replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

export function tagOf(element: Element): string {
  return element.tagName.toUpperCase();
}

/** Share of an element's text that sits inside links. */
export function linkDensity(element: Element, textLength = textOf(element).length): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const link of Array.from(element.getElementsByTagName('a'))) linked += textOf(link).length;
  return Math.min(1, linked / textLength);
}

/** Child-index path from <html>, so a block found in a clone can be found again in the live page. */
export function pathOf(element: Element): number[] {
  const path: number[] = [];
  let node: Element | null = element;
  while (node && node.parentElement) {
    const parent: Element = node.parentElement;
    path.unshift(Array.prototype.indexOf.call(parent.children, node));
    node = parent;
  }
  return path;
}

export function elementAtPath(doc: Document, path: readonly number[]): Element | null {
  let node: Element | null = doc.documentElement;
  for (const index of path) {
    node = node?.children[index] ?? null;
    if (!node) return null;
  }
  return node;
}

/**
 * Site chrome: navigation, footers, and the site's header. A <header> that only frames the story's
 * headline (an article's own, or a portal's headline block) is not chrome: chrome carries the menus.
 */
export function inSiteChrome(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const tag = tagOf(node);
    if (tag === 'NAV' || tag === 'FOOTER') return true;
    if (tag === 'HEADER') {
      if (node.parentElement?.closest('article, main, [role="main"]')) return false;
      return node.querySelector('nav') !== null || node.querySelectorAll('a').length >= 5;
    }
  }
  return false;
}

export function closest(element: Element, tags: Set<string>): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) if (tags.has(tagOf(node))) return node;
  return null;
}

/** "19 hours ago", "an hour ago", "timean hour ago" (Daily8 glues a hidden label to the age), "2h ago". */
export const AGE_PATTERN = /(?:\d+|(?<![\p{L}])an?|(?<=time)an?|(?<![\p{L}])one)\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|months?|y|yrs?|years?)\s+ago(?![\p{L}])/iu;

/**
 * Each element's place in document order, from one pass. linkedom's compareDocumentPosition answers
 * wrongly for some trees, so order is read from querySelectorAll('*'), which every DOM returns in order.
 */
export function documentOrder(root: Element): Map<Element, number> {
  const order = new Map<Element, number>([[root, -1]]);
  Array.from(root.querySelectorAll('*')).forEach((element, index) => order.set(element, index));
  return order;
}
