import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';

/** Collects console errors and CSP violations; the Node server applies dist/_headers, so the strict CSP is on. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    // The status codes asked for on purpose show up as failed loads in the console.
    if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  return problems;
}

const raw = (page: Page) => page.getByRole('region', { name: 'Response' }).getByLabel('Raw response');

test.describe('the API playground', () => {
  // Each test waits on real requests to the status server, some with a delay.
  test.describe.configure({ timeout: 60_000 });
  test('"Try it" on a code page sends that code and shows the status line, the fields and the body', async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto('/codes/429/');
    await page.getByRole('link', { name: /^Try it/ }).click();
    await expect(page).toHaveURL(/\/playground\/\?code=429$/);
    await expect(raw(page)).toContainText('HTTP/1.1 429 Too Many Requests');
    await expect(raw(page)).toContainText('retry-after: 30');
    await expect(raw(page)).toContainText('"title":"Too Many Requests"');
    await expect(page.getByText(/^Time taken: \d+ ms$/)).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('works from the keyboard, and keeps the whole state in the query string', async ({ page }) => {
    await page.goto('/playground/');
    await page.getByLabel('Status code', { exact: true }).fill('');
    await page.getByLabel('Status code', { exact: true }).pressSequentially('440');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('300');
    await page.getByLabel('Accept').selectOption('text/plain');
    await page.getByLabel('Extra response headers').fill('X-Test: yes');
    await page.getByLabel('Status code', { exact: true }).press('Enter');
    await expect(page).toHaveURL(/\?code=440&sleep=300&header=X-Test%3A\+yes&accept=text%2Fplain$/);
    await expect(raw(page)).toContainText('HTTP/1.1 440 Login Time-out');
    await expect(raw(page)).toContainText('x-test: yes');
    await expect(raw(page)).toContainText('Answered after waiting 300 ms.');
    const taken = Number((await page.getByText(/^Time taken/).textContent())!.match(/\d+/)![0]);
    expect(taken).toBeGreaterThanOrEqual(300);

    // The shared URL restores the form and the result.
    await page.goto(page.url());
    await expect(page.getByLabel('Status code', { exact: true })).toHaveValue('440');
    await expect(page.getByLabel('Delay in milliseconds')).toHaveValue('300');
    await expect(raw(page)).toContainText('HTTP/1.1 440 Login Time-out');
  });

  test('offers the catalogue as suggestions for the code', async ({ page }) => {
    await page.goto('/playground/');
    const options = page.locator('#playground-codes option');
    expect(await options.count()).toBeGreaterThan(90);
    await expect(page.locator('#playground-codes option[value="524"]')).toHaveAttribute('label', /A Timeout Occurred \(Cloudflare\)/);
  });

  test('shows the server\'s 400 for bad input, and explains a followed redirect', async ({ page }) => {
    await page.goto('/playground/?code=200&header=Set-Cookie:%20a%3Db');
    await expect(raw(page)).toContainText('HTTP/1.1 400 Bad Request');
    await expect(raw(page)).toContainText('"parameter":"header"');
    await page.goto('/playground/?code=301');
    await expect(raw(page)).toContainText('HTTP/1.1 200 OK');
    await expect(page.getByText(/fetch\(\) followed the redirect from \/status\/301 to \/status\/200/)).toBeVisible();
  });

  test('copies the request as curl and as fetch', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/playground/?code=503&method=POST&sleep=100');
    await page.getByRole('button', { name: 'Copy as curl' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied the curl command.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`curl -i -X POST -H 'Accept: application/json' '${baseURL}/status/503?sleep=100'`);
    await page.getByRole('button', { name: 'Copy as fetch' }).click();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toContain(`fetch("${baseURL}/status/503?sleep=100", {`);
    expect(code).toContain('method: "POST"');
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`has no accessibility violations in the ${scheme} theme, with a response shown`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/playground/?code=418&accept=text/html');
      await expect(raw(page)).toContainText("HTTP/1.1 418 I'm a teapot");
      expect(await axeViolations(page)).toEqual([]);
    });

  test('without JavaScript shows the endpoint URL and a curl command', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/playground/');
    await expect(page.getByText('needs JavaScript')).toBeVisible();
    await expect(page.getByText('curl -i -H \'Accept: application/json\' \'https://siteerror.com/status/200\'')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy as curl' })).toBeHidden();
    await context.close();
  });
});
