import { defineConfig } from 'vitest/config';

// Debian's Firefox ESR with the Firefox Add-ons package installed: one file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
