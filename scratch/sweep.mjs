import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const width = Number(process.argv[2] ?? 320);
const base = 'http://127.0.0.1:5400';
const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [...xml.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width, height: 700 } });
const bad = [];
for (const p of [...paths, '/404.html', '/search/?q=timeout']) {
  await page.goto(base + p, { waitUntil: 'load' });
  const r = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const over = document.documentElement.scrollWidth - vw;
    if (over <= 0) return null;
    const culprits = [];
    for (const el of document.querySelectorAll('body *')) {
      const b = el.getBoundingClientRect();
      if (b.right > vw + 0.5 && b.width > 0) {
        // skip if ancestor scrolls
        let a = el.parentElement, clipped = false;
        while (a) { const s = getComputedStyle(a); if (/(auto|scroll|hidden)/.test(s.overflowX)) { clipped = true; break; } a = a.parentElement; }
        if (!clipped) culprits.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').slice(0,3).join('.') : '') + ' r=' + Math.round(b.right) + ' ' + (el.textContent||'').slice(0,40).replace(/\s+/g,' '));
      }
    }
    return { over, culprits: culprits.slice(-4) };
  });
  if (r) bad.push([p, r]);
}
console.log(JSON.stringify(bad, null, 1));
console.log(bad.length, 'of', paths.length);
await browser.close();
