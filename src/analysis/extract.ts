/** Runs Readability on a clone of the page and turns its result into the story's parts. */
import { Readability } from '@mozilla/readability';
import type { Article } from '../types';
import { foldForMatch, foldText, textOf } from './dom-utils';
import { paragraphsOf } from './text';

/** The article's metadata as Readability reads it, with the body still as DOM. */
export interface ExtractedStory {
  metadata: Omit<Article, 'wordCount' | 'readingMinutes' | 'html' | 'text'>;
  /** The story's body, an element of the clone (never of the live page). */
  content: Element;
  paragraphs: string[];
}

/** Readability's own default is 500 characters; short wire briefs are still stories. */
const MIN_STORY_CHARS = 250;
/** Below this much text, what Readability found is a page's leftovers, not a story. */
const MIN_STORY_TEXT = 200;

function pruneClutter(content: Element, clutter: ClutterPruning): void {
  // Readability copies attributes when it renames elements, so most clutter is still marked here.
  content.querySelectorAll(`[${clutter.mark}]`).forEach((element) => element.remove());
  if (clutter.texts.size === 0) return;
  let longest = 0;
  for (const text of clutter.texts) longest = Math.max(longest, text.length);
  // Whitespace folds away, but not four characters in five: a longer text cannot fold to a clutter line.
  const rawLimit = longest * 4 + 100;
  for (const element of Array.from(content.querySelectorAll('p, div, span, li, h2, h3, h4, h5, h6'))) {
    if (element.childElementCount > 3) continue;
    const raw = element.textContent ?? '';
    if (raw.length <= rawLimit && clutter.texts.has(foldForMatch(raw))) element.remove();
  }
}

/** The title is shown apart from the body; a heading that repeats it at the top is the same words twice. */
function removeRepeatedTitle(content: Element, title: string): void {
  const folded = foldForMatch(title);
  if (!folded) return;
  for (const heading of Array.from(content.querySelectorAll('h1, h2')).slice(0, 2)) {
    if (foldText(textOf(heading)) === folded) heading.remove();
  }
}

function cleanDir(dir: string | null | undefined): 'ltr' | 'rtl' | null {
  const value = dir?.trim().toLowerCase();
  return value === 'rtl' || value === 'ltr' ? value : null;
}

function cleanText(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * Readability mutates the document it is given, so callers pass a clone they own.
 * Returns null when the clone holds no story.
 */
export interface ClutterPruning {
  /** Attribute set on every element of a clutter block left in the clone. */
  mark: string;
  /** Those blocks' texts, folded: Readability re-wraps a div's text in a new, unmarked <p>. */
  texts: ReadonlySet<string>;
}

export function extractStory(clone: Document, clutter?: ClutterPruning, captionMark?: string): ExtractedStory | null {
  const lang = clone.documentElement?.getAttribute('lang') ?? null;
  let result: ReturnType<Readability<Element>['parse']>;
  try {
    result = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      charThreshold: MIN_STORY_CHARS,
      maxElemsToParse: 0,
      keepClasses: false,
    }).parse();
  } catch {
    return null;
  }
  if (!result?.content) return null;
  if (clutter) pruneClutter(result.content, clutter);
  const title = cleanText(result.title) ?? cleanText(clone.title) ?? '';
  removeRepeatedTitle(result.content, title);
  const paragraphs = paragraphsOf(result.content, captionMark);
  // Readability returns its best attempt even on pages without a story (a section front, a 404).
  if (paragraphs.join(' ').length < MIN_STORY_TEXT) return null;
  return {
    metadata: {
      title,
      byline: cleanText(result.byline),
      siteName: cleanText(result.siteName),
      published: isoDate(result.publishedTime),
      lang: cleanText(result.lang) ?? cleanText(lang),
      dir: cleanDir(result.dir),
      excerpt: cleanText(result.excerpt),
    },
    content: result.content,
    paragraphs,
  };
}
