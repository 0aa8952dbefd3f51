import { defineConfig } from 'vite';

// The command-line tool: the same library, bundled for Node with its DOM libraries left external.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { cli: 'src/cli.ts', eval: 'src/eval/run.ts' },
      output: { entryFileNames: '[name].mjs', format: 'es' },
    },
  },
  ssr: { noExternal: [] },
});
