import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * An axe run on the page. Legacy mode runs axe in the page itself; the default runs it per frame
 * and then finishes in a second, blank page, which costs about two seconds a run here. The
 * results are the same for our pages, which have no cross-origin frames.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);

/** Axe violations on the page (or a part of it), as short readable lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = axe(page);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The rules whose outcome depends on colours. The dark theme changes colour values and nothing
 * else (src/styles/global.css), so a page that passes every rule in light only needs these again in dark.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** Every rule in the light theme, then the colour rules in the dark one (the system preference, as a first visit has it). */
export async function axeViolationsInBothThemes(page: Page, path: string): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const { violations } = await axe(page).withRules(colourRules).analyze();
  return { light, dark: violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`) };
}
