/**
 * Finds the blocks of a page that are not the story, and says of each what it is and why.
 * Judged by text and structure together (labels from the phrase data, runs of teaser cards,
 * link density, credits to other outlets, repeated text), never by a site's class names or ids.
 */
import { CLUTTER_PHRASES } from '../data/clutter-phrases';
import { outletsNamedIn } from '../data/outlet-index';
import type { ClutterBlock, ClutterKind } from '../types';
import type { CreditLine, HeadlineCredit } from './credits';
import { shareNetwork } from './share-links';
import { leadingPhraseMatcher } from './leading-phrase';
import { isBlockTag, phraseAlternation } from './text';
import {
  ageIn,
  CHROME_TAGS,
  HEADING_TAGS,
  SKIPPED_TAGS,
  allElements,
  documentOrder,
  elementsByTag,
  inSiteChrome,
  foldForMatch,
  foldText,
  isAscii,
  linkDensity,
  scoped,
  tagOf,
  textLength,
  textOf,
} from './dom-utils';

/** The tags each finder reads, as sets for elementsByTag (one walk of the page serves them all). */
const A_TAGS = new Set(['A']);
const P_TAGS = new Set(['P']);
const LIST_TAGS = new Set(['UL', 'OL']);
const CAPTION_TAGS = new Set(['FIGCAPTION', 'IMG']);
const REPEAT_TAGS = new Set(['P', 'DIV', 'SPAN', 'FIGCAPTION', 'H2', 'H3', 'H4', 'H5', 'H6']);
const STAMP_TAGS = new Set(['P', 'DIV', 'SPAN', 'TIME', 'LI', 'SMALL', 'H4', 'H5', 'H6']);
const TEASER_LIST_TAGS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'ASIDE']);

export interface FoundClutter {
  block: ClutterBlock;
  /** Outlets credited on full story texts inside the block (related stories carrying whole copies). */
  creditedOutlets?: string[];
  /** The elements of the analysed document (the live page, or a clone of a hostile one) that make up the block, in order. */
  elements: Element[];
}

export interface ClutterContext {
  /** The page's own headline element, which no clutter block may contain. */
  headline: Element | null;
  /** The outlet the page itself belongs to, so its own name is not read as another outlet's credit. */
  ownDomain: string | null;
  /** The credit line next to the headline, reported as the copy's own label rather than story text. */
  headlineCredit: HeadlineCredit | null;
  /** Lines that credit the story's source ("Source: …", "Source link"): evidence, so out of the text. */
  creditLines: readonly CreditLine[];
}

/** Phrases that name a block by their start ("Related Articles", "Top stories"). */
const LEADING_PHRASES = new Map<string, ClutterKind>();
/** Words that open a byline or a date line ("By", "Por", "Updated"): for short lines, never labels. */
const BYLINE_WORDS: string[] = [];
for (const { phrase, kind } of CLUTTER_PHRASES) {
  if (kind === 'byline') BYLINE_WORDS.push(phrase);
  else LEADING_PHRASES.set(foldForMatch(phrase), kind);
}
const leadingPhrase = leadingPhraseMatcher(LEADING_PHRASES.keys());
/** A few promos are recognised by words inside their line ("… delivered to your inbox"). */
const INSIDE_PHRASES = new Map(CLUTTER_PHRASES.filter((entry) => entry.inside).map(({ phrase, kind }) => [foldForMatch(phrase), kind] as const));
const INSIDE_PATTERN = new RegExp(`(?<![\\p{L}])(${phraseAlternation(INSIDE_PHRASES.keys())})(?![\\p{L}])`, 'u');
/** Lines told by their shape rather than a phrase: a newsletter offer, a credit, an app-store badge. */
const INLINE_PATTERNS: Array<[RegExp, ClutterKind]> = [
  [/^(?:sign up|subscribe) (?:for|to) .{0,60}\b(?:newsletter|briefing|email)s?\b/, 'newsletter'],
  [/^image \d+ of \d+$|\((?:[\w.&-]+ )?(?:photo|foto)s?\s*[/:][^()]{2,60}\)$/, 'photo-credit'],
  // "Natalie Naccache | Bloomberg | Getty Images": a credit phrase that names an agency, last after a bar.
  [new RegExp(`(?:^|\\| )(?:${phraseAlternation(CLUTTER_PHRASES.filter((entry) => entry.kind === 'photo-credit' && /\p{L}$/u.test(entry.phrase)).map((entry) => foldForMatch(entry.phrase)))})$`, 'u'), 'photo-credit'],
  [/^\(?(?:[\w.&-]+ )?(?:photo|foto|image|picture)s?\s*[/:]\s*[^()]{2,80}\)?$/, 'photo-credit'],
  [/^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b.{0,80}\ball rights reserved\b/, 'attribution'],
  [/\b(?:app store|google play|app-store|play-store)\b.*\b(?:download|get)\b|\bdownload (?:the|our) .{0,20}app\b/, 'app-download'],
];

/** Elements that name a whole region with aria-label. */
const REGION_TAGS = new Set(['SECTION', 'ASIDE', 'DIV', 'NAV', 'FIGURE', 'UL', 'OL']);
/** Labels are short; anything longer is prose that merely starts with a common word. */
const MAX_LABEL_CHARS = 90;
/** A line of the story's own text: long enough that no label or teaser reads like it. */
const MIN_PROSE_CHARS = 120;
/** Kinds whose blocks hold other stories, so prose after a credit line is theirs, not the story's. */
const STORY_LIST_KINDS = new Set<ClutterKind>(['related-stories', 'top-stories']);
/** Kinds that head a whole section (a list, a thread); the others label one small widget. */
const SECTION_KINDS = new Set<ClutterKind>([...STORY_LIST_KINDS, 'comments', 'app-download', 'ai-promo', 'video']);
/** Kinds whose blocks may hold paragraphs of prose: stories in lists, comment threads. */
const PROSE_HOLDING_KINDS = new Set<ClutterKind>([...STORY_LIST_KINDS, 'comments']);
const MAX_REPORTED_TEXT = 600;

const KIND_NAMES: Record<ClutterKind, string> = {
  'top-stories': 'Top stories',
  'related-stories': 'Related stories',
  promo: 'Promotion',
  'app-download': 'App download promo',
  'ai-promo': 'AI feature promo',
  comments: 'Comments',
  newsletter: 'Newsletter sign-up',
  'share-bar': 'Share buttons',
  'follow-topic': 'Follow topic',
  'see-more': 'See more',
  'photo-credit': 'Photo credit',
  'duplicate-caption': 'Repeated caption',
  'duplicate-headline': 'Repeated headline',
  attribution: 'Source credit',
  advertisement: 'Advertisement',
  'author-bio': 'About the author',
  video: 'Video player',
  byline: 'Byline and date',
  navigation: 'Navigation',
};

export function kindName(kind: ClutterKind): string {
  return KIND_NAMES[kind];
}

/** Captions may run long after their "FILE PHOTO:" or "Photo:" label; other labels may not. */
const MAX_CAPTION_CHARS = 320;

function labelKind(label: string, alreadyFolded = false): ClutterKind | null {
  const folded = alreadyFolded ? label : foldForMatch(label);
  if (!folded || folded.length > MAX_CAPTION_CHARS) return null;
  // A count may lead a label: "0 Comments", "214 comments".
  const first = folded.charCodeAt(0);
  const phrase = leadingPhrase(folded) ?? (first >= 48 && first <= 57 ? leadingPhrase(folded.replace(/^\d[\d,.]*\s+/, '')) : null);
  if (!phrase) return null;
  const kind = LEADING_PHRASES.get(phrase) ?? null;
  if (kind === 'photo-credit') return kind;
  // A label is the phrase itself, give or take a count ("Comments (3)"); phrases of several words
  // may lead a promo line ("This post may contain affiliate and/or referral links. Please see …").
  const slack = phrase.includes(' ') ? 70 : 15;
  if (folded.length > MAX_LABEL_CHARS + 30 || folded.length - phrase.length > slack) return null;
  return kind;
}

/** "© John Brecher" beside a picture: a photographer's credit, not a copyright footer. */
function isImageCredit(element: Element, text: string): boolean {
  if (!/^(?:©|\(c\)|copyright\b)/i.test(text) || text.length > 60 || /\ball rights reserved\b/i.test(text) || inSiteChrome(element)) return false;
  const box = element.parentElement?.parentElement ?? element.parentElement;
  return Boolean(box?.querySelector('img, picture, figure'));
}

/** Small boxes about the writer after the headline: an author link (rel="author") beside a short biography. */
function findAuthorBoxes(root: Element, context: ClutterContext): FoundClutter[] {
  const found: FoundClutter[] = [];
  const order = documentOrder(root);
  const headlineAt = context.headline ? order.get(context.headline) : undefined;
  for (const link of elementsByTag(root, A_TAGS)) {
    if (!(link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('author')) continue;
    if (headlineAt !== undefined && (order.get(link) ?? -1) <= headlineAt) continue;
    for (let box = link.parentElement; box && box !== root; box = box.parentElement) {
      const text = textOf(box);
      if (text.length > 900 || (context.headline && box.contains(context.headline))) break;
      if (proseCount(box) > 1) break; // a biography is one paragraph; more is the story itself
      if (text.length >= 80 && box.querySelector('p') && ['DIV', 'SECTION', 'ASIDE'].includes(tagOf(box))) {
        found.push(make('author-bio', [box], 'About the author: a box with the writer\'s biography'));
        break;
      }
    }
  }
  return found;
}

/** Words one of the inline patterns needs, tested first: most lines have none of them. */
const INLINE_HINT = /sign up|subscri|store|play|download|©|copyright|photo|foto|image|picture|\| /;

function inlineKind(folded: string): ClutterKind | null {
  if (folded.length > 400) return null;
  // The promo words that come first say what the line is: "Download the Yahoo News app. Get breaking
  // news alerts" offers an app, "Try our AI features … Download the app" an AI tool.
  const inside = INSIDE_PATTERN.exec(folded);
  let kind = inside ? (INSIDE_PHRASES.get(inside[1]!) ?? null) : null;
  let at = inside ? inside.index : Infinity;
  if (INLINE_HINT.test(folded)) {
    for (const [pattern, patternKind] of INLINE_PATTERNS) {
      const match = pattern.exec(folded);
      if (match && match.index < at) [kind, at] = [patternKind, match.index];
    }
  }
  return kind;
}

/** A box whose blocks (under wrappers of one) promote different things: "Try our AI" beside "Download the app". */
function holdsMixedPromos(element: Element): boolean {
  const blocksOf = (box: Element) => Array.from(box.children).filter((child) => isBlockTag(child.tagName));
  let boxes = blocksOf(element);
  while (boxes.length === 1) boxes = blocksOf(boxes[0]!);
  if (boxes.length < 2) return false;
  const kinds = new Set(boxes.map((box) => inlineKind(foldText(textOf(box)))).filter((kind) => kind !== null));
  return kinds.size > 1;
}

/** A caption that is only a credit: "NASA/JPL/Handout via REUTERS", "(Chris Delmas / AFP via Getty Images)". */
const CAPTION_CREDIT = /^\(?[^.!?()]{2,80}\b(?:via|handout|courtesy(?: of)?)\b[^.!?()]{0,40}\)?$/;

function isCaptionCredit(element: Element, folded: string): boolean {
  return folded.length <= 130 && CAPTION_CREDIT.test(folded) && element.closest('figcaption') !== null;
}

/** A paragraph of prose: long, few links, no headline or image of its own. */
export function isProseParagraph(element: Element): boolean {
  return scoped('prose', element, proseParagraph);
}

function proseParagraph(element: Element): boolean {
  const tag = tagOf(element);
  if (HEADING_TAGS.has(tag) || CHROME_TAGS.has(tag)) return false;
  const length = textLength(element);
  if (length < MIN_PROSE_CHARS) return false;
  if (linkDensity(element, length) > 0.4) return false;
  if (tag === 'P' || tag === 'BLOCKQUOTE') return true;
  return element.querySelector('h1,h2,h3,h4,h5,h6,img,p,div,li') === null;
}

/** How many prose paragraphs an element is or holds. */
function proseCount(element: Element): number {
  return scoped('prose-count', element, countProse);
}

function countProse(element: Element): number {
  if (isProseParagraph(element)) return 1;
  let count = 0;
  for (const paragraph of Array.from(element.querySelectorAll('p, blockquote, div'))) if (isProseParagraph(paragraph)) count++;
  return count;
}

/** A teaser or story card: a headline (heading or leading link) or a credit line opens it. */
function looksLikeCard(element: Element, ownDomain: string | null): boolean {
  if (element.querySelector('h1,h2,h3,h4,h5,h6')) return true;
  const head = textOf(element).slice(0, 300);
  return ageIn(head) !== null || outletsNamedIn(head).some((mention) => mention.outlet.domain !== ownDomain);
}

/**
 * Where a labelled run must stop: at the story's own prose. Lists of stories and comment threads
 * hold prose of their own, but inside cards that open with a headline or a credit.
 */
function endsRun(element: Element, kind: ClutterKind, ownDomain: string | null): boolean {
  if (proseCount(element) === 0) return false;
  // A bare paragraph is never a card: the story has resumed.
  if (!PROSE_HOLDING_KINDS.has(kind) || isProseParagraph(element)) return true;
  // A thread's container holds comments, whatever they look like; if it took in the story's opening,
  // the whole block is refused (see holdsStory).
  if (kind === 'comments') return false;
  return !looksLikeCard(element, ownDomain);
}

/** What follows a widget's label and belongs to it: its buttons, chips, fields or short links. */
function isWidgetPart(element: Element): boolean {
  if (element.querySelector('img, picture, figure, video, h1, h2, h3, h4, h5, h6') || ['FIGURE', 'PICTURE', 'IMG'].includes(tagOf(element))) return false;
  const length = textLength(element);
  return length <= 60 || linkDensity(element, length) > 0.6 || element.querySelector('input, button, form') !== null;
}

/**
 * Another section starts here: a labelled heading, an element whose leading text or first heading is
 * a label of another kind ("0 Comments", a "Leave a Reply" form), or a sign-up form of its own.
 */
function startsNewSection(element: Element, kind: ClutterKind): boolean {
  const tag = tagOf(element);
  if (HEADING_TAGS.has(tag) && labelKind(textOf(element))) return true;
  if (CHROME_TAGS.has(tag)) return true;
  const first = element.firstElementChild;
  if (first && (HEADING_TAGS.has(tagOf(first)) || isLabelCandidate(first)) && textLength(first) <= MAX_LABEL_CHARS) {
    const firstKind = labelKind(textOf(first));
    if (firstKind !== null && (HEADING_TAGS.has(tagOf(first)) || firstKind !== kind)) return true;
  }
  const heading = element.querySelector('h1,h2,h3,h4,h5,h6');
  const headingKind = heading && textLength(heading) <= MAX_LABEL_CHARS ? labelKind(textOf(heading)) : null;
  if (headingKind !== null && headingKind !== kind) return true;
  return kind !== 'newsletter' && kind !== 'comments' && element.querySelector('input[type="email" i]') !== null;
}

/**
 * The block a label heads: the label and the siblings after it that belong to it, grown to the
 * wrapper when it spans the whole wrapper. Stops at the story's own prose, at another section,
 * and never takes in the page's headline.
 */
function headingRank(element: Element): number {
  const match = /^H([1-6])$/.exec(tagOf(element));
  return match ? Number(match[1]) : 7;
}

function blockFromLabel(label: Element, kind: ClutterKind, context: ClutterContext, root: Element): Element[] {
  // A heading as tall as the label's own opens a new section: "Don't Miss:" does not own the h2 after it.
  const labelRank = headingRank(label);
  let start: Element = label;
  // Trivial wrappers (<div><span>Related</span></div>) are the label too.
  while (start.parentElement && start.parentElement !== root && start.parentElement.childElementCount === 1 && sameText(start.parentElement, start)) {
    start = start.parentElement;
  }
  for (;;) {
    const run: Element[] = [start];
    for (let next = start.nextElementSibling; next; next = next.nextElementSibling) {
      if (SKIPPED_TAGS.has(tagOf(next))) {
        run.push(next);
        continue;
      }
      if (context.headline && next.contains(context.headline)) break;
      if (startsNewSection(next, kind) || (HEADING_TAGS.has(tagOf(next)) && headingRank(next) <= labelRank)) break;
      if (endsRun(next, kind, context.ownDomain)) break;
      if (!SECTION_KINDS.has(kind) && !isWidgetPart(next)) break;
      run.push(next);
    }
    const parent = start.parentElement;
    const spansParent =
      parent !== null &&
      parent !== root &&
      !['BODY', 'HTML', 'MAIN'].includes(tagOf(parent)) &&
      start === parent.firstElementChild &&
      run[run.length - 1] === parent.lastElementChild &&
      !(context.headline && parent.contains(context.headline)) &&
      !hasOwnText(parent);
    if (!spansParent) return run;
    start = parent;
  }
}

function sameText(outer: Element, inner: Element): boolean {
  return Math.abs(textLength(outer) - textLength(inner)) <= 2 && textOf(outer) === textOf(inner);
}

function hasOwnText(element: Element): boolean {
  for (const node of Array.from(element.childNodes)) if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
  return false;
}

/** Grows a one-line match to the element that holds only that line. */
function lineBlock(element: Element, root: Element): Element {
  let block = element;
  while (block.parentElement && block.parentElement !== root && !['BODY', 'MAIN', 'ARTICLE'].includes(tagOf(block.parentElement)) && sameText(block.parentElement, element)) {
    block = block.parentElement;
  }
  return block;
}

/** A promo line's whole widget: its heading, its form or button, as long as the box stays small. */
function widgetBlock(element: Element, context: ClutterContext): Element {
  let block = element;
  for (let parent = block.parentElement; parent; parent = parent.parentElement) {
    if (['BODY', 'MAIN', 'ARTICLE', 'HTML'].includes(tagOf(parent)) || parent.childElementCount > 5) break;
    if (textLength(parent) > 320 || proseCount(parent) > 1) break;
    if (context.headline && parent.contains(context.headline)) break;
    block = parent;
  }
  return block;
}

function isLabelCandidate(element: Element): boolean {
  const tag = tagOf(element);
  if (HEADING_TAGS.has(tag)) return true;
  // Sites label sections with styled divs and spans as often as with headings.
  return LABEL_TAGS.has(tag) && element.childElementCount <= 2;
}
const LABEL_TAGS = new Set(['DIV', 'SPAN', 'P', 'STRONG', 'B', 'LI', 'DT', 'LEGEND', 'SUMMARY', 'BUTTON', 'A', 'LABEL', 'FIGCAPTION']);

function reasonFor(kind: ClutterKind, elements: Element[], label: string | null, credited: string[]): string {
  const name = kindName(kind);
  if (STORY_LIST_KINDS.has(kind)) {
    if (credited.length) {
      const outlets = [...new Set(credited)];
      return `${name}: full texts of ${credited.length} ${credited.length === 1 ? 'story' : 'stories'} from other outlets (${outlets.join(', ')})`;
    }
    const links = elements.reduce((count, element) => count + element.getElementsByTagName('a').length, 0);
    const headlines = label ? `headed "${label}"` : 'a list of other headlines';
    return links ? `${name}: ${headlines}, ${links} links to other stories` : `${name}: ${headlines}`;
  }
  return label ? `${name}: headed "${label}"` : name;
}

/** The outlets credited on long stories inside a block: one entry per story text over 400 characters. */
function creditedStories(elements: Element[], ownDomain: string | null): string[] {
  const outlets: string[] = [];
  for (const element of elements) {
    const candidates = [element, ...Array.from(element.querySelectorAll('article,li,section,div'))];
    for (const card of candidates) {
      if (textLength(card) < 400) continue;
      // A card is the smallest box holding one story: skip boxes whose children already are cards.
      if (Array.from(card.children).some((child) => textLength(child) >= 400 && child.querySelector('a,h2,h3,h4'))) continue;
      const head = textOf(card).slice(0, 300);
      const mention = outletsNamedIn(head).find((m) => m.outlet.domain !== ownDomain);
      if (mention) outlets.push(mention.outlet.name);
    }
  }
  return outlets;
}

function summarize(elements: Element[]): string {
  const text = elements.map((element) => textOf(element)).filter(Boolean).join(' ');
  return text.length > MAX_REPORTED_TEXT ? `${text.slice(0, MAX_REPORTED_TEXT - 1)}…` : text;
}

/** Repeated text near images: the caption printed again as a paragraph, the headline printed twice. */
function findRepeats(root: Element, context: ClutterContext, taken: (element: Element) => boolean): FoundClutter[] {
  const found: FoundClutter[] = [];
  const headline = context.headline ? foldText(textOf(context.headline)) : null;
  const captions = new Set<string>();
  for (const caption of elementsByTag(root, CAPTION_TAGS)) {
    if (caption.tagName.toUpperCase() === 'IMG' && !caption.hasAttribute('alt')) continue;
    const text = foldForMatch(caption.getAttribute('alt') ?? textOf(caption));
    if (text.length >= 20) captions.add(text);
  }
  const seenCaption = new Set<string>();
  // Folding plain ASCII keeps a text's length: most blocks are told apart by their length alone.
  const lengths = new Set([...captions].map((text) => text.length));
  if (headline) lengths.add(headline.length);
  for (const element of elementsByTag(root, REPEAT_TAGS)) {
    if (element.childElementCount > 2) continue;
    const length = textLength(element);
    if (length < 20 || length > 420 || taken(element)) continue;
    const plain = textOf(element);
    if (!lengths.has(plain.length) && isAscii(plain)) continue;
    const text = foldText(plain);
    if (text.length < 20 || text.length > 400) continue;
    if (headline && text === headline && element !== context.headline && !element.contains(context.headline)) {
      const block = lineBlock(element, root);
      if (!taken(block)) found.push(make('duplicate-headline', [block], 'Repeated headline: the title printed again'));
      continue;
    }
    if (captions.has(text)) {
      if (tagOf(element) !== 'FIGCAPTION' && seenCaption.has(text)) {
        const block = lineBlock(element, root);
        found.push(make('duplicate-caption', [block], 'Repeated caption: the photo caption printed a second time'));
      }
      seenCaption.add(text);
    }
  }
  return found;
}

function make(kind: ClutterKind, elements: Element[], reason: string): FoundClutter {
  return { block: { kind, reason, text: summarize(elements) }, elements };
}

/**
 * A paragraph that is nothing but a link to another story ("Internal memo: Federal prison guards
 * falsified records…"), set between the story's paragraphs as a teaser.
 */
function findInlineTeasers(root: Element, taken: (element: Element) => boolean): FoundClutter[] {
  const found: FoundClutter[] = [];
  for (const paragraph of elementsByTag(root, P_TAGS)) {
    const links = paragraph.querySelectorAll('a[href]');
    if (links.length !== 1 || textLength(paragraph) > 220 || taken(paragraph)) continue;
    const text = textOf(paragraph);
    if (text.length < 25 || text.length > 200 || text.split(' ').length < 5) continue;
    if (textOf(links[0]!).length < text.length * 0.95) continue;
    let url: URL;
    try {
      url = new URL(links[0]!.getAttribute('href')!, 'https://example.invalid/');
    } catch {
      continue;
    }
    // A story's address has a slug or an id deep in its path; home pages and sections do not.
    if (!/[\w-]{12,}|\d{5,}/.test(url.pathname)) continue;
    found.push(make('related-stories', [paragraph], `Related stories: a link to another story set between the paragraphs ("${text.slice(0, 70)}${text.length > 70 ? '…' : ''}")`));
  }
  return found;
}

/** Menus: lists of three or more short links ("Home", "Sign In", "Subscribe"), wherever they stand. */
function findMenus(root: Element, taken: (element: Element) => boolean): FoundClutter[] {
  const found: FoundClutter[] = [];
  // Menus that say so to assistive technology.
  for (const menu of Array.from(root.querySelectorAll('[role="menu"], [role="menubar"], [role="navigation"]'))) {
    if (!taken(menu) && proseCount(menu) === 0) found.push(make('navigation', [menu], `Navigation: a menu (role "${menu.getAttribute('role')}")`));
  }
  for (const list of elementsByTag(root, LIST_TAGS)) {
    const items = Array.from(list.children);
    if (items.length < 3 || textLength(list) > 600 || taken(list) || found.some((menu) => menu.elements[0]!.contains(list))) continue;
    const short = items.filter((item) => {
      if (textLength(item) > 24) return false;
      const links = item.getElementsByTagName('a').length;
      return links >= 1 && links <= 2 && linkDensity(item) >= 0.8;
    });
    if (short.length < items.length * 0.8) continue;
    found.push(make('navigation', [list], `Navigation: a menu of ${items.length} links`));
  }
  return found;
}

/** Four digits in any script (a year), then dates and times written out, matched in a lower-cased line. */
const FOUR_DIGITS = /\p{Nd}{4}/u;
const DATE_SHAPES = /\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:de )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)[a-z]*)\b/;

/**
 * Whether a line holds a date. One case-insensitive Unicode pattern said the same but cost V8 5 ms to
 * compile in each page; these two cost 1.6 ms (it differs only on "ſ" and the Kelvin sign, which
 * Unicode case folding alone maps to ASCII letters).
 */
export function hasDate(line: string): boolean {
  return FOUR_DIGITS.test(line) || DATE_SHAPES.test(line.toLowerCase());
}
const BYLINE_START = new RegExp(`^(?:${phraseAlternation(BYLINE_WORDS)})[:\\s]+(\\S)`, 'iu');

/**
 * Lines that date or sign the story ("By Justine Coleman - 11/18/19 11:04 PM EST", "Updated at 1:23
 * p.m.", "PUBLISHED: 00:01, Tue, Nov 19, 2019"): the article's byline and date, not its text.
 */
function findStamps(root: Element, taken: (element: Element) => boolean): FoundClutter[] {
  const found: FoundClutter[] = [];
  for (const element of elementsByTag(root, STAMP_TAGS)) {
    if (element.childElementCount > 6) continue;
    const length = textLength(element);
    if (length < 6 || length > 120 || taken(element)) continue;
    const text = textOf(element);
    if (text.length > 100) continue;
    const start = BYLINE_START.exec(text);
    if (!start) continue;
    const words = text.split(' ').length;
    // Signed ("By Jane Doe", a capital or a caseless script after the word) or dated, and short.
    const signed = /\p{Lu}|\p{Lo}/u.test(start[1]!) && words <= 6;
    const dated = words <= 20 && hasDate(text);
    if (!signed && !dated) continue;
    const block = lineBlock(element, root);
    if (taken(block)) continue;
    found.push(make('byline', [block], `Byline and date: "${text}", shown as the article's byline and date rather than as story text`));
  }
  return found;
}

/** Lists of headline links with no label: three or more teasers, mostly links, outside navigation. */
function findTeaserLists(root: Element, taken: (element: Element) => boolean): FoundClutter[] {
  const found: FoundClutter[] = [];
  for (const list of elementsByTag(root, TEASER_LIST_TAGS)) {
    if (list.childElementCount < 3 || taken(list)) continue;
    const items = Array.from(list.children);
    const teasers = items.filter((item) => {
      if (textLength(item) >= 300) return false;
      const links = item.getElementsByTagName('a');
      if (links.length === 0 || links.length > 4) return false;
      return textOf(links[0]!).split(' ').length >= 5;
    });
    if (teasers.length < 3 || teasers.length < items.length * 0.8) continue;
    if (linkDensity(list) < 0.6 || inSiteChrome(list)) continue;
    found.push(make('related-stories', [list], `Related stories: a list of ${teasers.length} other headlines`));
  }
  return found;
}

/** Boxes a share bar never grows into: the page, its main part, the story. */
const PAGE_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);
/** What a share bar's box may hold besides its buttons: "Sharing is caring!", a count of shares. */
const MAX_SHARE_BAR_EXTRA_CHARS = 40;

/**
 * Rows of share buttons, told by where their links go (src/data/share-endpoints.ts) rather than by
 * how they look: an icon with no text shares as well as "Partilhar no Facebook". A bar is the
 * smallest box holding two or more such links, grown over wrappers that add little else.
 */
function findShareBars(root: Element, context: ClutterContext): FoundClutter[] {
  const networks = new Map<Element, string>();
  for (const link of elementsByTag(root, A_TAGS)) {
    const href = link.getAttribute('href');
    const network = href ? shareNetwork(href) : null;
    if (network) networks.set(link, network);
  }
  const found: FoundClutter[] = [];
  if (networks.size < 2) return found;
  const linksIn = (box: Element) => [...networks.keys()].filter((link) => box.contains(link));
  const inBar = new Set<Element>();
  for (const link of networks.keys()) {
    if (inBar.has(link)) continue;
    let box: Element | null = link.parentElement;
    while (box && linksIn(box).length < 2) {
      if (box === root || PAGE_TAGS.has(tagOf(box)) || textLength(box) > 200) box = null;
      else box = box.parentElement;
    }
    if (!box || box === root || PAGE_TAGS.has(tagOf(box)) || (context.headline && box.contains(context.headline))) continue;
    const buttonsText = textLength(box);
    for (let parent = box.parentElement; parent && parent !== root && !PAGE_TAGS.has(tagOf(parent)); parent = parent.parentElement) {
      if ((context.headline && parent.contains(context.headline)) || textLength(parent) - buttonsText > MAX_SHARE_BAR_EXTRA_CHARS || proseCount(parent) > 0) break;
      box = parent;
    }
    const links = linksIn(box);
    for (const inside of links) inBar.add(inside);
    const names = [...new Set(links.map((inside) => networks.get(inside)!))];
    found.push(make('share-bar', [box], `Share buttons: ${links.length} links that share this page (${names.join(', ')})`));
  }
  return found;
}

/** Whether a block carries paragraphs that could pass for the story (and so must leave before extraction). */
export function carriesProse(item: FoundClutter): boolean {
  return item.elements.some((element) => proseCount(element) > 0);
}

export function findClutter(doc: Document, context: ClutterContext): FoundClutter[] {
  const root = doc.body;
  if (!root) return [];
  const found: FoundClutter[] = [];
  // Every element of a claimed block, so that whether an element is taken is one look-up, not a walk
  // over its ancestors for each of the page's elements.
  const claimed = new Set<Element>();
  const taken = (element: Element) => claimed.has(element);
  let bodyProse = -1;
  let opening: Element | null | undefined;
  /** The story's first paragraph: the first paragraph of prose after the headline. */
  const storyOpening = () => {
    if (opening !== undefined) return opening;
    const order = documentOrder(root);
    const headlineAt = order.get(context.headline!) ?? -1;
    opening = elementsByTag(root, P_TAGS).find((p) => (order.get(p) ?? -1) > headlineAt && isProseParagraph(p)) ?? null;
    return opening;
  };
  /**
   * A block that holds the story's opening paragraph is the story, whatever its label says; without a
   * headline to go by, one that holds most of the page's prose is (unless it is credited copies).
   * A long comment thread after the story may hold more prose than the story and is still clutter.
   */
  const holdsStory = (item: FoundClutter) => {
    if (item.creditedOutlets?.length) return false;
    const prose = item.elements.reduce((sum, element) => sum + proseCount(element), 0);
    if (prose < 4) return false;
    if (context.headline) {
      const first = storyOpening();
      if (first) return item.elements.some((element) => element.contains(first));
    }
    if (bodyProse < 0) bodyProse = proseCount(root);
    return prose >= bodyProse * 0.5;
  };
  const claim = (item: FoundClutter | null) => {
    if (!item || item.elements.some((element) => taken(element))) return;
    if (context.headline && item.elements.some((element) => element.contains(context.headline))) return;
    if (holdsStory(item)) return;
    for (const element of item.elements) {
      claimed.add(element);
      const inside = element.querySelectorAll('*');
      for (let i = 0; i < inside.length; i++) claimed.add(inside[i]!);
    }
    found.push(item);
  };

  // First: a share bar may sit inside the headline's credit line, which is claimed whole next.
  for (const bar of findShareBars(root, context)) claim(bar);
  if (context.headlineCredit) {
    const { element, text, signal } = context.headlineCredit;
    claim(make('attribution', [element], `Source credit: the story is credited to ${signal.outlet?.name ?? 'another outlet'} ("${text}")`));
  }
  for (const line of context.creditLines) {
    const whom = line.outlet ? `credits ${line.outlet.name}` : line.link ? `links to ${line.link.hostname}` : 'names the source';
    claim(make('attribution', [lineBlock(line.element, root)], `Source credit: a line that ${whom} ("${line.text.slice(0, 80)}")`));
  }

  for (const element of allElements(root)) {
    const tag = tagOf(element);
    if (SKIPPED_TAGS.has(tag) || taken(element)) continue;
    // A region named for assistive technology ("Related video", "Advertisement") is labelled whole.
    const named = REGION_TAGS.has(tag) ? element.getAttribute('aria-label') : null;
    const namedKind = named ? labelKind(named) : null;
    if (namedKind) {
      const creditedOutlets = STORY_LIST_KINDS.has(namedKind) ? creditedStories([element], context.ownDomain) : [];
      claim({ block: { kind: namedKind, reason: reasonFor(namedKind, [element], named, creditedOutlets), text: summarize([element]) }, elements: [element], creditedOutlets });
      continue;
    }
    if (!isLabelCandidate(element) || textLength(element) > 420) continue;
    const text = textOf(element);
    if (!text || text.length > 400) continue;
    const folded = foldText(text);
    const kind = labelKind(folded, true);
    if (kind) {
      const elements = kind === 'photo-credit' ? [lineBlock(element, root)] : blockFromLabel(element, kind, context, root);
      const label = text.length <= 60 ? text : null;
      const creditedOutlets = STORY_LIST_KINDS.has(kind) ? creditedStories(elements, context.ownDomain) : [];
      claim({ block: { kind, reason: reasonFor(kind, elements, label, creditedOutlets), text: summarize(elements) }, elements, creditedOutlets });
      continue;
    }
    if (isImageCredit(element, text) || isCaptionCredit(element, folded)) {
      claim(make('photo-credit', [lineBlock(element, root)], `Photo credit: "${text}"`));
      continue;
    }
    const inline = element.childElementCount <= 3 ? inlineKind(folded) : null;
    // The site's own copyright in its footer is chrome, not a credit of the story; a box of several
    // promos of different kinds is left for its parts to be named one by one.
    if (inline && !(inline === 'attribution' && inSiteChrome(element)) && !holdsMixedPromos(element)) {
      const block = widgetBlock(lineBlock(element, root), context);
      claim(make(inline, [block], `${kindName(inline)}: "${text.slice(0, 80)}${text.length > 80 ? '…' : ''}"`));
    }
  }
  for (const box of findAuthorBoxes(root, context)) claim(box);
  for (const repeat of findRepeats(root, context, taken)) claim(repeat);
  for (const list of findTeaserLists(root, taken)) claim(list);
  for (const menu of findMenus(root, taken)) claim(menu);
  for (const stamp of findStamps(root, taken)) claim(stamp);
  for (const teaser of findInlineTeasers(root, taken)) claim(teaser);
  const order = documentOrder(root);
  return found.sort((a, b) => order.get(a.elements[0]!)! - order.get(b.elements[0]!)!);
}
