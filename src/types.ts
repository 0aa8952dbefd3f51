/** The result of analysing one page: the spine every part of Firsthand shares. */

export type ClutterKind =
  | 'top-stories'
  | 'related-stories'
  | 'promo'
  | 'app-download'
  | 'ai-promo'
  | 'comments'
  | 'newsletter'
  | 'share-bar'
  | 'follow-topic'
  | 'see-more'
  | 'photo-credit'
  | 'duplicate-caption'
  | 'duplicate-headline'
  | 'attribution'
  | 'advertisement'
  | 'author-bio'
  | 'video'
  | 'byline'
  | 'navigation';

/** One block of the page that is not the story: what it is, why we think so, and what it says. */
export interface ClutterBlock {
  kind: ClutterKind;
  /** Plain words a reader understands: "Related stories: full texts of 3 stories from other outlets". */
  reason: string;
  /** The text the block holds (trimmed, whitespace folded, capped for very long blocks). */
  text: string;
  /** Stable index into the live document's elements, so the UI can scroll to or outline the block. */
  path?: number[];
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page states it, else null. */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Sanitized HTML of the story body. */
  html: string;
  /** Plain text of the story: paragraphs separated by a blank line. */
  text: string;
}

export type LinkKind = 'exact' | 'site-search' | 'web-search';

export interface SourceCredit {
  name: string;
  domain: string | null;
  url: string | null;
  /** Why we name this outlet, in words. */
  evidence: string[];
  confidence: number;
}

export interface WireCredit {
  name: string;
  domain: string | null;
  evidence: string[];
}

export interface SourceLink {
  kind: LinkKind;
  url: string;
  domain: string;
  label: string;
}

export interface Analysis {
  url: string;
  isAggregator: boolean;
  /** 0..1 */
  confidence: number;
  evidence: string[];
  article: Article | null;
  clutter: ClutterBlock[];
  /** The outlet that first published the story. */
  source: SourceCredit | null;
  /** Other outlets credited, ranked after `source`. */
  otherSources: SourceCredit[];
  /** Wire or syndication credit (NYTIMES, Reuters, AFP ...). */
  wire: WireCredit | null;
  /** The story's address at the source, only when the page holds it. */
  originalUrl: string | null;
  /** Links to the original: the exact address when known, else honest search fallbacks. */
  links: SourceLink[];
  /** What could not be done, in plain words. */
  problems: string[];
}

/**
 * The cheap verdict the content script computes on every page without cloning or Readability. On a
 * page that is not a copy the check may stop before reading evidence that could not make it one, so
 * its evidence and confidence there can be short of the full analysis'.
 */
export interface PassiveVerdict {
  isAggregator: boolean;
  confidence: number;
  evidence: string[];
  /** The outlet credited near the headline, when one is. */
  creditedOutlet: string | null;
}
