/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The run-for-real snippet tests (tests/run): each file starts real servers on 127.0.0.1:5100-5199,
// so files run one after another, never in parallel. Next.js and the client snippets are opt-in
// for now (SNIPPET_STACKS=nextjs or =fetch,axios,requests,go-client): see README, Snippets.
const stacks = process.env.SNIPPET_STACKS?.split(',') ?? [];
const optIn = [
  ...(stacks.includes('nextjs') ? [] : ['tests/run/nextjs.test.ts']),
  ...(['fetch', 'axios', 'requests', 'go-client'].some((id) => stacks.includes(id)) ? [] : ['tests/run/clients.test.ts']),
];
if (optIn.length > 0) console.warn(`NOT RUN (opt-in): ${optIn.join(', ')}`);

export default getViteConfig({
  test: {
    include: ['tests/run/**/*.test.ts'],
    exclude: optIn,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
