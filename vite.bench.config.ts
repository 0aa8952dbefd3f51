import { defineConfig } from 'vite';

// The benchmark's browser bundle: scripts/bench-entry.ts as one IIFE (global FirsthandBench), not
// minified so CPU profiles name functions, with a source map naming each line's source file.
export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'chrome120',
    minify: false,
    sourcemap: true,
    lib: {
      entry: 'scripts/bench-entry.ts',
      name: 'FirsthandBench',
      formats: ['iife'],
      fileName: () => 'firsthand-bench.js',
    },
  },
});
