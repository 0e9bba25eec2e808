import { expect, test } from '@playwright/test';

test('every link in the header and footer leads to a page that exists', async ({ page, request }) => {
  await page.goto('/');
  const hrefs = await page.locator('header a[href], footer a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const internal = [...new Set(hrefs.filter((href) => href.startsWith('/')))];
  expect(internal.length).toBeGreaterThan(5);
  for (const href of internal) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

test('the main navigation reaches the list of codes, and a code from there', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Status Codes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All HTTP status codes');
  await page.getByRole('link', { name: /^418\s/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText("I'm a teapot");
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/codes/200/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('an unknown URL gets the site 404 page naming the address', async ({ page }) => {
  const response = await page.goto('/codes/no-such-code/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('#missing-path')).toHaveText('/codes/no-such-code/');
});
