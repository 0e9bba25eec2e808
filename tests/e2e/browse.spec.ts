import { expect, test } from '@playwright/test';
import { axeViolationsInBothThemes } from './support/axe';
import { test as sharedPageTest } from './support/shared-page';

test('a reader walks from the home page to a category, a code, a related code and the next one', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Client Error' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4xx Client Error status codes');
  await page.getByRole('main').getByRole('link', { name: /^429\s+Too Many Requests/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Too Many Requests');
  const related = page.getByRole('region', { name: 'Related status codes' }).getByRole('link').first();
  const relatedName = (await related.textContent())!.trim();
  await related.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(relatedName.replace(/^\d{3}\s*/, ''));
  const next = page.getByRole('link', { name: /Next/ });
  const nextNumber = (await next.textContent())!.match(/\d{3}/)![0];
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(nextNumber);
});

test('the codes index narrows as you type, and says when nothing matches', async ({ page }) => {
  await page.goto('/codes/');
  const rows = page.locator('[data-code-row]:visible');
  const total = await rows.count();
  expect(total).toBeGreaterThan(100);
  const filter = page.getByLabel('Filter codes');
  await filter.fill('cloudflare');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(20);
  for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain('cloudflare');
  await filter.fill('50');
  for (const text of await rows.locator('a').allTextContents()) expect(text.trim()).toMatch(/^50\d/);
  await filter.fill('no such code anywhere');
  await expect(rows).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('No code matches “no such code anywhere”.');
  await filter.fill('');
  await expect(rows).toHaveCount(total);
});

test('the copy button copies the raw example response exactly', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/codes/401/');
  const response = page.getByRole('figure', { name: 'Response', exact: true });
  await response.hover();
  await response.getByRole('button', { name: /copy/i }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const api = await (await page.request.get('/api/codes/401.json')).json();
  expect(copied).toBe(api.example.response);
  expect(copied.split('\n')[0]).toBe('HTTP/1.1 401 Unauthorized');
});

test('code pages read at 360 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/codes/429/', '/codes/522/', '/compare/502-vs-504/', '/codes/', '/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe('accessibility in light and dark mode', () => {
  for (const path of ['/', '/codes/', '/codes/404/', '/codes/499/', '/categories/cloudflare/', '/search/?q=timeout', '/compare/', '/compare/502-vs-504/', '/cheat-sheet/', '/quiz/', '/404.html']) {
    sharedPageTest(`${path} has no axe violations in light and dark`, async ({ sharedPage }) => {
      expect(await axeViolationsInBothThemes(sharedPage, path)).toEqual({ light: [], dark: [] });
    });
  }
});

test('the JSON dataset is served for programs', async ({ request }) => {
  const index = await (await request.get('/api/codes.json')).json();
  expect(index.count).toBe(index.codes.length);
  const one = await (await request.get('/api/codes/451-iis.json')).json();
  expect(one).toMatchObject({ slug: '451-iis', code: 451, name: 'Redirect', class: '4xx' });
  expect((await request.get('/api/schema.json')).ok()).toBe(true);
});
