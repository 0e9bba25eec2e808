import { expect, test } from '@playwright/test';
import { headersPort } from '../../playwright.config';

const origin = `http://127.0.0.1:${headersPort}`;

/** One page of each kind, plus the interactive paths that load code or data later. */
const pages = ['/', '/codes/', '/codes/429/', '/codes/101/', '/codes/522/', '/categories/client-error/', '/compare/', '/compare/401-vs-403/', '/cheat-sheet/', '/quiz/', '/search/?q=timeout', '/no-such-page/', '/blog/', '/blog/five-redirects-one-table/', '/blog/tags/caching/', '/blog/rss.xml'];

test.describe('under the Content-Security-Policy of dist/_headers', () => {
  for (const path of pages) {
    test(`${path} loads with no CSP violation and no console error`, async ({ page }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !/404 \(Not Found\)/.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
      );
      const response = await page.goto(`${origin}${path}`);
      const scriptSrc = response?.headers()['content-security-policy']?.split(';').find((d) => d.trim().startsWith('script-src'));
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain('unsafe-inline');
      await page.waitForLoadState('networkidle');
      if (path.startsWith('/search/')) await expect(page.locator('#page-results [role=option]').first()).toBeVisible();
      expect(problems).toEqual([]);
    });
  }

  /**
   * One walk through every page serves two checks, since a visit is the slow part: the policy
   * (no violation, no console error) and a 320 px phone (nothing scrolls sideways; wide tables
   * scroll in their own box, and code blocks wrap instead, which is why the site ships no script
   * to make scrolling code focusable).
   */
  test('every page in the sitemap loads with no CSP violation or console error, and fits a 320 px screen', async ({ page, request }) => {
    test.setTimeout(600_000); // every code page and its snippets page
    const sitemap = await (await request.get(`${origin}/sitemap-0.xml`)).text();
    const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(150);
    const problems: string[] = [];
    const tooWide: string[] = [];
    let current = '';
    page.on('console', (message) => {
      // The deliberate 404 below logs its own status; anything else is a problem.
      if (message.type() === 'error' && !(current === '/no-such-page/' && /404 \(Not Found\)/.test(message.text()))) problems.push(`${current}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
    );
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [...paths, '/search/?q=timeout', '/no-such-page/']) {
      current = path;
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) tooWide.push(`${path}: ${overflow} px too wide`);
      const scrollingCode = await page.locator('.expressive-code pre').evaluateAll((blocks) => blocks.filter((pre) => pre.scrollWidth > pre.clientWidth).length);
      if (scrollingCode > 0) tooWide.push(`${path}: ${scrollingCode} code block(s) scroll sideways`);
    }
    expect({ problems, tooWide }).toEqual({ problems: [], tooWide: [] });
  });

  test('search, the any-pair picker, fetched snippets and the quiz work under the policy', async ({ page }) => {
    const violations: string[] = [];
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective}`)));
    page.on('console', (m) => m.text().startsWith('CSP') && violations.push(m.text()));
    await page.goto(`${origin}/`);
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: 'Search status codes' }).fill('teapot');
    await expect(page.locator('#dialog-results [role=option]').first()).toContainText('418');
    await page.goto(`${origin}/compare/?a=418&b=440`);
    await expect(page.getByRole('table')).toBeVisible();
    await page.goto(`${origin}/quiz/`);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.getByText('Question 1 of 10')).toBeVisible();
    await page.goto(`${origin}/codes/404/`);
    // A stack the page left out is fetched from the snippets page and shown, copy button and all.
    const ret = page.getByRole('region', { name: 'Return it' });
    await ret.getByRole('tab', { name: 'Ruby' }).click();
    await expect(ret.locator('[data-snippet=rails]').getByRole('button', { name: 'Copy' })).toBeVisible();
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(violations).toEqual([]);
  });

  test('sends the other security headers, and long cache lifetimes for hashed assets', async ({ request, page }) => {
    const html = await request.get(`${origin}/codes/404/`);
    expect(html.headers()).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    expect(html.headers()['permissions-policy']).toContain('camera=()');
    await page.goto(`${origin}/codes/404/`);
    const asset = await page.locator('link[rel=stylesheet]').first().getAttribute('href');
    const cached = await request.get(`${origin}${asset}`);
    expect(cached.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
