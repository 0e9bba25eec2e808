import { axe } from './support/axe';
import { expect, test } from '@playwright/test';

/**
 * A 320 px phone. That no page is wider than the screen, and no code block scrolls sideways, is
 * checked on every page of the sitemap in the same walk as the security policy (security.spec.ts).
 */

test('the any-pair picker fits a 320 px screen with its longest options chosen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/compare/');
  const longest = await page.locator('select[name=a] option').evaluateAll((options) =>
    options.reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a)).getAttribute('value'),
  );
  await page.locator('select[name=a]').selectOption(longest!);
  await page.locator('select[name=b]').selectOption(longest!);
  const card = await page.locator('compare-picker').boundingBox();
  for (const select of await page.locator('compare-picker select').all()) {
    const box = (await select.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(card!.x + card!.width);
  }
});

test('at 320 px, targets are at least 24 by 24 px or spaced as WCAG 2.5.8 allows, on one page of each kind', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const problems: string[] = [];
  for (const path of ['/', '/codes/', '/codes/429/', '/categories/cloudflare/', '/compare/', '/compare/502-vs-504/', '/cheat-sheet/', '/quiz/', '/tools/', '/search/?q=timeout']) {
    await page.goto(path);
    const { violations } = await axe(page).withRules(['target-size']).analyze();
    for (const v of violations) problems.push(`${path}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  expect(problems).toEqual([]);
});
