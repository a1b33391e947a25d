// Test runner settings: unit tests of the core, build tests over fixture sites, browser tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Build tests run astro in child processes; a build takes seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
