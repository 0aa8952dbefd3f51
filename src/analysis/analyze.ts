/** analyze(document, { url }): the one function every part of Firsthand runs on a page. */
import type { Analysis, Article, WireCredit } from '../types';
import { canSanitizeIn, sanitizeElementHtml } from '../render/sanitize';
import { findCaptions } from './captions';
import { carriesProse, findClutter, type FoundClutter, isProseParagraph } from './clutter';
import { type CreditLine, creditLineSignals, findCreditLines, type HeadlineCredit, parsePageUrl, SIGNAL_WEIGHTS, twoParagraphsAfter, wireOnAggregatorSignal } from './credits';
import { judge } from './detect';
import { beginTextScope, elementsAfter, elementsByTag, endTextScope, foldText, pathOf, textLength, textOf } from './dom-utils';
import { extractStory } from './extract';
import { readPageSignals } from './passive';
import { copyForExtraction, type ExtractionPlan, findStoryRegion } from './story-region';
import { answerSources } from './sources';
import { bylineCredit, findWire, wireFromCopyright } from './wire';
import { measureReading } from './text';
import { cloneDocument, documentParts, emptyCopyOf, livePath, MAX_TREE_DEPTH, prepareClone, shadowsMembers } from './page-clone';

export interface AnalyzeOptions {
  /** The page's address (the live URL in the browser, the --url in the command line). */
  url: string;
  /** A window whose DOM DOMPurify can run in; defaults to the document's own or the global one. */
  purifyWindow?: Window;
}

const PROSE_BLOCK_TAGS = new Set(['P', 'DIV']);

/** Whether an element is, or sits in, one of the blocks found. */
function inBlocks(found: readonly FoundClutter[]): (element: Element) => boolean {
  const blocks = new Set(found.flatMap((item) => item.elements));
  return (element) => {
    for (let node: Element | null = element; node; node = node.parentElement) if (blocks.has(node)) return true;
    return false;
  };
}

/** Whether two or more paragraphs of prose, outside the clutter, follow a credit line. */
function storyGoesOnAfter(body: Element, found: readonly FoundClutter[]): (line: CreditLine) => boolean {
  const inFoundClutter = inBlocks(found);
  // Prose is paragraphs, or text blocks with no blocks inside (sites set statements in bare divs).
  let prose: Element[] | null = null;
  const paragraphs = () =>
    (prose ??= elementsByTag(body, PROSE_BLOCK_TAGS).filter((block) => textLength(block) >= 120 && (block.tagName.toUpperCase() === 'P' || !block.querySelector('p, div, ul, ol, table'))));
  // The lines are found in the body, with the paragraphs: the ones after a line are found by halving their list.
  return (line) => twoParagraphsAfter(line, elementsAfter(paragraphs(), line.element), inFoundClutter);
}

/** On an original, the credit beside the headline ("By Meg James, Los Angeles Times") names a syndicated story's paper. */
function creditAsWire(credit: HeadlineCredit | null): WireCredit | null {
  const outlet = credit?.signal.outlet;
  return outlet ? { name: outlet.name, domain: outlet.domain, evidence: [`the byline reads "${credit.text}"`] } : null;
}

/** Marks clutter in the copy Readability reads (never in the live page) so it can be found in its output. */
const CLUTTER_MARK = 'data-firsthand-clutter';
/** Marks captions in that copy: kept with their picture in the HTML, left out of the plain text. */
const CAPTION_MARK = 'data-firsthand-caption';

/**
 * Readability unwraps single-child wrappers, so every element of a block carries the mark in its copy;
 * the texts of its small elements are kept too, for the wrappers Readability builds anew. A block
 * outside the story's box is not copied (no mark needed), but its texts still prune the same lines inside.
 */
function blockTexts(element: Element, texts: Set<string>): void {
  const inside = element.querySelectorAll('*');
  for (let i = -1; i < inside.length; i++) {
    const node = i < 0 ? element : inside[i]!;
    if (node.childElementCount <= 3 && textLength(node) <= 320) {
      const text = foldText(textOf(node));
      if (text.length >= 3 && text.length <= 300) texts.add(text);
    }
  }
}

function emptyAnalysis(url: string, problems: string[]): Analysis {
  return {
    url,
    isAggregator: false,
    confidence: 0,
    evidence: [],
    article: null,
    clutter: [],
    source: null,
    otherSources: [],
    wire: null,
    originalUrl: null,
    links: [],
    problems,
  };
}

function findPurifyWindow(doc: Document, given?: Window): Window | null {
  if (given) return given;
  const candidates = [documentParts(doc).defaultView, (globalThis as { window?: unknown }).window];
  for (const candidate of candidates) if (canSanitizeIn(candidate)) return candidate;
  return null;
}

/**
 * Readability changes the document it reads: it gets a new document built from the page's parts.
 * Browsers copy the document's address with it; DOMs for Node may not, so relative links would stay relative.
 */
function documentForExtraction(page: Document, body: Element, plan: ExtractionPlan, url: string): Document {
  const copy = copyForExtraction(body, emptyCopyOf(page), plan);
  const base = copy.baseURI;
  if ((!base || base === 'about:blank') && copy.head) {
    const baseElement = copy.createElement('base');
    baseElement.setAttribute('href', url);
    copy.head.prepend(baseElement);
  }
  return copy;
}

const NO_ARTICLE = 'No article found on this page.';

/** Why a document of this type is not a page to read (a text file or an image open in a tab), or null. */
function notAWebPage(contentType: string): string | null {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml' || !type) return null;
  if (type.startsWith('image/')) return `This tab shows an image (${type}), not a web page.`;
  if (type.startsWith('text/')) return `This tab shows a text file (${type}), not a web page.`;
  return `This tab shows a ${type} document, not a web page.`;
}

export function analyze(document: Document, options: AnalyzeOptions): Analysis {
  const pageUrl = parsePageUrl(options.url);
  const url = pageUrl?.href ?? options.url;
  if (!pageUrl) return emptyAnalysis(url, [`The page address "${options.url}" is not a valid URL.`]);
  const parts = document ? documentParts(document) : null;
  const notPage = parts?.contentType ? notAWebPage(parts.contentType) : null;
  if (notPage) return emptyAnalysis(url, [NO_ARTICLE, notPage]);
  if (!parts?.root || !parts.body) return emptyAnalysis(url, [NO_ARTICLE, 'The page has no body: it may be a frameset, whose pages are in frames of their own.']);
  try {
    return analyzeDocument(document, pageUrl, options);
  } catch (error) {
    // The analysis never throws at its callers: a broken page is a problem to report, not a crash.
    const message = error instanceof Error ? error.message : String(error);
    return emptyAnalysis(url, [NO_ARTICLE, `The page could not be analysed: ${message}`]);
  }
}

/**
 * The page the analysis reads: the live document itself when nothing in it shadows a DOM member and
 * it nests no deeper than MAX_TREE_DEPTH (nearly every page), else a clone with such names taken out
 * and its nesting flattened. Either way it is only read; a text scope over its body is begun.
 */
function readablePage(document: Document): { page: Document; body: Element } | null {
  const parts = documentParts(document);
  let body = parts.body;
  // A frameset, or a page with no <head>, is read in a clone: linkedom's document.body getter would add what is missing.
  const complete = body?.localName === 'body' && Array.from(parts.root?.children ?? []).some((child) => child.localName === 'head');
  // Depth counts from <html>, the body's children at 2.
  if (body && complete && !shadowsMembers(document)) {
    if (beginTextScope(body) + 1 <= MAX_TREE_DEPTH) return { page: document, body };
    endTextScope();
  }
  const clone = cloneDocument(document);
  prepareClone(clone);
  body = documentParts(clone).body;
  if (!body) return null;
  beginTextScope(body);
  return { page: clone, body };
}

function analyzeDocument(document: Document, pageUrl: URL, options: AnalyzeOptions): Analysis {
  const result = emptyAnalysis(pageUrl.href, []);
  try {
    const readable = readablePage(document);
    if (!readable) {
      result.problems.push(NO_ARTICLE);
      return result;
    }
    return analyzePage(document, readable.page, readable.body, pageUrl, options, result);
  } finally {
    endTextScope();
  }
}

function analyzePage(document: Document, readDocument: Document, body: Element, pageUrl: URL, options: AnalyzeOptions, result: Analysis): Analysis {
  const page = readPageSignals(readDocument, pageUrl);
  const creditLines = findCreditLines(body, { pageHost: pageUrl.hostname, own: page.own });
  const found = findClutter(readDocument, { headline: page.headline, ownDomain: page.own.domain, headlineCredit: page.credit, creditLines });
  const signals = [...page.signals, ...creditLineSignals(creditLines, storyGoesOnAfter(body, found))];
  const creditedTexts = found.flatMap((item) => item.creditedOutlets ?? []);
  if (creditedTexts.length >= 2) {
    signals.push({
      kind: 'credited-full-texts',
      weight: SIGNAL_WEIGHTS['credited-full-texts'],
      evidence: `the page carries the full texts of ${creditedTexts.length} stories from other outlets (${[...new Set(creditedTexts)].join(', ')})`,
    });
  }
  result.clutter = found.map(({ block, elements }) => ({ ...block, path: livePath(pathOf(elements[0]!)) }));
  // Readability reads only the story's box (and the page's metadata): the rest of the page is not copied for it.
  const region = findStoryRegion(body, { headline: page.headline, isProse: isProseParagraph, inClutter: inBlocks(found) });
  // Blocks that carry paragraphs are left out of Readability's copy, so they cannot pass for the story;
  // the rest stay where Readability's scoring expects them and are pruned from its result.
  const leftTexts = new Set<string>();
  const leaving = new Set<Element>();
  const marked = new Set<Element>();
  for (const item of found) {
    for (const element of item.elements) {
      if (carriesProse(item)) leaving.add(element);
      else {
        blockTexts(element, leftTexts);
        if (!region || region.contains(element) || element.contains(region)) marked.add(element);
      }
    }
  }
  const captions = new Set(findCaptions(region ?? body));
  const plan = { region, leaving, marked, clutterMark: CLUTTER_MARK, captions, captionMark: CAPTION_MARK };
  const extraction = documentForExtraction(readDocument, body, plan, pageUrl.href);
  endTextScope();
  const story = extractStory(extraction, { mark: CLUTTER_MARK, texts: leftTexts }, CAPTION_MARK);
  const copyrightWire = found.map((item) => (item.block.kind === 'attribution' ? wireFromCopyright(item.block.text) : null)).find(Boolean) ?? null;
  result.wire = (story ? findWire(story.paragraphs) : null) ?? copyrightWire;
  const wireSignal = result.wire ? wireOnAggregatorSignal(result.wire, signals) : null;
  if (wireSignal) signals.push(wireSignal);

  const verdict = judge(signals);
  result.isAggregator = verdict.isAggregator;
  result.confidence = verdict.confidence;
  result.evidence = verdict.evidence;
  const headline = story?.metadata.title || (page.headline?.textContent ?? '').trim();
  Object.assign(result, answerSources(verdict, page.own, page.metadata, pageUrl, headline));
  // A byline naming another outlet credits a syndicated story on an original; on a copy it names the source.
  if (!result.wire && story && !verdict.isAggregator) result.wire = bylineCredit(story.metadata.byline, page.own) ?? creditAsWire(page.credit);
  if (!story) {
    result.problems.push(NO_ARTICLE);
    return result;
  }
  const text = story.paragraphs.join('\n\n');
  const purifyWindow = findPurifyWindow(document, options.purifyWindow);
  let html = '';
  if (purifyWindow) html = sanitizeElementHtml(story.content, purifyWindow);
  else result.problems.push('The story could not be sanitized here, so only its plain text is given.');
  const article: Article = { ...story.metadata, ...measureReading(text), html, text };
  result.article = article;
  return result;
}
