import { test as base, type Page } from '@playwright/test';
import { baseURL } from '../../../playwright.config';

/**
 * A page each worker keeps for all its tests, for tests that only visit pages and read them
 * (axe, keyboard walks): each test still starts with its own goto, and sets the colour scheme it
 * needs. A fresh context per test costs about 1.5 s here (ten of the guide's axe checks took 45 s
 * as ten tests, 30 s in one page), more than many of these checks take. A test that listens to the
 * page's events, changes storage or needs a trace on failure uses Playwright's own `page` instead.
 */
export const test = base.extend<object, { sharedPage: Page; sharedPageWithoutJs: Page }>({
  sharedPage: [
    async ({ browser }, use) => {
      const page = await browser.newPage({ baseURL });
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
  sharedPageWithoutJs: [
    async ({ browser }, use) => {
      const page = await browser.newPage({ baseURL, javaScriptEnabled: false });
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
