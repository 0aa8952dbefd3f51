import { describe, it, expect, expectTypeOf } from 'vitest';
import { CLUTTER_PHRASES } from '../../../src/data/clutter-phrases';
import type { ClutterKind } from '../../../src/types';
import { checkLangs, checkNoDuplicates, checkPhrases, checkSorted, langsBy, type PhraseRow } from './phrase-checks';

const rows: PhraseRow[] = CLUTTER_PHRASES.map((p) => ({ group: p.kind, lang: p.lang, phrase: p.phrase }));

/** Kinds found by their words; the rest (duplicate-caption, duplicate-headline, attribution) are found by structure. */
const PHRASED_KINDS: readonly ClutterKind[] = [
  'advertisement',
  'ai-promo',
  'app-download',
  'comments',
  'follow-topic',
  'navigation',
  'newsletter',
  'photo-credit',
  'related-stories',
  'see-more',
  'share-bar',
  'top-stories',
];

const has = (kind: ClutterKind, lang: string, phrase: string): boolean =>
  CLUTTER_PHRASES.some((p) => p.kind === kind && p.lang === lang && p.phrase.toLowerCase() === phrase.toLowerCase());

describe('CLUTTER_PHRASES', () => {
  it('uses only ClutterKind members', () => {
    expectTypeOf(CLUTTER_PHRASES[0]!.kind).toEqualTypeOf<ClutterKind>();
  });

  it('is sorted by kind, then lang, then phrase', () => checkSorted(rows));
  it('has trimmed, NFKC-normal phrases with straight quotes', () => checkPhrases(rows));
  it('has no duplicate phrase within a kind and language', () => checkNoDuplicates(rows));
  it('uses BCP 47 primary language subtags', () => checkLangs(rows));

  it('covers every phrased kind in English', () => {
    const by = langsBy(rows);
    expect(PHRASED_KINDS.filter((k) => !by.get(k)?.has('en'))).toEqual([]);
  });

  it('covers the main kinds in nine languages', () => {
    const by = langsBy(rows);
    const langs = ['en', 'es', 'fr', 'de', 'pt', 'it', 'id', 'zh', 'ja'];
    for (const kind of ['top-stories', 'related-stories', 'app-download', 'comments', 'share-bar', 'advertisement'] as const) {
      expect([kind, langs.filter((l) => !by.get(kind)?.has(l))]).toEqual([kind, []]);
    }
  });

  it('holds the seed pages\' clutter', () => {
    expect(has('top-stories', 'en', 'Top stories')).toBe(true);
    expect(has('ai-promo', 'en', 'Try our AI features')).toBe(true);
    expect(has('comments', 'en', 'Comments')).toBe(true);
    expect(has('comments', 'en', 'No comments yet')).toBe(true);
    expect(has('related-stories', 'en', 'Related Articles')).toBe(true);
    expect(has('app-download', 'en', 'Download the app')).toBe(true);
    expect(has('newsletter', 'en', 'Sign up now')).toBe(true);
    expect(has('photo-credit', 'en', 'Photo:')).toBe(true);
    expect(has('follow-topic', 'en', 'Follow topic:')).toBe(true);
    expect(has('see-more', 'en', 'See more on')).toBe(true);
  });

  it('never claims a credit line as clutter', () => {
    // "Read more at <outlet>" and "Leia mais em" name the original: they belong to credit-phrases.ts.
    const bad = CLUTTER_PHRASES.filter((p) => /^(read more|leia mais|source|quelle|fonte|fuente)\b/i.test(p.phrase));
    expect(bad).toEqual([]);
  });
});
