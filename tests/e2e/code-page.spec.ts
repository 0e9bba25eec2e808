import { expect, test } from '@playwright/test';

test.describe('a code page', () => {
  test('shows every section of the page anatomy, in order', async ({ page }) => {
    await page.goto('/codes/404/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/404\s*Not Found/);
    const headings = await page.locator('main h2').allTextContents();
    const expected = [
      'Example HTTP exchange',
      'Common causes',
      'How to fix it',
      'What does this mean?',
      'Technical definition',
      'Header fields',
      'Behaviour at a glance',
      'Code snippets',
      'Related status codes',
    ];
    const positions = expected.map((title) => headings.findIndex((h) => h.trim() === title));
    expect(positions, `headings found: ${headings.join(' | ')}`).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    await expect(page.locator('main h2').last()).toContainText('questions and answers');
  });

  test('every "on this page" link leads to a section of the page', async ({ page }) => {
    for (const path of ['/codes/451/', '/codes/522/']) {
      await page.goto(path);
      const hrefs = await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(8);
      for (const href of hrefs) await expect(page.locator(href), `${path}${href}`).toHaveCount(1);
    }
  });

  test('breadcrumb leads from home through the category to the code', async ({ page }) => {
    await page.goto('/codes/404/');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    await crumbs.getByRole('link', { name: 'Client Error' }).click();
    await expect(page).toHaveURL(/\/categories\/client-error\/$/);
    await expect(page.getByRole('link', { name: /404\s+Not Found/ }).first()).toBeVisible();
  });

  test('the example response is correct for the code', async ({ page }) => {
    await page.goto('/codes/401/');
    const response = page.getByRole('figure', { name: 'Response', exact: true });
    await expect(response).toContainText('HTTP/1.1 401 Unauthorized');
    await expect(response).toContainText('WWW-Authenticate');
    await page.goto('/codes/204/');
    const noContent = page.getByRole('figure', { name: 'Response', exact: true });
    await expect(noContent).toContainText('HTTP/1.1 204 No Content');
    // The response ends with its headers: no blank line and no content after them
    expect((await noContent.locator('pre').innerText()).trim()).not.toMatch(/\n\s*\n/);
  });

  test('a log-only code shows the log line instead of a response', async ({ page }) => {
    await page.goto('/codes/499/');
    await expect(page.getByRole('figure', { name: 'Access log' })).toContainText(' 499 ');
    await expect(page.getByRole('figure', { name: 'Response', exact: true })).toHaveCount(0);
  });

  test('previous and next links follow site order', async ({ page }) => {
    await page.goto('/codes/440/');
    const pager = page.getByRole('navigation', { name: 'Previous and next codes' });
    await expect(pager.getByRole('link', { name: /Previous/ })).toContainText('561');
    await expect(pager.getByRole('link', { name: /Next/ })).toContainText('449');
  });

  test('the copy button beside a library constant copies its name', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/codes/429/');
    await page.getByRole('button', { name: 'Copy HTTPStatus.TOO_MANY_REQUESTS', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('HTTPStatus.TOO_MANY_REQUESTS');
  });

  test('carries a title, a description and structured data', async ({ page }) => {
    await page.goto('/codes/429/');
    await expect(page).toHaveTitle(/^429 Too Many Requests \| /);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{40,}/);
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const types = jsonLd.map((text) => JSON.parse(text)['@type']);
    expect(types).toEqual(expect.arrayContaining(['BreadcrumbList', 'FAQPage']));
  });
});
