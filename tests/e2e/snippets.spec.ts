import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';

const group = (page: import('@playwright/test').Page, name: string) => page.getByRole('region', { name });

test('the chosen stack is remembered on other pages and shared between tab groups', async ({ page }) => {
  await page.goto('/codes/404/');
  const ret = group(page, 'Return it');
  await ret.getByRole('tab', { name: 'Python' }).click();
  await ret.getByRole('tab', { name: 'FastAPI' }).click();
  await expect(ret.getByRole('tabpanel').filter({ hasText: 'FastAPI' }).first()).toBeVisible();
  // The client group follows the language choice
  await expect(group(page, 'Handle it').getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');

  await page.goto('/codes/429/');
  await expect(group(page, 'Return it').getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
  await expect(group(page, 'Return it').getByRole('tab', { name: 'FastAPI' })).toHaveAttribute('aria-selected', 'true');
  await expect(group(page, 'Return it').locator('[data-snippet=fastapi]')).toBeVisible();
  await expect(group(page, 'Return it').locator('[data-snippet=express]')).toBeHidden();
  await expect(group(page, 'Handle it').locator('[data-snippet=requests]')).toBeVisible();
});

test('tabs work from the keyboard', async ({ page }) => {
  await page.goto('/codes/503/');
  const tabs = group(page, 'Return it').getByRole('tablist', { name: /language/ });
  await tabs.getByRole('tab', { name: 'JavaScript' }).focus();
  await page.keyboard.press('ArrowRight');
  const python = tabs.getByRole('tab', { name: 'Python' });
  await expect(python).toBeFocused();
  await expect(python).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tabs.getByRole('tab').last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(tabs.getByRole('tab').first()).toHaveAttribute('aria-selected', 'true');
});

test('copying a snippet copies exactly its code', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/codes/429/');
  await group(page, 'Return it').getByRole('tab', { name: 'Go' }).click();
  const snippet = group(page, 'Return it').locator('[data-snippet=go]');
  await snippet.hover();
  await snippet.getByRole('button', { name: /copy/i }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('w.WriteHeader(http.StatusTooManyRequests)');
  expect(copied).toContain('w.Header().Set("Retry-After"');
  expect(copied.startsWith('package main')).toBe(true);
});

test('without JavaScript each group shows a snippet, and one link away every snippet is readable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/codes/404/');
  await expect(page.locator('[data-snippet=express]')).toBeVisible();
  await expect(page.locator('[data-snippet=curl]')).toBeVisible();
  await page.getByRole('link', { name: /^All \d+ snippets on one page$/ }).click();
  await expect(page).toHaveURL(/\/codes\/404\/snippets\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('404 Not Found: code snippets');
  const snippets = page.locator('[data-snippet]');
  expect(await snippets.count()).toBeGreaterThan(20);
  for (const snippet of await snippets.all()) await expect(snippet).toBeVisible();
  for (const id of ['rails', 'fastapi', 'axum', 'requests']) await expect(page.locator(`[data-snippet=${id}]`)).toContainText(/\S/);
  await context.close();
});

test('a code page carries one stack per group and fetches another only when it is chosen', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'fetch') fetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/codes/429/');
  const ret = group(page, 'Return it');
  await expect(ret.locator('[data-snippet=express]')).toContainText('.status(429)');
  await expect(ret.locator('[data-snippet=flask]')).toBeEmpty();
  expect(fetched).toEqual([]);
  await ret.getByRole('tab', { name: 'Python' }).click();
  await expect(ret.locator('[data-snippet=flask]')).toBeVisible();
  await expect(ret.locator('[data-snippet=flask]')).toContainText('from flask import');
  await expect(ret.locator('[data-snippet=express]')).toBeHidden();
  expect(fetched).toEqual(['/codes/429/snippets/']);
});

test('a stack that cannot be fetched points to the page with every snippet', async ({ page }) => {
  await page.route('**/codes/429/snippets/', (route) => route.abort());
  await page.goto('/codes/429/');
  const ret = group(page, 'Return it');
  await ret.getByRole('tab', { name: 'Go' }).click();
  const panel = ret.locator('[data-snippet=go]');
  await expect(panel).toContainText('could not be loaded');
  await expect(panel.getByRole('link', { name: 'every snippet for this code' })).toHaveAttribute('href', '/codes/429/snippets/');
});

test('the snippet area has no accessibility violations', async ({ page }) => {
  await page.goto('/codes/401/');
  expect(await axeViolations(page, '#snippets + *')).toEqual([]);
  expect(await axeViolations(page, 'section:has(> #snippets)')).toEqual([]);
});
