/** Shared checks for the data tests. */

/** Plain string compare, the order every data file is sorted in. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Indexes of entries that sort before the entry above them. */
export function outOfOrder<T>(items: readonly T[], order: (a: T, b: T) => number): string[] {
  const bad: string[] = [];
  for (let i = 1; i < items.length; i++) {
    if (order(items[i - 1]!, items[i]!) > 0) bad.push(`${i}: ${JSON.stringify(items[i - 1])} > ${JSON.stringify(items[i])}`);
  }
  return bad;
}

/** Values that occur more than once under `key`. */
export function duplicates<T>(items: readonly T[], key: (item: T) => string): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) dups.add(k);
    seen.add(k);
  }
  return [...dups];
}

/** Lowercase labels of letters, digits and inner hyphens, then a TLD of letters; no scheme, path, port or "www.". */
export const DOMAIN = /^(?!www\.)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

/** BCP 47 primary language subtags the phrase data may use. */
export const LANGS = new Set(['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'ms', 'nl', 'pt', 'ro', 'zh']);
