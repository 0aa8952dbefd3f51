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

/**
 * Removes from the clone everything under `body` but the region, the elements Readability reads
 * for metadata and the wrappers that lead to them. Returns how many subtrees were removed.
 */
export function keepStoryRegion(body: Element, region: Element): number {
  const kept = new Set<Element>([region]);
  for (const element of Array.from(body.querySelectorAll(READ_FOR_METADATA))) if (!region.contains(element)) kept.add(element);
  const onPath = new Set<Element>();
  for (const element of kept) {
    for (let node = element.parentElement; node && node !== body && !onPath.has(node); node = node.parentElement) onPath.add(node);
  }
  let removed = 0;
  const open: Element[] = [body];
  while (open.length) {
    const parent = open.pop()!;
    for (let child = parent.firstElementChild; child; ) {
      const next = child.nextElementSibling;
      // A kept element stays whole, with whatever else it holds (a byline's date beside its author).
      if (kept.has(child)) {
        // kept as it is
      } else if (onPath.has(child)) open.push(child);
      else {
        child.remove();
        removed++;
      }
      child = next;
    }
  }
  return removed;
}
