/** The page's own headline element: the h1 that matches what the head says the story is called. */
import { foldForMatch, foldText, inSiteChrome, textOf } from './dom-utils';
import type { PageMetadata } from './metadata';

function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const wordsA = new Set(a.split(' '));
  const wordsB = b.split(' ');
  const shared = wordsB.filter((word) => wordsA.has(word)).length;
  return (2 * shared) / (wordsA.size + wordsB.length);
}

export function findHeadline(doc: Document, metadata: PageMetadata): Element | null {
  const titles = [metadata.ogTitle, metadata.structured[0]?.headline, doc.title]
    .filter((title): title is string => Boolean(title))
    .map(foldForMatch);
  let best: Element | null = null;
  let bestScore = 0;
  const candidates = Array.from(doc.querySelectorAll('h1'));
  // Some copies style the headline with an h2 and keep h1 for the logo.
  if (candidates.length === 0 || candidates.every((h1) => textOf(h1).length < 15)) candidates.push(...Array.from(doc.querySelectorAll('h2')).slice(0, 10));
  for (const candidate of candidates) {
    const text = foldText(textOf(candidate));
    if (text.length < 8) continue;
    let score = Math.max(0, ...titles.map((title) => (title.includes(text) ? 0.9 + text.length / 1e4 : similarity(text, title))));
    if (inSiteChrome(candidate)) score *= 0.5;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best && bestScore >= 0.5) return best;
  return candidates.find((candidate) => candidate.tagName.toUpperCase() === 'H1' && textOf(candidate).length >= 15 && !inSiteChrome(candidate)) ?? null;
}
