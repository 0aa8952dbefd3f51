/** Hygiene shared by the phrase lists: clutter phrases and credit phrases. */
import { expect } from 'vitest';
import { compare, duplicates, LANGS, outOfOrder } from './helpers';

export interface PhraseRow {
  group: string;
  lang: string;
  phrase: string;
}

export function checkSorted(rows: readonly PhraseRow[]): void {
  expect(outOfOrder(rows, (a, b) => compare(a.group, b.group) || compare(a.lang, b.lang) || compare(a.phrase, b.phrase))).toEqual([]);
}

export function checkPhrases(rows: readonly PhraseRow[]): void {
  const bad = rows.filter(
    (r) =>
      r.phrase === '' ||
      r.phrase !== r.phrase.trim() ||
      /\s{2}|[\t\n\u00a0]/.test(r.phrase) ||
      r.phrase !== r.phrase.normalize('NFKC') ||
      /[‘’“”]/.test(r.phrase),
  );
  expect(bad).toEqual([]);
}

export function checkNoDuplicates(rows: readonly PhraseRow[]): void {
  expect(duplicates(rows, (r) => `${r.group} ${r.lang} ${r.phrase.toLowerCase()}`)).toEqual([]);
}

export function checkLangs(rows: readonly PhraseRow[]): void {
  const bad = rows.filter((r) => !/^[a-z]{2,3}$/.test(r.lang) || !LANGS.has(r.lang));
  expect(bad).toEqual([]);
}

/** Languages used per group. */
export function langsBy(rows: readonly PhraseRow[]): Map<string, Set<string>> {
  const by = new Map<string, Set<string>>();
  for (const r of rows) by.set(r.group, (by.get(r.group) ?? new Set()).add(r.lang));
  return by;
}
