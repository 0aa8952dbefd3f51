/**
 * Which listed phrase a line starts with, as whole words: what `^(?:a|b|…)(?![\p{L}])` finds with
 * the phrases longest first, without that pattern. V8 compiles such a pattern again in every page it
 * is first run in, about 1 ms per hundred phrases and 5 ms for the clutter labels' 440, which the
 * passive check and the first analysis of each page paid; looking the line's first two characters up
 * costs nothing to build.
 */

/** What follows a phrase must not be a letter ("related" is not the start of "relatedness"). */
const LETTER = /\p{L}/u;

export type LeadingPhraseMatcher = (text: string) => string | null;

/** A matcher for `phrases` (case-sensitive: give folded phrases and folded lines). */
export function leadingPhraseMatcher(phrases: Iterable<string>): LeadingPhraseMatcher {
  // Longest first within each bucket, as the pattern's alternation tries them; a longer phrase that
  // runs into a letter gives way to a shorter one, as the pattern backtracks.
  const byStart = new Map<string, string[]>();
  for (const phrase of new Set(phrases)) {
    if (!phrase) continue;
    const key = phrase.slice(0, 2);
    const bucket = byStart.get(key);
    if (bucket) bucket.push(phrase);
    else byStart.set(key, [phrase]);
  }
  for (const bucket of byStart.values()) bucket.sort((a, b) => b.length - a.length);
  const wholeWordAt = (text: string, phrase: string): boolean => {
    if (!text.startsWith(phrase)) return false;
    const next = text.codePointAt(phrase.length);
    return next === undefined || !LETTER.test(String.fromCodePoint(next));
  };
  const firstIn = (text: string, bucket: string[] | undefined): string | null => {
    if (bucket) for (const phrase of bucket) if (wholeWordAt(text, phrase)) return phrase;
    return null;
  };
  return (text) => firstIn(text, byStart.get(text.slice(0, 2))) ?? firstIn(text, byStart.get(text.slice(0, 1)));
}
