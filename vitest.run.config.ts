/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The run-for-real snippet tests (tests/run): each file starts real servers on 127.0.0.1:5100-5199,
// so files run one after another, never in parallel. SNIPPET_STACKS=express,fetch runs only those
// stacks (README, Snippets).
export default getViteConfig({
  test: {
    include: ['tests/run/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
