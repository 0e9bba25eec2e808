import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { headersPort } from '../../playwright.config';
import { axeViolationsInBothThemes } from './support/axe';
import { expect, test } from './support/shared-page';

/** Walks to a dozen different results (and one habit), each given as the answers to pick, in order. */
const walks: { answers: string[]; heading: string; url: string }[] = [
  { answers: ['It succeeded', 'A new resource that the request created'], heading: 'Return 201 Created', url: '/which-status-code/created/' },
  {
    answers: ['The client should go to another URL', 'A form or other POST succeeded, and the browser should load a result page (Post/Redirect/Get)'],
    heading: 'Return 303 See Other',
    url: '/which-status-code/see-other/',
  },
  {
    answers: ['The client should go to another URL', 'The resource has moved to a new URL for good', 'Yes: clients send POST, PUT, DELETE or other writes to it'],
    heading: 'Return 308 Permanent Redirect',
    url: '/which-status-code/permanent-endpoint/',
  },
  {
    answers: [
      'The request carried a condition (If-Match, If-None-Match, If-Modified-Since…), or you require one',
      'The write came without a condition, and you require one before changing this resource',
    ],
    heading: 'Return 428 Precondition Required',
    url: '/which-status-code/precondition-required/',
  },
  {
    answers: ['The request has a problem that the client must fix', 'It does not say who is asking, or the asker may not do this', 'Nothing I can trust: no credentials, or they are invalid or expired'],
    heading: 'Return 401 Unauthorized',
    url: '/which-status-code/unauthorized/',
  },
  {
    answers: [
      'The request has a problem that the client must fix',
      'It does not say who is asking, or the asker may not do this',
      'I know who it is, and they may not do this: wrong role, missing scope, someone else’s data',
      'No: even its existence is private',
    ],
    heading: 'Return 404 Not Found',
    url: '/which-status-code/hidden/',
  },
  {
    answers: [
      'The request has a problem that the client must fix',
      'Its content or parameters are wrong',
      'It reads fine, but values break the rules: a missing required field, an invalid email address, an end before the start',
    ],
    heading: 'Return 422 Unprocessable Content',
    url: '/which-status-code/unprocessable/',
  },
  {
    answers: ['The request has a problem that the client must fix', 'Some part of it is too big', 'The header fields: one huge field, or too many cookies together'],
    heading: 'Return 431 Request Header Fields Too Large',
    url: '/which-status-code/header-fields-too-large/',
  },
  {
    answers: ['The request has a problem that the client must fix', 'The client is sending too many requests', 'This client’s: its key, account or address went over its quota'],
    heading: 'Return 429 Too Many Requests',
    url: '/which-status-code/too-many-requests/',
  },
  {
    answers: ['The request has a problem that the client must fix', 'Its method (GET, POST, DELETE…) is not supported', 'No: the server does not recognise or implement it for any resource'],
    heading: 'Return 501 Not Implemented',
    url: '/which-status-code/not-implemented/',
  },
  {
    answers: ['Something failed on the server’s side', 'You forward requests to another server (as a proxy or gateway), and that server failed', 'It did not answer in time'],
    heading: 'Return 504 Gateway Timeout',
    url: '/which-status-code/gateway-timeout/',
  },
  {
    answers: ['Something failed on the server’s side', 'The service is down for maintenance, or briefly unable to work'],
    heading: 'Return 503 Service Unavailable',
    url: '/which-status-code/unavailable/',
  },
  {
    answers: ['I already have a code in mind and want to check a common habit', '404 Not Found to hide a resource the client may not see'],
    heading: 'When to return 404 Not Found to hide a resource the client may not see',
    url: '/which-status-code/404-to-hide/',
  },
];

/**
 * Presses Tab until the focused element's text is `name`, then Enter: the way a keyboard user
 * picks an answer. On a freshly loaded page (focus on the body) the reader first takes the
 * skip link, as they would to get past the header.
 */
async function pickByKeyboard(page: Page, name: string) {
  if (await page.evaluate(() => document.activeElement === document.body)) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim());
    if (focused === name) return page.keyboard.press('Enter');
  }
  throw new Error(`Tab never reached "${name}" on ${page.url()}`);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const stepPages = ['/which-status-code/', ...readdirSync('dist/which-status-code', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/which-status-code/${d.name}/`)];

// Each walk is dozens of key presses; give them room on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.describe('the decision guide with JavaScript', () => {
  for (const walk of walks)
    test(`reaches ${walk.heading} by keyboard without loading a page`, async ({ sharedPage: page }) => {
      await page.goto('/which-status-code/');
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      for (const answer of walk.answers) {
        const before = page.url();
        await pickByKeyboard(page, answer);
        await expect(page).not.toHaveURL(before);
        // Focus moves to the new step's heading, so the next Tab starts at its answers.
        await expect(heading(page)).toBeFocused();
      }
      await expect(heading(page)).toHaveText(walk.heading);
      expect(new URL(page.url()).pathname).toBe(walk.url);
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      await expect(page).toHaveTitle(/ \| SiteError$/);
    });

  test('Back, the browser’s back button and Start over move through the steps in place', async ({ page }) => {
    await page.goto('/which-status-code/');
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.getByRole('link', { name: 'The request has a problem that the client must fix' }).click();
    await page.getByRole('link', { name: 'Some part of it is too big' }).click();
    await page.getByRole('link', { name: 'The body: an upload or a document over your limit' }).click();
    await expect(heading(page)).toHaveText('Return 413 Content Too Large');
    await page.getByRole('navigation', { name: 'Guide' }).getByRole('link', { name: 'Back' }).click();
    await expect(heading(page)).toHaveText('Which part of the request is too big?');
    await expect(page).toHaveURL(/\/which-status-code\/size\/$/);
    await page.goBack();
    await expect(heading(page)).toHaveText('Return 413 Content Too Large');
    await page.goBack();
    await expect(heading(page)).toHaveText('Which part of the request is too big?');
    await page.getByRole('link', { name: 'Start over' }).click();
    await expect(heading(page)).toHaveText('Which status code should I return?');
    await expect(page).toHaveURL(/\/which-status-code\/$/);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  test('a result shows the code card, the reason, the runner-up with its comparison, and snippets for the remembered stack', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('snippet-choice', JSON.stringify({ language: 'Python', frameworks: { return: 'fastapi' } })));
    await page.goto('/which-status-code/content/');
    await page.getByRole('link', { name: /^It is valid, but clashes/ }).click();
    await expect(heading(page)).toHaveText('Return 409 Conflict');
    await expect(page.getByText('409 says the request conflicts with the current state of the resource')).toBeVisible();
    await expect(page.getByRole('article').getByRole('link', { name: '409 Conflict' })).toHaveAttribute('href', '/codes/409/');
    await expect(page.getByRole('heading', { name: 'Runner-up: 422 Unprocessable Content' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Read 409 and 422 side by side in our comparison' })).toHaveAttribute('href', '/compare/409-vs-422/');
    // The snippet tabs' script arrived with the swapped-in result and picked the remembered stack.
    await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tab', { name: 'FastAPI' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[data-snippet="fastapi"]')).toBeVisible();
    await expect(page.locator('[data-snippet="express"]')).toBeHidden();
  });

  test('a runner-up without a curated comparison links the any-pair picker', async ({ page }) => {
    await page.goto('/which-status-code/not-acceptable/');
    await expect(page.getByRole('link', { name: 'See 406 and 200 side by side' })).toHaveAttribute('href', '/compare/?a=200&b=406');
  });

  test('a result that needs a header says so, from the entry’s own header rules', async ({ page }) => {
    await page.goto('/which-status-code/unauthorized/');
    await expect(page.getByRole('heading', { name: 'Send with it' })).toBeVisible();
    await expect(page.locator('li').filter({ has: page.locator('code', { hasText: /^WWW-Authenticate$/ }) })).toContainText('(MUST)');
    await page.goto('/which-status-code/method-not-allowed/');
    await expect(page.locator('li').filter({ has: page.locator('code', { hasText: /^Allow$/ }) })).toContainText('(MUST)');
  });
});

test.describe('the decision guide without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const walk of walks)
    test(`reaches ${walk.heading} by keyboard through plain links`, async ({ sharedPageWithoutJs: page }) => {
      await page.goto('/which-status-code/');
      for (const answer of walk.answers) {
        const before = page.url();
        await pickByKeyboard(page, answer);
        await expect(page).not.toHaveURL(before);
      }
      await expect(heading(page)).toHaveText(walk.heading);
      expect(new URL(page.url()).pathname).toBe(walk.url);
    });

  test('a result shows every return snippet, and Back is a plain link to the question', async ({ page }) => {
    await page.goto('/which-status-code/too-many-requests/');
    await expect(page.locator('[data-snippet="express"]')).toBeVisible();
    await expect(page.locator('[data-snippet="fastapi"]')).toBeVisible();
    await page.getByRole('navigation', { name: 'Guide' }).getByRole('link', { name: 'Back' }).click();
    await expect(heading(page)).toHaveText('Whose limit was reached?');
  });
});

test.describe('the decision guide’s pages', () => {
  for (const path of stepPages)
    test(`${path} has no axe violations in light and dark`, async ({ sharedPage: page }) => {
      expect(await axeViolationsInBothThemes(page, path)).toEqual({ light: [], dark: [] });
    });

  test('there is a page for every step', () => {
    expect(stepPages.length).toBeGreaterThan(50);
  });

  test('the overview lists every question and result, links each step, and prints without the site chrome', async ({ page }) => {
    await page.goto('/which-status-code/overview/');
    const links = await page.locator('.guide-tree a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // Every step page but the overview itself is linked from the tree, the start as /which-status-code/.
    expect(new Set(links)).toEqual(new Set(stepPages.filter((p) => !p.endsWith('/overview/'))));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print the tree' })).toBeHidden();
    await expect(page.getByRole('link', { name: /^431\s/ })).toBeVisible();
  });

  test('the cheat sheet, the home page and code pages link to the guide', async ({ page }) => {
    await page.goto('/cheat-sheet/');
    await expect(page.getByRole('link', { name: 'its whole tree' })).toHaveAttribute('href', '/which-status-code/overview/');
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the decision guide →' }).click();
    await expect(heading(page)).toHaveText('Which status code should I return?');
    await page.goto('/codes/409/');
    const aside = page.getByRole('complementary', { name: 'When to return it' });
    await aside.getByRole('link', { name: 'a duplicate or a clash with current state' }).click();
    await expect(heading(page)).toHaveText('Return 409 Conflict');
    await page.goto('/codes/418/');
    await expect(page.getByRole('complementary', { name: 'When to return it' })).toHaveCount(0);
  });
});

test('the guide moves between steps under the Content-Security-Policy, running the result page’s scripts', async ({ page }) => {
  const origin = `http://127.0.0.1:${headersPort}`;
  const problems: string[] = [];
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${origin}/which-status-code/`);
  await page.getByRole('link', { name: 'It succeeded' }).click();
  await page.getByRole('link', { name: 'Nothing: the action succeeded and there is nothing to add' }).click();
  await expect(heading(page)).toHaveText('Return 204 No Content');
  await expect(page.getByRole('tablist', { name: 'Return it: language' })).toBeVisible();
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'The result, or the content that was asked for, in full' }).click();
  await expect(heading(page)).toHaveText('Return 200 OK');
  await expect(page.getByRole('tablist', { name: 'Return it: language' })).toBeVisible();
  expect(problems).toEqual([]);
});
