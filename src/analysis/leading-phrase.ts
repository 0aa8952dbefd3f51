/**
 * Which listed phrase a line starts with, as whole words: what `^(?:a|b|…)(?![\p{L}])` finds with
 * the phrases longest first, without that pattern. V8 compiles such a pattern again in every page it
 * is first run in, about 1 ms per hundred phrases and 5 ms for the clutter labels' 433, which the
 * passive check and the first analysis of each page paid; looking the line's first two characters up
 * costs nothing to build.
 */

/** What follows a phrase must not be a letter ("related" is not the start of "relatedness"). */
const LETTER = /\p{L}/u;

export type LeadingPhraseMatcher = (text: string) => string | null;

/** A matcher for `phrases` (case-sensitive: give folded phrases and folded lines). */
export function leadingPhraseMatcher(phrases: Iterable<string>): LeadingPhraseMatcher {
  // Phrases by their first two UTF-16 units (as one number, so a look-up makes no string), and the
  // one-unit phrases by that unit. Longest first within each bucket, as the alternation tries them; a
  // longer phrase that runs into a letter gives way to a shorter one, as the pattern backtracks.
  const byStart = new Map<number, string[]>();
  const single = new Map<number, string[]>();
  for (const phrase of new Set(phrases)) {
    if (!phrase) continue;
    const buckets = phrase.length === 1 ? single : byStart;
    const key = phrase.length === 1 ? phrase.charCodeAt(0) : startKey(phrase);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(phrase);
    else buckets.set(key, [phrase]);
  }
  for (const bucket of [...byStart.values(), ...single.values()]) bucket.sort((a, b) => b.length - a.length);
  return (text) => (text.length > 1 ? firstIn(text, byStart.get(startKey(text))) : null) ?? (single.size ? firstIn(text, single.get(text.charCodeAt(0))) : null);
}

function startKey(text: string): number {
  return text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
}

function firstIn(text: string, bucket: readonly string[] | undefined): string | null {
  if (!bucket) return null;
  for (const phrase of bucket) if (startsWithAfterTwo(text, phrase) && wholeWord(text, phrase.length)) return phrase;
  return null;
}

/** text.startsWith(phrase) for a phrase whose first two units the text shares: a loop the JIT inlines beats the call. */
function startsWithAfterTwo(text: string, phrase: string): boolean {
  if (phrase.length > text.length) return false;
  for (let i = 2; i < phrase.length; i++) if (text.charCodeAt(i) !== phrase.charCodeAt(i)) return false;
  return true;
}

function wholeWord(text: string, end: number): boolean {
  const next = text.codePointAt(end);
  return next === undefined || !LETTER.test(String.fromCodePoint(next));
}
