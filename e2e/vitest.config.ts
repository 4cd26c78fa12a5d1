import { defineConfig } from 'vitest/config';

// Each spec file starts its own server and Chromium; run them one at a time (the CI box has 2 cores).
export default defineConfig({
  test: {
    include: ['specs/*.spec.ts'],
    globalSetup: ['support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
