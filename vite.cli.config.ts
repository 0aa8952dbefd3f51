import { defineConfig } from 'vite';

// The command-line tool: the same library, bundled for Node with its DOM libraries left external.
export default defineConfig({
  build: {
    ssr: 'src/cli.ts',
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'cli.mjs', format: 'es' } },
  },
  ssr: { noExternal: [] },
});
