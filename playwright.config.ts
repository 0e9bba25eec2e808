import { defineConfig, devices } from '@playwright/test';
import { resolveChromium } from './tests/e2e/support/chromium';

// E2E_PORT moves both servers, so two checkouts can run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4322);
/** The built site, served by the project's Node server (the first webServer below). */
export const baseURL = `http://127.0.0.1:${port}`;
export const headersPort = port + 1;
/** A test server the URL checker's e2e test starts on 127.0.0.1; the only address the checker is allowed to reach. */
export const checkTargetPort = port + 2;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // axe over a whole page can take tens of seconds on a shared 2-core machine: a limit, not a timing check.
  timeout: 90_000,
  // How long an assertion waits for the page (the first search loads Pagefind's index and WebAssembly): a limit, not a timing check.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: resolveChromium() },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Always the built site, never `astro dev`, through the project's own Node server (pages with
  // dist/_headers, and /status/*); a fresh server each run so a stale one is never reused.
  webServer: [
    {
      command: `node dist-server/node.mjs`,
      env: { PORT: String(port), HOST: '127.0.0.1', URL_CHECKER_ALLOW: `127.0.0.1:${checkTargetPort}` },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // The same build served with dist/_headers applied, as a static host would (security.spec.ts).
    {
      command: `node scripts/serve.mjs ${headersPort}`,
      url: `http://127.0.0.1:${headersPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
