/** Small read-only helpers over any DOM (browser, jsdom, linkedom). */
import { foldWhitespace } from './text';

export const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'HEAD', 'META', 'LINK']);
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER']);

/** Folds text for comparison with phrase data: NFKC, straight apostrophes, one space, lower case. */
export function foldForMatch(text: string): string {
  // NFKC is costly and changes nothing in plain ASCII, which most labels are, nor in the accented
  // letters, quotes and dashes of most other Latin text (whose spaces the next step folds anyway).
  const normalized = ASCII.test(text) ? text : (NFKC_STABLE.test(text) ? text : text.normalize('NFKC')).replace(CURLY_QUOTES, "'");
  return normalized.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}
const ASCII = /^[\x00-\x7f]*$/;
const CURLY_QUOTES = /[’‘`´]/g;
/** Characters NFKC leaves as they are (or turns into a space, as no-break spaces): checked by a unit test. */
const NFKC_STABLE = /^[\x00-\x7f\u00a0-\u00a7\u00a9\u00ab-\u00ae\u00b0\u00b1\u00b6\u00b7\u00bb\u00bf-\u00ff\u2010\u2012-\u2016\u2018-\u2023\u2027-\u2032]*$/;

/** foldForMatch for a text textOf gave (whitespace already folded): plain ASCII only needs lower case. */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  // Text NFKC leaves alone (most Latin text) only needs its quotes straightened: no space to fold again.
  if (NFKC_STABLE.test(text)) return text.replace(CURLY_QUOTES, "'").toLowerCase();
  return foldForMatch(text);
}

/** Whether foldForMatch keeps a whitespace-folded text's length (it only lower-cases plain ASCII). */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/**
 * One analysis reads the text of the same elements many times, and the text of large ones it only
 * needs to know is large. Inside a text scope, lengths come from one pass over the tree and texts
 * are remembered; the scope ends before anything in the tree changes.
 */
interface TextScope {
  root: Element;
  // Maps, not WeakMaps: the scope is dropped whole when it ends, and weak entries cost the collector more.
  lengths: Map<Node, number>;
  texts: Map<Node, string>;
  /** The root's elements in document order (root excluded), from the same walk, and their tags once asked. */
  elements: Element[];
  tags: string[] | null;
  order?: Map<Element, number>;
  /** Answers about elements that hold while the tree does not change, one map per question. */
  caches: Map<string, Map<Element, unknown>>;
}
let scope: TextScope | null = null;
const NON_SPACE = /[^\s\u00a0]/;

/** Begins a text scope over `root`; returns how deep its elements nest below it (root's children at 1). */
export function beginTextScope(root: Element): number {
  const lengths = new Map<Node, number>();
  let depth = 0;
  // One walk by firstChild/nextSibling/parentNode (iterative: depth cannot overflow the stack); each
  // open element's running sum sits on a stack of numbers and is added to its parent's on the way up.
  const sums: number[] = [];
  const elements: Element[] = [];
  let node: Node = root;
  walk: for (;;) {
    if (node.nodeType === 3) {
      // Indentation between tags is most text nodes: count it as one space without rewriting it.
      const value = node.nodeValue ?? '';
      // Only elements are asked for their length: a text node's goes straight into its parent's sum.
      const length = foldedLength(value);
      if (sums.length) sums[sums.length - 1]! += length;
    } else if (node.nodeType === 1) {
      if (node !== root) {
        elements.push(node as Element);
        if (sums.length > depth) depth = sums.length;
      }
      const first = node.firstChild;
      if (first) {
        sums.push(0);
        node = first;
        continue;
      }
      lengths.set(node, 0);
    }
    for (;;) {
      if (node === root) break walk;
      const next = node.nextSibling;
      if (next) {
        node = next;
        continue walk;
      }
      node = node.parentNode!;
      const length = sums.pop()!;
      lengths.set(node, length);
      if (sums.length) sums[sums.length - 1]! += length;
    }
  }
  scope = { root, lengths, texts: new Map(), elements, tags: null, caches: new Map() };
  return depth;
}

/**
 * A question about an element asked many times in one analysis (is it a paragraph of prose, how many
 * does it hold) is answered once inside a text scope; outside one, every call computes afresh.
 */
export function scoped<T>(question: string, element: Element, answer: (element: Element) => T): T {
  if (!scope) return answer(element);
  let cache = scope.caches.get(question) as Map<Element, T> | undefined;
  if (!cache) scope.caches.set(question, (cache = new Map<Element, T>()));
  if (cache.has(element)) return cache.get(element)!;
  const value = answer(element);
  cache.set(element, value);
  return value;
}

/**
 * The elements under `root` whose (upper-case) tag is in `tags`, in document order. Inside a text
 * scope over `root` they come from the scope's one walk, so the many finders of one analysis do not
 * each query the whole document again.
 */
export function elementsByTag(root: Element, tags: ReadonlySet<string>): Element[] {
  if (scope?.root !== root) return Array.from(root.querySelectorAll([...tags].map((tag) => tag.toLowerCase()).join(',')));
  const { elements } = scope;
  const names = (scope.tags ??= elements.map((element) => element.tagName.toUpperCase()));
  const chosen: Element[] = [];
  for (let i = 0; i < elements.length; i++) if (tags.has(names[i]!)) chosen.push(elements[i]!);
  return chosen;
}

/** Every element under `root`, in document order (from the text scope's walk when there is one). */
export function allElements(root: Element): Element[] {
  // querySelectorAll, not getElementsByTagName('*'), which linkedom answers with nothing.
  return scope?.root === root ? scope.elements.slice() : Array.from(root.querySelectorAll('*'));
}

export function endTextScope(): void {
  scope = null;
}

export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const known = scope?.texts.get(node);
  if (known !== undefined) return known;
  const text = foldWhitespace(node.textContent ?? '');
  scope?.texts.set(node, text);
  return text;
}

/** About the length of textOf(node) (exact outside a text scope), without building the text. */
export function textLength(node: Node): number {
  return scope?.lengths.get(node) ?? textOf(node).length;
}

export function tagOf(element: Element): string {
  return element.tagName.toUpperCase();
}

/**
 * Whether the text under a node is longer than `limit`, without building it: the walk stops once the
 * limit is passed, so asking it of <body> costs as little as asking it of a line. Counts as the
 * text scope does (indentation between tags as one character); returns at most a little over `limit`.
 */
export function textLengthUpTo(node: Node, limit: number): number {
  const known = scope?.lengths.get(node);
  if (known !== undefined) return known;
  // A leaf's text is its own: the browser's textContent is quicker than a walk in script.
  if (node.nodeType === 1 && (node as Element).childElementCount === 0) return foldedLength(node.textContent ?? '');
  let length = 0;
  forEachText(node, (value) => (length += foldedLength(value)) > limit);
  return length;
}

/** Visits the text nodes under `node` in document order until `visit` returns true. */
function forEachText(node: Node, visit: (value: string) => boolean): void {
  let current: Node | null = node;
  while (current) {
    if (current.nodeType === 3) {
      if (visit(current.nodeValue ?? '')) return;
    } else if (current.firstChild) {
      current = current.firstChild;
      continue;
    }
    while (current && current !== node && !current.nextSibling) current = current.parentNode;
    if (!current || current === node) return;
    current = current.nextSibling;
  }
}

/** A text's length counted as the text scope counts it: indentation-only text is one character. */
function foldedLength(value: string): number {
  return value.length > 1 && !NON_SPACE.test(value) ? 1 : value.length;
}

/** Share of an element's text that sits inside links. */
export function linkDensity(element: Element, length = textLength(element)): number {
  if (length === 0) return 0;
  let linked = 0;
  const links = element.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) linked += textLength(links[i]!);
  return Math.min(1, linked / length);
}

/** Child-index path from <html>, so a block found in a clone can be found again in the live page. */
export function pathOf(element: Element): number[] {
  const path: number[] = [];
  let node: Element | null = element;
  while (node && node.parentElement) {
    let index = 0;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
    path.unshift(index);
    node = node.parentElement;
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

/**
 * "19 hours ago", "an hour ago", "2h ago"; the count may be glued to a word before it, as text read
 * across elements is ("timean hour ago": a hidden label, then the age).
 * Matched in lower case rather than with the i flag: \p{L} under /iu makes V8 build the case closure
 * of every letter, a millisecond and more the first time each renderer process runs it.
 */
const AGE_PATTERN = /(?:\d+|an?|(?<![\p{L}])one)\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|months?|y|yrs?|years?)\s+ago(?![\p{L}])/u;

/** The age a line gives ("19 hours ago"), in lower case, or null. */
export function ageIn(text: string): string | null {
  return AGE_PATTERN.exec(text.toLowerCase())?.[0] ?? null;
}

/**
 * Each element's place in document order, from one pass. linkedom's compareDocumentPosition answers
 * wrongly for some trees, so order is read from querySelectorAll('*'), which every DOM returns in order.
 */
export function documentOrder(root: Element): ReadonlyMap<Element, number> {
  // Inside a text scope over `root` the walk has been done: one map for every caller.
  if (scope?.root === root) return (scope.order ??= orderOf(root, scope.elements));
  return orderOf(root, Array.from(root.querySelectorAll('*')));
}

/**
 * How `proto` or the prototypes above it define a member, or null: read past a form's or the
 * document's named properties (`<input name="parentElement">`), which shadow the member on the object.
 */
export function prototypeDescriptor(proto: object | null, name: string): PropertyDescriptor | null {
  for (let level = proto; level; level = Object.getPrototypeOf(level) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(level, name);
    if (descriptor) return descriptor;
  }
  return null;
}

/**
 * Whether `a` comes before `b` in document order (an ancestor before what it holds), read from the
 * two elements' ancestors alone: for the few comparisons a caller makes, no pass over the page.
 * Not compareDocumentPosition, which linkedom answers from the elements' depths. False both ways
 * for elements of different trees (a detached one).
 */
export function precedes(a: Element, b: Element): boolean {
  if (a === b || b.contains(a)) return false;
  if (a.contains(b)) return true;
  const chainOfA = new Map<Element, Element>();
  for (let child = a, parent = a.parentElement; parent; child = parent, parent = parent.parentElement) chainOfA.set(parent, child);
  for (let child = b, parent = b.parentElement; parent; child = parent, parent = parent.parentElement) {
    const sideOfA = chainOfA.get(parent);
    if (!sideOfA) continue;
    for (let sibling = sideOfA.nextElementSibling; sibling; sibling = sibling.nextElementSibling) if (sibling === child) return true;
    return false;
  }
  return false;
}

/** The elements of `list` (in document order) that come after `element`, found by halving the list. */
export function* elementsAfter(list: ArrayLike<Element>, element: Element): Generator<Element> {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (precedes(element, list[middle]!)) high = middle;
    else low = middle + 1;
  }
  for (let i = low; i < list.length; i++) yield list[i]!;
}

function orderOf(root: Element, elements: readonly Element[]): Map<Element, number> {
  const order = new Map<Element, number>([[root, -1]]);
  elements.forEach((element, index) => order.set(element, index));
  return order;
}
