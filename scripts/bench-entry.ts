/**
 * The benchmark's browser bundle (`npm run build:bench` -> dist/bench/firsthand-bench.js, an IIFE
 * defining the global FirsthandBench): the library as the content script runs it, and the same
 * Readability it uses inside, so both are timed from the same build in the same page.
 */
export { analyze, passiveCheck } from '../src/index';
export { Readability } from '@mozilla/readability';
