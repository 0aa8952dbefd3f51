/**
 * Evidence of who first published a page's story: each signal names an outlet (or only says the
 * page is a copy), carries a weight, and says in plain words what was seen.
 */
import { AGGREGATORS } from '../data/aggregators';
import { MULTI_LABEL_SUFFIXES } from '../data/public-suffixes';
import { NEVER_SOURCE_DOMAINS } from '../data/never-sources';
import { CREDIT_PHRASES, type CreditPhraseRole } from '../data/credit-phrases';
import { outletForHost, outletForName, outletsNamedIn, type Outlet } from '../data/outlet-index';
import { ageIn, elementsByTag, foldForMatch, textLength, textLengthUpTo, textOf } from './dom-utils';
import type { PageMetadata } from './metadata';
import { leadingPhraseMatcher } from './leading-phrase';
import { foldWhitespace } from './text';

export interface NamedOutlet {
  name: string;
  domain: string | null;
  registry: Outlet | null;
}

export type SignalKind =
  | 'known-aggregator'
  | 'headline-credit'
  | 'canonical-elsewhere'
  | 'structured-credit'
  | 'credit-line'
  | 'provider-mark'
  | 'credited-full-texts'
  | 'address'
  | 'wire-on-aggregator';

export interface CopySignal {
  kind: SignalKind;
  weight: number;
  evidence: string;
  outlet?: NamedOutlet;
  /** An address of the story at its source, when this signal holds one. */
  url?: string;
}

/** How much each kind of evidence alone moves the verdict (combined as independent evidence). */
export const SIGNAL_WEIGHTS: Record<SignalKind, number> = {
  'wire-on-aggregator': 0.3,
  'known-aggregator': 0.35,
  'headline-credit': 0.45,
  'canonical-elsewhere': 0.5,
  'structured-credit': 0.45,
  'credit-line': 0.5,
  'provider-mark': 0.45,
  'credited-full-texts': 0.25,
  address: 0.5,
};

const SUFFIXES = new Set(MULTI_LABEL_SUFFIXES);
const NEVER_SOURCES = new Set(NEVER_SOURCE_DOMAINS);

/** The registrable domain of a host: "www.bbc.co.uk" -> "bbc.co.uk", "news.yahoo.com" -> "yahoo.com". */
export function siteDomain(host: string): string {
  let name = host.toLowerCase();
  if (name.endsWith('.')) name = name.slice(0, -1);
  // The last four dots mark the last labels; read from the string, as pages hold links to many hosts.
  const dot1 = name.lastIndexOf('.');
  const dot2 = dot1 > 0 ? name.lastIndexOf('.', dot1 - 1) : -1;
  const dot3 = dot2 > 0 ? name.lastIndexOf('.', dot2 - 1) : -1;
  const dot4 = dot3 > 0 ? name.lastIndexOf('.', dot3 - 1) : -1;
  if (dot3 >= 0 && SUFFIXES.has(name.slice(dot3 + 1))) return name.slice(dot4 + 1);
  if (dot2 >= 0 && SUFFIXES.has(name.slice(dot2 + 1))) return name.slice(dot3 + 1);
  return name.slice(dot2 + 1);
}

/** The page's address, or null when it is not one. */
export function parsePageUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function aggregatorFor(host: string): (typeof AGGREGATORS)[number] | null {
  return AGGREGATORS.find((a) => host === a.domain || host.endsWith(`.${a.domain}`)) ?? null;
}

function namedOutletForHost(host: string): NamedOutlet {
  const registry = outletForHost(host);
  return registry ? { name: registry.name, domain: registry.domain, registry } : { name: siteDomain(host), domain: siteDomain(host), registry: null };
}

function namedOutletForName(name: string): NamedOutlet {
  const registry = outletForName(name) ?? outletsNamedIn(name)[0]?.outlet ?? null;
  return registry ? { name: registry.name, domain: registry.domain, registry } : { name: name.trim(), domain: null, registry: null };
}

function sameOutlet(a: NamedOutlet | null, b: NamedOutlet | null): boolean {
  if (!a || !b) return false;
  if (a.domain && b.domain) return a.domain === b.domain;
  return foldForMatch(a.name).replace(/^the /, '') === foldForMatch(b.name).replace(/^the /, '');
}

/** The page's own outlet: the registry's entry for its host, else its declared site name. */
export function ownOutlet(host: string, metadata: PageMetadata): NamedOutlet {
  const registry = outletForHost(host);
  if (registry) return { name: registry.name, domain: registry.domain, registry };
  const aggregator = aggregatorFor(host);
  const domain = aggregator?.domain ?? siteDomain(host);
  const declared = aggregator?.name ?? metadata.siteName ?? metadata.structured[0]?.publisher ?? domain;
  return { name: declared, domain, registry: null };
}

const CREDIT_ROLES = new Map(CREDIT_PHRASES.map(({ phrase, role }) => [foldForMatch(phrase), role] as const));
/** The credit phrase a line starts with, the longest first. */
const creditPhrase = leadingPhraseMatcher(CREDIT_ROLES.keys());

/** The first two folded characters of every phrase: most lines are told apart by these alone. */
const CREDIT_STARTS = new Set([...CREDIT_ROLES.keys()].map((phrase) => phrase.slice(0, 2)));

/** Whether a line starting so may be a credit line: folding a few characters rules most out (eight leave room for NFKC). */
function mayStartCredit(start: string): boolean {
  return CREDIT_STARTS.has(foldedStart(start));
}

/** foldForMatch(start).slice(0, 2), told from the first two characters alone when they are plain ASCII (most lines). */
function foldedStart(start: string): string {
  const first = start.charCodeAt(0);
  const second = start.length > 1 ? start.charCodeAt(1) : 0;
  // A third character outside ASCII could be a combining mark that NFKC joins to the second.
  const third = start.length > 2 ? start.charCodeAt(2) : 0;
  if (first > 0x20 && first < 0x7f && second < 0x7f && third < 0x7f) {
    const head = start[0]!.toLowerCase();
    if (start.length === 1) return head;
    return head + (ASCII_SPACE.test(start[1]!) ? ' ' : start[1]!.toLowerCase());
  }
  return foldForMatch(start.slice(0, 8)).slice(0, 2);
}
const ASCII_SPACE = /\s/;

function creditRole(text: string): { role: CreditPhraseRole; rest: string } | null {
  if (!mayStartCredit(text)) return null;
  const folded = foldForMatch(text);
  const phrase = creditPhrase(folded);
  if (!phrase) return null;
  return { role: CREDIT_ROLES.get(phrase)!, rest: text.replace(/[\s\u00a0]+/g, ' ').trim().slice(phrase.length).replace(/^[\s:：\-–—]+/, '') };
}

function isArticleAddress(url: URL): boolean {
  return url.pathname.replace(/\/+$/, '').split('/').filter(Boolean).length >= 1 && url.pathname.length > 8;
}

interface CreditContext {
  pageHost: string;
  own: NamedOutlet;
}

function otherOutletIn(text: string, own: NamedOutlet): NamedOutlet | null {
  for (const mention of outletsNamedIn(text)) {
    const outlet: NamedOutlet = { name: mention.outlet.name, domain: mention.outlet.domain, registry: mention.outlet };
    if (!sameOutlet(outlet, own)) return outlet;
  }
  return null;
}

function externalLink(element: Element, context: CreditContext): URL | null {
  const anchors = element.tagName.toUpperCase() === 'A' ? [element] : Array.from(element.querySelectorAll('a[href]'));
  for (const anchor of anchors) {
    const href = anchor.getAttribute('href');
    if (!href) continue;
    try {
      const url = new URL(href, `https://${context.pageHost}/`);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && siteDomain(url.hostname) !== siteDomain(context.pageHost)) return url;
    } catch {
      // not an address
    }
  }
  return null;
}

export interface CreditLine {
  /** The smallest element holding the whole line. */
  element: Element;
  text: string;
  role: CreditPhraseRole;
  /** The outlet the line names or links to, when it is not the page's own. */
  outlet: NamedOutlet | null;
  link: URL | null;
}

/**
 * Credit lines in the page's text ("Source: The Business Times", "Read the full story on WKRN",
 * "© Provided by The Hill", "Source link"), with their links. Only short elements are read.
 */
const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'SMALL', 'CITE']);

function isInlineMention(element: Element, text: string): boolean {
  let box: Element = element;
  while (INLINE_TAGS.has(box.tagName.toUpperCase()) && box.parentElement) box = box.parentElement;
  return box !== element && textOf(box).length > text.length + 20;
}

const CREDIT_LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'A', 'LI', 'FOOTER', 'SMALL', 'EM', 'STRONG', 'FIGCAPTION', 'CITE', 'SECTION']);

export function findCreditLines(root: Element, context: CreditContext): CreditLine[] {
  const lines: CreditLine[] = [];
  for (const element of elementsByTag(root, CREDIT_LINE_TAGS)) {
    const length = textLength(element);
    if (length < 4 || length > 180 || element.childElementCount > 6) continue;
    // The whole text, not only its start: the clutter pass reads the same lines' texts next, from the scope.
    const text = textOf(element);
    if (text.length > 160 || !mayStartCredit(text)) continue;
    const credit = creditRole(text);
    if (!credit) continue;
    if (lines.some((line) => line.element.contains(element))) continue;
    // "… spreading to the West via ships": a link inside a sentence, not a line of its own.
    if (isInlineMention(element, text)) continue;
    const link = externalLink(element, context);
    const named = otherOutletIn(credit.rest, context.own) ?? exactOutletName(credit.rest, context.own);
    const outlet = named ?? (link ? namedOutletForHost(link.hostname) : null);
    lines.push({ element, text, role: credit.role, outlet: outlet && !sameOutlet(outlet, context.own) ? outlet : null, link });
  }
  return lines;
}

/**
 * The passive check's cheap pass over credit lines: only the short boxes around links that leave the
 * site ("Source link", "Read the full story on WKRN", "Fonte: <a>"), never a walk over every element.
 */
export function linkedCreditLines(doc: Document, context: CreditContext): CreditLine[] {
  const lines: CreditLine[] = [];
  const pageSite = siteDomain(context.pageHost);
  // The browser's selector matching leaves out the site's own links, most of a page's, before any is read here.
  const anchors = doc.querySelectorAll(`a[href^="http"]${OWN_LINK_FORMS.map((form) => `:not([href^="${form}${context.pageHost}/"])`).join('')}`);
  // Most links stay on the site, and the rest go to a few hosts: tell from the string, once per host.
  // Links to social networks and shops are not read: a credit line never points there.
  const leaves = new Map<string, boolean>();
  // Links in one list or paragraph share their boxes: each box's text is read once.
  const boxes = new Map<Element, { credit: ReturnType<typeof creditRole> } | null>();
  const lineAt = (element: Element) => {
    let line = boxes.get(element);
    if (line === undefined) {
      const raw = element.childElementCount <= 6 ? (element.textContent ?? '') : null;
      const text = raw !== null && raw.length <= 400 ? foldWhitespace(raw) : null;
      line = text !== null && text.length <= 160 ? { credit: creditRole(text) } : null;
      boxes.set(element, line);
    }
    return line;
  };
  for (let i = 0; i < anchors.length && i < MAX_LINKS_READ; i++) {
    const anchor = anchors[i]!;
    const href = anchor.getAttribute('href')!;
    const host = /^https?:\/\/([^/?#:]+)/i.exec(href)?.[1]?.toLowerCase();
    if (!host) continue;
    let external = leaves.get(host);
    if (external === undefined) {
      const site = siteDomain(host);
      external = host !== context.pageHost && !host.endsWith(`.${pageSite}`) && site !== pageSite && !NEVER_SOURCES.has(site);
      leaves.set(host, external);
    }
    if (!external) continue;
    // The credit's words may sit in the link ("Read the full story on …") or around it ("Fonte: <a>").
    let credit: ReturnType<typeof creditRole> = null;
    let box: Element = anchor;
    for (let level: Element | null = anchor; level; level = level.parentElement) {
      const line = lineAt(level);
      // A box that does not itself start with the credit found inside it is a sentence around it.
      if (!line || (credit && !line.credit)) break;
      credit ??= line.credit;
      box = level;
    }
    if (!credit || lines.some((line) => line.element === box)) continue;
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      continue;
    }
    const text = textOf(box);
    // "… spreading to the West via ships": a link inside a sentence, as findCreditLines tells it.
    if (isInlineMention(box, text)) continue;
    const named = otherOutletIn(credit.rest, context.own) ?? exactOutletName(credit.rest, context.own);
    const outlet = named ?? namedOutletForHost(url.hostname);
    lines.push({ element: box, text, role: credit.role, outlet: sameOutlet(outlet, context.own) ? null : outlet, link: url });
  }
  return lines;
}

/** How a page's absolute links to its own host start (a host name holds no quote to escape). */
const OWN_LINK_FORMS = ['https://', 'http://'];

/** Pages link to many places; a credit line is among the first few hundred links or it is in a footer. */
const MAX_LINKS_READ = 600;

/**
 * Whether the story goes on after a credit line: two of the `following` paragraphs (those after the
 * line in document order) sit outside the line and are not `elsewhere` (clutter, another story). Such
 * a line sources a quote or a chart; the copy's own credit closes the story.
 */
export function twoParagraphsAfter(line: CreditLine, following: Iterable<Element>, elsewhere: (paragraph: Element) => boolean): boolean {
  let after = 0;
  for (const paragraph of following) {
    if (line.element.contains(paragraph) || elsewhere(paragraph)) continue;
    if (++after >= 2) return true;
  }
  return false;
}

/**
 * `midStory` tells a credit that closes the story (the copy's credit) from one that sources a quote or
 * a chart with the story going on after it; the latter counts as weak evidence.
 */
export function creditLineSignals(lines: readonly CreditLine[], midStory: (line: CreditLine) => boolean = () => false): CopySignal[] {
  const signals: CopySignal[] = [];
  for (const line of lines) {
    const { text, role, outlet, link } = line;
    if (!outlet) continue;
    const linksToStory = link !== null && isArticleAddress(link);
    // Source labels name a wire as often as a source ("Source: Reuters" under a newspaper's own edit),
    // and "Source: Russian Defense Ministry" under a chart names no outlet at all: without a link to
    // the story such lines count only as weak evidence.
    let weight = SIGNAL_WEIGHTS['credit-line'];
    if (!outlet.registry && !linksToStory) weight *= 0.5;
    else if (role === 'source-label' && !linksToStory) weight *= 0.6;
    if (midStory(line)) weight *= 0.5;
    signals.push({
      kind: 'credit-line',
      weight,
      evidence: `a credit line reads "${text.length > 90 ? text.slice(0, 89) + '…' : text}"`,
      outlet,
      ...(link && isArticleAddress(link) && (!outlet.domain || siteDomain(link.hostname) === outlet.domain || !outlet.registry) ? { url: link.href } : {}),
    });
  }
  return signals;
}

/**
 * On a known aggregator, a story whose only credit is a wire's ("WASHINGTON (Reuters) -") is that
 * wire's story: publishers run wire copy as their own, portals run it as the wire's.
 */
export function wireOnAggregatorSignal(wire: { name: string; domain: string | null; evidence: string[] }, signals: readonly CopySignal[]): CopySignal | null {
  if (!signals.some((signal) => signal.kind === 'known-aggregator')) return null;
  const outlet = wire.domain ? namedOutletForHost(wire.domain) : namedOutletForName(wire.name);
  return { kind: 'wire-on-aggregator', weight: SIGNAL_WEIGHTS['wire-on-aggregator'], evidence: `${wire.evidence[0] ?? 'a wire credit'}, on an aggregator's page`, outlet };
}

/** Longer than any outlet's name: an alt text this long describes a picture. */
export const MAX_OUTLET_NAME_CHARS = 60;
/** A logo's alt text that names its outlet: "The Hill logo", "Logo of Reuters", "Provided by AFP". */
const NAMED_LOGO = new RegExp(`^(.{2,${MAX_OUTLET_NAME_CHARS}}?)\\s+(?:logo|logotype|brand)$`, 'i');
const LOGO_OF = new RegExp(`^(?:logo(?: of)?|provided by)[:\\s]+(.{2,${MAX_OUTLET_NAME_CHARS}})$`, 'i');

/** A partner logo whose alt text names the outlet ("The Hill logo"), as portals mark their providers. */
export function providerMarkSignals(root: Element, context: CreditContext): CopySignal[] {
  const signals: CopySignal[] = [];
  // One native query: the passive check has no text scope whose walk could serve it.
  const images = root.querySelectorAll('img[alt]');
  for (let i = 0; i < images.length && i < 400; i++) {
    const image = images[i]!;
    const alt = (image.getAttribute('alt') ?? '').trim();
    const named = NAMED_LOGO.exec(alt)?.[1] ?? LOGO_OF.exec(alt)?.[1] ?? (alt.length <= MAX_OUTLET_NAME_CHARS && outletForName(alt) ? alt : undefined);
    if (!named) continue;
    const outlet = namedOutletForName(named);
    if (!outlet.registry || sameOutlet(outlet, context.own)) continue;
    // A logo among a list of teasers marks those teasers, not the story.
    if (image.closest('li, aside, nav, footer')) continue;
    signals.push({ kind: 'provider-mark', weight: SIGNAL_WEIGHTS['provider-mark'], evidence: `a provider logo reads "${alt}"`, outlet });
    break;
  }
  return signals;
}

/** What the head and structured data say: canonical elsewhere, isBasedOn, a credited organisation. */
export function metadataSignals(metadata: PageMetadata, context: CreditContext): CopySignal[] {
  const signals: CopySignal[] = [];
  const pageSite = siteDomain(context.pageHost);
  for (const [label, url] of [
    ['canonical address', metadata.canonical],
    ['og:url', metadata.ogUrl],
    ['original-source link', metadata.otherUrls[0] ?? null],
  ] as const) {
    const host = hostOf(url);
    if (!host || siteDomain(host) === pageSite || aggregatorFor(host) || sameBrand(siteDomain(host), pageSite)) continue;
    const outlet = namedOutletForHost(host);
    signals.push({ kind: 'canonical-elsewhere', weight: SIGNAL_WEIGHTS['canonical-elsewhere'], evidence: `the page's ${label} is on ${siteDomain(host)}`, outlet, url: url! });
  }
  for (const article of metadata.structured) {
    const basedOnHost = hostOf(article.basedOnUrl);
    if (basedOnHost && siteDomain(basedOnHost) !== pageSite) {
      signals.push({ kind: 'structured-credit', weight: SIGNAL_WEIGHTS['structured-credit'], evidence: `structured data says the story is based on ${article.basedOnUrl}`, outlet: namedOutletForHost(basedOnHost), url: article.basedOnUrl! });
    }
    for (const name of article.creditedOrganizations) {
      const outlet = namedOutletForName(name);
      if (!outlet.registry || sameOutlet(outlet, context.own)) continue;
      if (article.publisher && sameOutlet(outlet, namedOutletForName(article.publisher))) continue;
      signals.push({ kind: 'structured-credit', weight: SIGNAL_WEIGHTS['structured-credit'], evidence: `structured data credits ${name}${article.publisher ? ` while naming ${article.publisher} as publisher` : ''}`, outlet });
    }
  }
  return signals;
}

/** One outlet's editions on other country domains (businessinsider.com and businessinsider.de). */
function sameBrand(a: string, b: string): boolean {
  return a.split('.')[0] === b.split('.')[0];
}

/** The original's address inside the page's own (web archives: /web/<timestamp>/<original>). */
export function addressSignals(pageUrl: URL): CopySignal[] {
  const embedded = /^\/web\/\d{4,}[a-z_]*\/(https?:\/\/.+)$/i.exec(pageUrl.pathname + pageUrl.search)?.[1] ?? /^\/(?:\w+\/)?(https?:\/\/.+)$/i.exec(pageUrl.pathname)?.[1];
  const host = hostOf(embedded);
  if (!embedded || !host) return [];
  return [{ kind: 'address', weight: SIGNAL_WEIGHTS.address, evidence: `the page's address holds the original's (${siteDomain(host)})`, outlet: namedOutletForHost(host), url: embedded }];
}

function nextInDocument(node: Element, root: Element): Element | null {
  if (node.firstElementChild) return node.firstElementChild;
  for (let current: Element | null = node; current && current !== root; current = current.parentElement) {
    if (current.nextElementSibling) return current.nextElementSibling;
  }
  return null;
}

export interface HeadlineCredit {
  /** The smallest element holding the whole credit line. */
  element: Element;
  text: string;
  signal: CopySignal;
}

const MAX_ELEMENTS_AFTER_HEADLINE = 40;
/** Words that introduce a credit beside the headline: "Source:", "From", "© Provided by". */
const CREDIT_LABEL = /^(?:©\s*(?:provided by\b)?|\(c\)\s*provided by\b|(?:source|from|via|by|provided by)\b)/i;
const MAX_CREDIT_CHARS = 100;

/**
 * The credit next to the headline ("Straits Times19 hours ago", "Source: Reuters", "The Hill · 2h"):
 * a short line among the elements that follow the headline, before the story's first paragraph.
 */
export function headlineCredit(headline: Element | null, context: CreditContext): HeadlineCredit | null {
  if (!headline) return null;
  const root = headline.ownerDocument.body ?? headline.ownerDocument.documentElement;
  let inspected = 0;
  const named = new Map<string, ReturnType<typeof lineCredit>>();
  for (let node = nextInDocument(headline, root); node && inspected < MAX_ELEMENTS_AFTER_HEADLINE; node = nextInDocument(node, root)) {
    inspected++;
    if (node.childElementCount > 3 || textLengthUpTo(node, 400) > 400) continue;
    const text = textOf(node);
    if (!text) continue;
    if (text.length >= 150 && node.childElementCount === 0) break; // the story has begun
    if (text.length > MAX_CREDIT_CHARS) continue;
    // Wrappers repeat their child's text: each text is looked up once.
    let credit = named.get(text);
    if (credit === undefined) named.set(text, (credit = lineCredit(text, context.own)));
    if (!credit) continue;
    const { outlet: exact, age } = credit;
    let element = node;
    while (element.parentElement && element.parentElement !== root && textLengthUpTo(element.parentElement, 2 * text.length + 40) <= 2 * text.length + 40 && textOf(element.parentElement) === text) element = element.parentElement;
    const link = externalLink(element, context);
    return {
      element,
      text,
      signal: {
        kind: 'headline-credit',
        weight: SIGNAL_WEIGHTS['headline-credit'],
        evidence: `the headline is credited to ${exact.name}${age ? `, ${age}` : ''}`,
        outlet: exact,
        ...(link && exact.domain && siteDomain(link.hostname) === exact.domain && isArticleAddress(link) ? { url: link.href } : {}),
      },
    };
  }
  return null;
}

/**
 * The outlet a short line after the headline credits, and how old it says the story is: another
 * outlet named in a dated or labelled line ("Source: Reuters", "Straits Times19 hours ago"), or the
 * line is only an outlet's name ("The Hill"). Other lines are not searched for names, so the headline
 * of a page with no such line after it needs no text index of the registry (outletsNamedIn).
 */
function lineCredit(text: string, own: NamedOutlet): { outlet: NamedOutlet; age: string | null } | null {
  const wholeName = exactOutletName(text, own);
  const age = ageIn(text);
  if (!wholeName && age === null && !DATED_LINE.test(text) && !CREDIT_LABEL.test(text)) return null;
  const outlet = otherOutletIn(text, own) ?? wholeName;
  return outlet ? { outlet, age } : null;
}
/** A year or a time of day: "2019", "14:05". */
const DATED_LINE = /\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b/;

/** A short text that is an outlet's name and nothing more ("The Hill"), common-word names included. */
function exactOutletName(text: string, own: NamedOutlet): NamedOutlet | null {
  const bare = text.replace(CREDIT_LABEL, '').replace(/^[:\s]+/, '').replace(/[\s·|•,-]+$/, '');
  const registry = outletForName(bare);
  if (!registry) return null;
  const outlet = { name: registry.name, domain: registry.domain, registry };
  return sameOutlet(outlet, own) ? null : outlet;
}

