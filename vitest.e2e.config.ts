import { defineConfig } from 'vitest/config';

// Real browsers against the built extension (.output/): run `npm run build` first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    // One file at a time: two browsers on a 2-core machine slow each other into timeouts.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 150_000,
  },
});
