import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function printPages(page: Page, format: 'A4' | 'Letter') {
  await page.emulateMedia({ media: 'print' });
  return pdfPages(await page.pdf({ format, printBackground: false }));
}

test.describe('the cheat sheet', () => {
  test('lists every code, marks the everyday ones, and links each row to its page', async ({ page, request }) => {
    const { count } = await (await request.get('/api/codes.json')).json();
    await page.goto('/cheat-sheet/');
    await expect(page.locator('.cheat-list li')).toHaveCount(count);
    await expect(page.locator('li[data-everyday]').filter({ hasText: '404' })).toHaveCount(1);
    await page.getByRole('link', { name: /^418/ }).click();
    await expect(page).toHaveURL(/\/codes\/418\/$/);
  });

  test('filters by group and by everyday codes', async ({ page }) => {
    await page.goto('/cheat-sheet/');
    await page.getByLabel('Group').selectOption('cloudflare');
    const rows = page.locator('.cheat-list li:visible');
    for (const text of await rows.locator('.cheat-number').allTextContents()) expect(text).toMatch(/^5[23]\d$/);
    await page.getByLabel('Group').selectOption('');
    await page.getByLabel('Everyday codes only').check();
    await expect(page.getByRole('status')).toHaveText(/^\d+ codes shown\.$/);
    expect(await rows.count()).toBeLessThan(40);
    expect(await page.locator('.cheat-list li:visible:not([data-everyday])').count()).toBe(0);
  });

  test('prints the registered codes on two pages, A4 or Letter, without site chrome', async ({ page }) => {
    await page.goto('/cheat-sheet/');
    await page.getByLabel('Group').selectOption('registered');
    expect(await printPages(page, 'A4')).toBeLessThanOrEqual(2);
    expect(await printPages(page, 'Letter')).toBeLessThanOrEqual(2);
    await expect(page.locator('body > header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    // Still readable: the code lines are at least 7 points
    const size = await page.locator('.cheat-name').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(9); // CSS pixels: 7 pt
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/cheat-sheet/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the quiz', () => {
  test('a whole round can be played with the keyboard, with feedback, a score and a review', async ({ page }) => {
    await page.goto('/quiz/');
    await page.getByRole('radio', { name: /Everyday codes/ }).check();
    await page.getByRole('button', { name: 'Start the quiz' }).focus();
    await page.keyboard.press('Enter');
    let right = 0;
    for (let i = 1; i <= 10; i++) {
      await expect(page.getByText(`Question ${i} of 10`)).toBeVisible();
      // Answer with the keyboard: Tab to the first choice, Enter
      await page.keyboard.press('Tab');
      await expect(page.locator('.quiz-choice').first()).toBeFocused();
      await page.keyboard.press('Enter');
      const status = page.getByRole('status');
      await expect(status).toContainText(/Correct!|Not quite/);
      if ((await status.textContent())!.includes('Correct!')) right++;
      await expect(status.getByRole('link', { name: /Read about/ })).toBeVisible();
      const next = page.getByRole('button', { name: i === 10 ? 'See your score' : 'Next question' });
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('main').getByRole('heading', { level: 2, name: /You scored/ })).toHaveText(`You scored ${right} out of 10`);
    if (right < 10) await expect(page.getByRole('heading', { name: 'Questions to review' })).toBeVisible();
    await expect(page.locator('[data-review] li')).toHaveCount(10 - right);
    await expect(page.getByText(/Best score at this level/)).toBeVisible();
    await page.getByRole('button', { name: 'Play again' }).click();
    await expect(page.getByText(/Your best scores: everyday codes: \d+\/10/)).toBeVisible();
  });

  test('without JavaScript it says so and points to the cheat sheet', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/quiz/');
    await expect(page.getByRole('main').getByRole('link', { name: 'cheat sheet' })).toBeVisible();
    await context.close();
  });

  test('has no accessibility violations, at the start and during a question', async ({ page }) => {
    await page.goto('/quiz/');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.locator('.quiz-choice').first().click();
    expect(await axeViolations(page)).toEqual([]);
  });
});
