import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [path, ...widths] = process.argv.slice(2);
for (const w of widths) {
  for (const scheme of ['light']) {
    const page = await browser.newPage({ viewport: { width: Number(w), height: 600 }, colorScheme: scheme });
    await page.goto('http://127.0.0.1:5400' + path);
    if (process.env.OPEN) { await page.click(process.env.OPEN); await page.waitForTimeout(200); }
    await page.screenshot({ path: `scratch/shot-${w}-${scheme}.png`, fullPage: !!process.env.FULL, clip: process.env.FULL ? undefined : { x: 0, y: 0, width: Number(w), height: Number(process.env.H ?? 140) } });
    await page.close();
  }
}
await browser.close();
