import { describe, expect, it } from 'vitest';
import { CLUTTER_PHRASES } from '../../src/data/clutter-phrases';
import { CREDIT_PHRASES } from '../../src/data/credit-phrases';
import { foldForMatch } from '../../src/analysis/dom-utils';
import { leadingPhraseMatcher } from '../../src/analysis/leading-phrase';
import { phraseAlternation } from '../../src/analysis/text';

/** The pattern the matcher stands for: the phrases longest first, anchored, ending before a non-letter. */
function byPattern(phrases: readonly string[]): (text: string) => string | null {
  const pattern = new RegExp(`^(?:${phraseAlternation(phrases)})(?![\\p{L}])`, 'u');
  return (text) => pattern.exec(text)?.[0] ?? null;
}

/** Lines that start with each phrase, a piece of it, or something near it, with every kind of next character. */
function linesAround(phrases: readonly string[]): string[] {
  const after = ['', ' ', ' more text', 'x', 's', 'é', 'ß', '中', '1', ':', '-', '…', '\u0301', '😀', '𝐀', '’s'];
  const lines: string[] = [];
  for (const phrase of phrases) {
    for (const tail of after) lines.push(phrase + tail, phrase.slice(0, -1) + tail, phrase.slice(1) + tail, phrase.toUpperCase() + tail);
    lines.push(`${phrase} ${phrases[(phrase.length * 7) % phrases.length]}`);
  }
  return lines;
}

describe('leadingPhraseMatcher', () => {
  it('takes the longest phrase, and a shorter one when the longer runs into a letter', () => {
    const match = leadingPhraseMatcher(['related', 'related articles', 'top stories', 'a']);
    expect(match('related articles: more')).toBe('related articles');
    expect(match('related articlesque')).toBe('related');
    expect(match('relatedness')).toBeNull();
    expect(match('top stories')).toBe('top stories');
    expect(match('a ')).toBe('a');
    expect(match('ab')).toBeNull();
    expect(match('')).toBeNull();
    expect(match('Related')).toBeNull();
  });

  it('finds what the alternation it replaces finds, on the clutter labels and the credit phrases', () => {
    const lists = [
      CLUTTER_PHRASES.filter((entry) => entry.kind !== 'byline').map((entry) => foldForMatch(entry.phrase)),
      CREDIT_PHRASES.map((entry) => foldForMatch(entry.phrase)),
    ];
    for (const phrases of lists) {
      const unique = [...new Set(phrases)];
      const match = leadingPhraseMatcher(unique);
      const expected = byPattern(unique);
      const lines = linesAround(unique);
      expect(lines.length).toBeGreaterThan(1000);
      const differing = lines.filter((line) => match(line) !== expected(line));
      expect(differing).toEqual([]);
      // The lines hold both kinds of answer, so agreeing is not agreeing on null.
      expect(lines.filter((line) => expected(line) !== null).length).toBeGreaterThan(unique.length);
    }
  });
});
