/**
 * The part of the page that holds the story. Readability reads only that part (and what it reads
 * for the story's metadata): its cost grows with the page, and most of a news page is the site's
 * menus, lists and footers around the story, which it would read and throw away.
 */
import { documentOrder, elementsByTag, textLength } from './dom-utils';

/** Paragraphs weigh what they hold; bare-text divs (an intro "summary") only count as the opening. */
const PARAGRAPH_TAGS = new Set(['P', 'DIV']);
/** Share of the story's paragraph text a box must hold to be the story's box. */
const MIN_SHARE = 0.9;
/** Fewer paragraphs than this give no reliable box: Readability then reads the whole page. */
const MIN_PARAGRAPHS = 3;

export interface RegionContext {
  /** The page's headline: the story opens with the first paragraph after it. */
  headline: Element | null;
  /** Whether an element is a paragraph of prose. */
  isProse: (element: Element) => boolean;
  /** Whether an element sits in a block already found to be clutter (its prose is not the story's). */
  inClutter: (element: Element) => boolean;
}

/**
 * The smallest box under `body` that holds the story's opening paragraph and nine tenths of its
 * paragraph text, or null when that box is the body or the page has too few paragraphs to tell.
 */
export function findStoryRegion(body: Element, context: RegionContext): Element | null {
  const weights = new Map<Element, number>();
  let total = 0;
  let paragraphs = 0;
  let opening: Element | null = null;
  const order = documentOrder(body);
  const headlineAt = context.headline ? (order.get(context.headline) ?? -1) : -1;
  for (const block of elementsByTag(body, PARAGRAPH_TAGS)) {
    // Leaf divs of long text are also sites' footers and sidebars: only <p> weighs.
    const weighs = block.tagName.toUpperCase() === 'P';
    if ((!weighs && opening) || !context.isProse(block) || context.inClutter(block)) continue;
    if (!opening && order.get(block)! > headlineAt) opening = block;
    if (!weighs) continue;
    const weight = textLength(block);
    total += weight;
    paragraphs++;
    for (let node = block.parentElement; node && node !== body; node = node.parentElement) weights.set(node, (weights.get(node) ?? 0) + weight);
  }
  if (paragraphs < MIN_PARAGRAPHS) return null;
  let region = body;
  for (;;) {
    let next: Element | null = null;
    for (let child = region.firstElementChild; child && !next; child = child.nextElementSibling) {
      if ((weights.get(child) ?? 0) >= total * MIN_SHARE) next = child;
    }
    if (!next || (opening && !next.contains(opening))) break;
    region = next;
  }
  return region === body ? null : region;
}

/**
 * What Readability reads outside the story's box, kept in place: the page's metadata (meta tags,
 * JSON-LD), its h1 (the title's fallback) and every element its byline rule may take: rel="author",
 * an itemprop with "author", a class or id its REGEXPS.byline matches (/byline|author|dateline|
 * writtenby|p-author/i). Matched by case-sensitive word parts in their usual spellings ("uthor" for
 * author and Author): the case-insensitive form made this selector cost a millisecond on news pages.
 */
const CLASS_PARTS = ['uthor', 'yline', 'yLine', 'ateline', 'rittenby'];
/** Ids are named so less often: the two common words only (each part costs the selector ~0.04 ms). */
const ID_PARTS = ['uthor', 'yline'];
const READ_FOR_METADATA = [
  'meta',
  'script[type="application/ld+json"]',
  'h1',
  '[rel="author"]',
  '[itemprop*="author"]',
  ...CLASS_PARTS.map((part) => `[class*="${part}"]`),
  ...ID_PARTS.map((part) => `[id*="${part}"]`),
].join(', ');

/** What Readability reads in the head: the title, the meta tags and JSON-LD (and the base, for the story's links). */
const READ_FROM_HEAD = 'title, meta, base, script[type="application/ld+json"]';

/** What the analysis decided about the page's elements, applied to the copy Readability reads. */
export interface ExtractionPlan {
  /** The story's box, or null to copy the whole body. */
  region: Element | null;
  /** Blocks left out of the copy (clutter that carries paragraphs, which could pass for the story). */
  leaving: ReadonlySet<Element>;
  /** Blocks whose every element is marked with `clutterMark` in the copy, to be pruned from Readability's result. */
  marked: ReadonlySet<Element>;
  clutterMark: string;
  /** Elements marked with `captionMark` in the copy. */
  captions: ReadonlySet<Element>;
  captionMark: string;
}

/** The copy of `element` (under `live`) in `copied`, a deep copy of `live`: found by its place among its siblings at each level. */
function twinIn(live: Element, copied: Element, element: Element): Element {
  const places: number[] = [];
  for (let node = element; node !== live; node = node.parentElement!) {
    let place = 0;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) place++;
    places.push(place);
  }
  let twin = copied;
  for (let level = places.length - 1; level >= 0; level--) twin = twin.children[places[level]!]!;
  return twin;
}

/**
 * The document Readability reads, built in `copy` from the page of `body` without changing it: the
 * root as it is, what Readability reads in the head and, under the body, the story's box, the
 * elements Readability reads for metadata and the wrappers (with their own text) that lead to them.
 * The rest of the page is never copied: copying only this is cheaper than cloning the page and
 * removing the rest.
 */
export function copyForExtraction(body: Element, copy: Document, plan: ExtractionPlan): Document {
  const importNode = (node: Node, deep: boolean) => copy.importNode(node, deep);
  const insideLeaving = (element: Element) => {
    for (let node: Element | null = element; node && node !== body; node = node.parentElement) if (plan.leaving.has(node)) return true;
    return false;
  };
  const kept = new Set<Element>();
  if (plan.region) {
    if (!insideLeaving(plan.region)) kept.add(plan.region);
    for (const element of Array.from(body.querySelectorAll(READ_FOR_METADATA))) if (!plan.region.contains(element) && !insideLeaving(element)) kept.add(element);
  }
  const onPath = new Set<Element>();
  for (const element of kept) {
    for (let node = element.parentElement; node && node !== body && !onPath.has(node); node = node.parentElement) onPath.add(node);
  }
  // Each element to mark or leave out, under the outermost kept element holding it (the one copied whole).
  const decorated = new Map<Element, Element[]>();
  for (const element of new Set([...plan.marked, ...plan.captions, ...plan.leaving])) {
    let copiedWhole: Element | null = plan.region ? null : body;
    for (let node: Element | null = element; node && node !== body; node = node.parentElement) if (kept.has(node)) copiedWhole = node;
    if (!copiedWhole) continue;
    const inside = decorated.get(copiedWhole);
    if (inside) inside.push(element);
    else decorated.set(copiedWhole, [element]);
  }
  /** Marks the copy of `live` (copied whole as `copied`) and what it holds; the copies of leaving blocks go. */
  const decorateTree = (live: Element, copied: Element, inMarked: boolean) => {
    if (inMarked) markAll(copied);
    const inside = decorated.get(live);
    if (!inside) return;
    // Every twin is found before any goes: a removal would shift the places of those after it.
    const twins = inside.map((element) => [element, twinIn(live, copied, element)] as const);
    for (const [element, twin] of twins) {
      if (plan.marked.has(element)) markAll(twin);
      if (plan.captions.has(element)) twin.setAttribute(plan.captionMark, '');
      if (plan.leaving.has(element)) twin.remove();
    }
  };
  const markAll = (twin: Element) => {
    twin.setAttribute(plan.clutterMark, '');
    for (const element of Array.from(twin.querySelectorAll('*'))) element.setAttribute(plan.clutterMark, '');
  };
  const decorate = (original: Element, twin: Element, inMarked: boolean) => {
    const marked = inMarked || plan.marked.has(original);
    if (marked) twin.setAttribute(plan.clutterMark, '');
    if (plan.captions.has(original)) twin.setAttribute(plan.captionMark, '');
    return marked;
  };
  // Wrappers keep their own text nodes, as the page had them; of their elements only the kept ones and the paths to them.
  const copyChildren = (parent: Element, into: Element, inMarked: boolean) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) {
        into.appendChild(importNode(child, true));
        continue;
      }
      const element = child as Element;
      if (kept.has(element)) {
        const twin = importNode(element, true) as Element;
        into.appendChild(twin);
        decorateTree(element, twin, inMarked);
      } else if (onPath.has(element)) {
        const twin = importNode(element, false) as Element;
        into.appendChild(twin);
        copyChildren(element, twin, decorate(element, twin, inMarked));
      }
    }
  };
  // The body is a child of the root (documentParts finds it there).
  const root = body.parentElement!;
  const rootCopy = importNode(root, false) as Element;
  copy.appendChild(rootCopy);
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).localName === 'head') {
      // Its scripts and style sheets are most of a news page's head, and Readability drops them unread.
      const headCopy = rootCopy.appendChild(importNode(child, false));
      for (const element of Array.from((child as Element).querySelectorAll(READ_FROM_HEAD))) headCopy.appendChild(importNode(element, true));
      continue;
    }
    if (child !== body) {
      rootCopy.appendChild(importNode(child, true));
      continue;
    }
    const bodyCopy = importNode(body, !plan.region) as Element;
    rootCopy.appendChild(bodyCopy);
    if (plan.region) copyChildren(body, bodyCopy, decorate(body, bodyCopy, false));
    else decorateTree(body, bodyCopy, false);
  }
  return copy;
}
