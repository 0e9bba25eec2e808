import { chromium } from '@playwright/test';
const width = Number(process.argv[2] ?? 320);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width, height: 700 } });
for (const p of process.argv.slice(3)) {
  await page.goto('http://127.0.0.1:5400' + p, { waitUntil: 'load' });
  const r = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const b = el.getBoundingClientRect();
      if (b.right <= vw + 0.5 || b.width === 0) continue;
      if ([...el.children].some((c) => c.getBoundingClientRect().right > vw + 0.5)) continue;
      let a = el.parentElement, clipped = false;
      while (a) { const s = getComputedStyle(a); if (/(auto|scroll)/.test(s.overflowX)) { clipped = true; break; } a = a.parentElement; }
      if (clipped) continue;
      const path = []; let e = el; while (e && e !== document.body && path.length < 4) { path.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).slice(0, 4).join('.') : '')); e = e.parentElement; }
      out.push(path.join(' > ') + ' r=' + Math.round(b.right) + ' "' + (el.textContent || '').trim().slice(0, 60).replace(/\s+/g, ' ') + '"');
    }
    return out;
  });
  console.log(p); for (const l of r.slice(0, 12)) console.log('  ', l);
}
await browser.close();
