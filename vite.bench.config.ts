import { defineConfig } from 'vite';

// The benchmark's browser bundle: scripts/bench-entry.ts as one IIFE (global FirsthandBench), not
// minified so CPU profiles name functions, with //#region comments naming each source file.
export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'chrome120',
    minify: false,
    lib: {
      entry: 'scripts/bench-entry.ts',
      name: 'FirsthandBench',
      formats: ['iife'],
      fileName: () => 'firsthand-bench.js',
    },
  },
});
