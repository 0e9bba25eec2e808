import { axe } from './support/axe';
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { checkTargetPort } from '../../playwright.config';

/*
 * The checker's server is started with URL_CHECKER_ALLOW=127.0.0.1:<checkTargetPort> (playwright.config.ts),
 * so this loopback server is the only address it may reach; the second URL is refused by the guard.
 */
const target = `http://127.0.0.1:${checkTargetPort}`;
let server: Server;
// One loopback target on a fixed port: the tests of this file run one after another in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/old') return res.writeHead(301, { location: '/middle' }).end();
    if (req.url === '/middle') return res.writeHead(302, { location: `${target}/new` }).end();
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'max-age=60' }).end('<p>new</p>');
  });
  await new Promise<void>((done) => server.listen(checkTargetPort, '127.0.0.1', done));
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

const violations = async (page: import('@playwright/test').Page) =>
  (await axe(page).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('checks a list of URLs from the keyboard, explains each hop and keeps a share link', async ({ page }) => {
  await page.goto('/url-checker/');
  const box = page.getByLabel('URLs to check');
  await box.focus();
  await page.keyboard.type(`${target}/old\nhttp://10.0.0.1/admin`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status')).toHaveText('Checked 2 URLs.', { timeout: 20_000 });
  const first = page.locator('article').first();
  await expect(first.getByRole('row')).toHaveCount(4); // header row and three hops
  await expect(first.getByRole('link', { name: '301', exact: true })).toHaveAttribute('href', '/codes/301/');
  await expect(first.getByRole('link', { name: '200', exact: true })).toHaveAttribute('href', '/codes/200/');
  await expect(first).toContainText('cache-control: max-age=60');
  await expect(first.getByRole('link', { name: '301 vs 308 →' })).toHaveCount(0);
  const second = page.locator('article').nth(1);
  await expect(second).toContainText('a private address');
  await expect(second.getByRole('row')).toHaveCount(0);

  expect(new URL(page.url()).searchParams.getAll('url')).toEqual([`${target}/old`, 'http://10.0.0.1/admin']);
  await expect(page.getByRole('button', { name: 'Copy as JSON' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Link to these results' })).toBeVisible();
});

test('runs a shared link on arrival', async ({ page }) => {
  await page.goto(`/url-checker/?url=${encodeURIComponent(`${target}/new`)}`);
  await expect(page.getByRole('status')).toHaveText('Checked 1 URL.', { timeout: 20_000 });
  await expect(page.getByLabel('URLs to check')).toHaveValue(`${target}/new`);
  await expect(page.locator('article')).toContainText('200 OK.');
});

test('says what is wrong with an empty list, and has no axe violations in light or dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/url-checker/?url=${encodeURIComponent(`${target}/old`)}`);
    await expect(page.getByRole('status')).toHaveText('Checked 1 URL.', { timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
  }
  await page.getByLabel('URLs to check').fill('   ');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter a URL to check.');
});
