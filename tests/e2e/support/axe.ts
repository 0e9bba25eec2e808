import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * An axe run on the page, reporting violations only. Legacy mode runs axe in the page itself; the
 * default runs it per frame and then finishes in a second, blank page, which costs about two
 * seconds a run here. The results are the same for our pages, which have no cross-origin frames.
 * Only violations are read, so axe is told not to collect the details of passes and the rest.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });

type Violation = { id: string; nodes: { target: unknown[] }[] };
const lines = (violations: Violation[]) => violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Axe violations on the page (or a part of it), as short readable lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = axe(page);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return lines(violations);
}

/**
 * The rules whose outcome depends on colours. The dark theme changes colour values and nothing
 * else (src/styles/global.css), so a page that passes every rule in light only needs these again in dark.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Every rule in the light theme, then the colour rules in the dark one (the system preference, as
 * a first visit has it). The dark run reuses the axe the light run put in the page, once the
 * colours' transitions have ended: checked mid-transition, a card's background is a blend.
 */
export async function axeViolationsInBothThemes(page: Page, path: string): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(async (rules) => {
    getComputedStyle(document.documentElement).color; // applies the new scheme, starting its transitions
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, colourRules);
  return { light, dark: lines(dark) };
}
