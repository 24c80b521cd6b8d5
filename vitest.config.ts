import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Whole-report tests print with a real Chromium; on a 2-core machine that takes seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests that print PDFs each start a browser; two at a time is what 2 cores bear.
    maxWorkers: 2,
  },
});
