import { describe, it, expect } from 'vitest';
import { CREDIT_PHRASES, type CreditPhraseRole } from '../../../src/data/credit-phrases';
import { checkLangs, checkNoDuplicates, checkPhrases, checkSorted, langsBy, type PhraseRow } from './phrase-checks';

const rows: PhraseRow[] = CREDIT_PHRASES.map((p) => ({ group: p.role, lang: p.lang, phrase: p.phrase }));
const ROLES: readonly CreditPhraseRole[] = ['original-link', 'provided-by', 'source-label'];

const has = (role: CreditPhraseRole, phrase: string): boolean =>
  CREDIT_PHRASES.some((p) => p.role === role && p.phrase.toLowerCase() === phrase.toLowerCase());

describe('CREDIT_PHRASES', () => {
  it('uses known roles', () => {
    expect(CREDIT_PHRASES.filter((p) => !ROLES.includes(p.role))).toEqual([]);
  });

  it('is sorted by role, then lang, then phrase', () => checkSorted(rows));
  it('has trimmed, NFKC-normal phrases with straight quotes', () => checkPhrases(rows));
  it('has no duplicate phrase within a role and language', () => checkNoDuplicates(rows));
  it('uses BCP 47 primary language subtags', () => checkLangs(rows));

  it('covers every role in several languages', () => {
    const by = langsBy(rows);
    for (const role of ROLES) expect(by.get(role)?.size ?? 0).toBeGreaterThanOrEqual(5);
  });

  it('holds the lines DESIGN.md names', () => {
    for (const phrase of ['Source link', 'Read the entire article here', 'Originally published on', 'Originally published at', 'Citeste toata stirea'])
      expect(has('original-link', phrase), phrase).toBe(true);
    for (const phrase of ['This story was provided by', '(c) Provided by']) expect(has('provided-by', phrase), phrase).toBe(true);
    for (const phrase of ['Quelle:', 'Por', 'Fonte:', '出典']) expect(has('source-label', phrase), phrase).toBe(true);
  });
});
