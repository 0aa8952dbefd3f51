/**
 * The Zyte article-extraction benchmark's scoring (see ../shared/benchmarks/zyte/README.md):
 * 4-token shingles, per-page precision and recall, averaged over pages, F1 of the averages.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  if (words.length === 0) return counts;
  const size = Math.min(4, words.length);
  for (let i = 0; i + size <= words.length; i++) {
    const key = words.slice(i, i + size).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** Identical token sequences. */
  exact: boolean;
}

export function scorePage(extracted: string, truth: string): PageScore {
  const got = shingles(extracted);
  const want = shingles(truth);
  let tp = 0;
  let gotTotal = 0;
  let wantTotal = 0;
  for (const count of got.values()) gotTotal += count;
  for (const [key, count] of want) {
    wantTotal += count;
    tp += Math.min(count, got.get(key) ?? 0);
  }
  const fp = gotTotal - tp;
  const fn = wantTotal - tp;
  const total = tp + fp + fn;
  const exact = tokens(extracted).join(' ') === tokens(truth).join(' ');
  return total === 0 ? { tp: 0, fp: 0, fn: 0, exact } : { tp: tp / total, fp: fp / total, fn: fn / total, exact };
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

function pagePrecision({ tp, fp, fn }: PageScore): number | null {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp > 0 ? tp / (tp + fp) : null;
}

function pageRecall({ tp, fp, fn }: PageScore): number | null {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn > 0 ? tp / (tp + fn) : null;
}

function mean(values: Array<number | null>): number {
  const present = values.filter((value): value is number => value !== null);
  return present.length ? present.reduce((sum, value) => sum + value, 0) / present.length : 0;
}

export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const precision = mean(pages.map(pagePrecision));
  const recall = mean(pages.map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: pages.filter((page) => page.exact).length / (pages.length || 1), pages: pages.length };
}

/** Per-page F1 for one page (used by the fixture table, where each page is judged on its own). */
export function pageF1(score: PageScore): number {
  const precision = pagePrecision(score) ?? 0;
  const recall = pageRecall(score) ?? 0;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}
