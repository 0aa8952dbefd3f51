/**
 * The check the content script runs on every page: reads the head, the structured data, the credit
 * lines around links that leave the site, provider logos and, beside other evidence, the lines around
 * the headline of the live DOM. No clone, no Readability, no walk over the whole body.
 */
import type { PassiveVerdict } from '../types';
import { addressSignals, type CreditLine, creditLineSignals, headlineCredit, linkedCreditLines, metadataSignals, ownOutlet, parsePageUrl, providerMarkSignals, twoParagraphsAfter, type CopySignal } from './credits';
import { aloneMakesCopy, judge, knownAggregatorSignal } from './detect';
import { elementsAfter, prototypeDescriptor, textLengthUpTo } from './dom-utils';
import { findHeadline } from './headline';
import { readMetadata } from './metadata';

export interface PageSignals {
  signals: CopySignal[];
  headline: Element | null;
  credit: ReturnType<typeof headlineCredit>;
  own: ReturnType<typeof ownOutlet>;
  metadata: ReturnType<typeof readMetadata>;
}

const found = (signal: CopySignal | null): signal is CopySignal => signal !== null;

/** What the page's address, head and structured data say: no text of the page is read. */
function readHead(doc: Document, pageUrl: URL) {
  const metadata = readMetadata(doc, pageUrl.href);
  const host = pageUrl.hostname.toLowerCase();
  const own = ownOutlet(host, metadata);
  const context = { pageHost: host, own };
  const signals = [knownAggregatorSignal(host), ...metadataSignals(metadata, context), ...addressSignals(pageUrl)];
  return { metadata, context, signals };
}

/** The signals the full analysis starts from; `doc` is only read. */
export function readPageSignals(doc: Document, pageUrl: URL): PageSignals {
  const { metadata, context, signals: head } = readHead(doc, pageUrl);
  const headline = findHeadline(doc, metadata);
  const credit = headlineCredit(headline, context);
  const signals = [...head, credit?.signal ?? null, ...(doc.body ? providerMarkSignals(doc.body, context) : [])].filter(found);
  return { signals, headline, credit, own: context.own, metadata };
}

const noVerdict = (): PassiveVerdict => ({ isAggregator: false, confidence: 0, evidence: [], creditedOutlet: null });

/** Long enough to be a paragraph of the story, as the analysis counts prose. */
const PARAGRAPH_CHARS = 120;

/**
 * The passive check's reading of "the story goes on after this credit line": two long paragraphs of
 * the same story follow it (related stories in an aside or an article of their own are not its story).
 * Only the paragraphs after the line are read, found by halving the page's list of them.
 */
function storyGoesOnAfter(doc: Document): (line: CreditLine) => boolean {
  let paragraphs: ArrayLike<Element> | null = null;
  return (line) => {
    // A line outside the body (linkedom keeps markup a source puts in <head> there) has no story after it.
    if (!doc.body?.contains(line.element)) return false;
    paragraphs ??= doc.body.querySelectorAll('p');
    const story = line.element.closest(STORY_BOX);
    const notTheStory = (paragraph: Element) =>
      textLengthUpTo(paragraph, PARAGRAPH_CHARS) < PARAGRAPH_CHARS || paragraph.closest('aside') !== null || (story !== null && paragraph.closest(STORY_BOX) !== story);
    return twoParagraphsAfter(line, elementsAfter(paragraphs, line.element), notTheStory);
  };
}
const STORY_BOX = 'article, main, [role="main"]';

/**
 * The members the check's walks move along on the live page. A form's controls named after them
 * shadow them (`<input name="parentElement">` makes form.parentElement that input), which would send
 * a walk round in a circle; the analysis reads a clone with such names taken out (page-clone.ts).
 * (Other shadowed members give values of the wrong type, and the check throws, which is caught.)
 */
const WALKED_MEMBERS = ['parentElement', 'parentNode', 'firstChild', 'firstElementChild', 'nextSibling', 'nextElementSibling'];

/** The getters of WALKED_MEMBERS on a prototype chain, found once per prototype (all forms share one). */
const walkedGetters = new WeakMap<object, Array<[string, () => unknown]>>();

function gettersOf(proto: object): Array<[string, () => unknown]> {
  let getters = walkedGetters.get(proto);
  if (getters) return getters;
  getters = [];
  for (const member of WALKED_MEMBERS) {
    // A member a DOM keeps on the instance (linkedom's parentNode) has no getter here, and no name reaches it.
    const get = prototypeDescriptor(proto, member)?.get;
    if (get) getters.push([member, get]);
  }
  walkedGetters.set(proto, getters);
  return getters;
}

/** Whether a form's controls shadow a member the walks move along: the member read on the form is not what its getter gives. */
function shadowsWalkedMembers(form: Element): boolean {
  const proto = Object.getPrototypeOf(form) as object | null;
  return proto !== null && gettersOf(proto).some(([member, get]) => get.call(form) !== (form as unknown as Record<string, unknown>)[member]);
}

export function passiveCheck(doc: Document, url: string): PassiveVerdict {
  const pageUrl = parsePageUrl(url);
  if (!pageUrl) return noVerdict();
  let verdict: ReturnType<typeof judge>;
  try {
    // Such a page is hostile or broken: no verdict, rather than a walk that never ends.
    if (Array.from(doc.querySelectorAll('form')).some(shadowsWalkedMembers)) return noVerdict();
    const { metadata, context, signals: head } = readHead(doc, pageUrl);
    const marks = doc.body ? providerMarkSignals(doc.body, context) : [];
    const lineSignals = creditLineSignals(linkedCreditLines(doc, context), storyGoesOnAfter(doc));
    // The credit beside the headline cannot make a page a copy by itself: on a page where nothing else
    // was found (most pages) the headline and the lines after it are not read at all.
    const others = head.some(found) || marks.length > 0 || lineSignals.length > 0;
    const credit = others || aloneMakesCopy('headline-credit') ? headlineCredit(findHeadline(doc, metadata), context) : null;
    verdict = judge([...head, credit?.signal ?? null, ...marks, ...lineSignals].filter(found));
  } catch {
    // It reads the live page, whose names can shadow DOM members (<img name="querySelector">): a page
    // that breaks the check gets no verdict rather than an error in the content script.
    return noVerdict();
  }
  return {
    isAggregator: verdict.isAggregator,
    confidence: verdict.confidence,
    evidence: verdict.evidence,
    creditedOutlet: verdict.sources[0]?.name ?? null,
  };
}
