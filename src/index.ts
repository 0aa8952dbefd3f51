/** Firsthand's analysis library: pure functions over a Document, the same in the browser, Vitest and Node. */
export { analyze, type AnalyzeOptions } from './analysis/analyze';
export { passiveCheck } from './analysis/passive';
export type * from './types';
