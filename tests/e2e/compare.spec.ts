import { axe } from './support/axe';
import { expect, test } from '@playwright/test';

const violations = async (page: import('@playwright/test').Page) =>
  (await axe(page).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('a curated comparison answers first, then compares, advises and links both codes', async ({ page }) => {
  await page.goto('/compare/401-vs-403/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('401 Unauthorized vs 403 Forbidden');
  const headings = await page.locator('main h2').allTextContents();
  expect(headings.slice(0, 2)).toEqual(['The short answer', 'Side by side']);
  expect(headings).toEqual(expect.arrayContaining(['On the wire', 'Common mistakes']));
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Required response headers/ })).toContainText('WWW-Authenticate');
  await expect(page.getByRole('heading', { name: /^Use 401 Unauthorized when/ })).toBeVisible();
  await page.getByRole('link', { name: /401\s+Unauthorized/ }).first().click();
  await expect(page).toHaveURL(/\/codes\/401\/$/);
  await expect(page.getByRole('main').getByRole('link', { name: /401 vs 403/ })).toBeVisible();
});

test('the picker goes to the curated guide when one exists, whatever the order', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByLabel('First code').selectOption('403');
  await page.getByLabel('Second code').selectOption('401');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/401-vs-403\/$/);
});

test('the picker shows any other pair side by side, with a shareable URL', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByLabel('First code').selectOption('440');
  await page.getByLabel('Second code').selectOption('418');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/\?a=418&b=440$/);
  await expect(page.getByRole('heading', { name: "418 I'm a teapot vs 440 Login Time-out" })).toBeVisible();
  await expect(page.getByRole('row', { name: /Where you see it/ })).toBeVisible();
});

test('a shared any-pair URL opens directly', async ({ page }) => {
  await page.goto('/compare/?a=204&b=205');
  await expect(page.getByRole('heading', { name: '204 No Content vs 205 Reset Content' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Response body/ })).toContainText('Not allowed');
});

test.describe('a bad compare URL gets a clear message, never a blank page', () => {
  for (const [search, message] of [
    ['?a=401&b=4040', 'No status code “4040”'],
    ['?a=401&b=401', 'choose two different codes'],
    ['?a=401', 'names only one'],
  ]) {
    test(search, async ({ page }) => {
      await page.goto(`/compare/${search}`);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});

test('both kinds of comparison page have no accessibility violations', async ({ page }) => {
  await page.goto('/compare/502-vs-504/');
  expect(await violations(page)).toEqual([]);
  await page.goto('/compare/?a=418&b=440');
  await expect(page.getByRole('table')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
