import { chromium } from '@playwright/test';
const width = Number(process.argv[2] ?? 320);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width, height: 700 } });
for (const p of process.argv.slice(3)) {
  await page.goto('http://127.0.0.1:5400' + p, { waitUntil: 'load' });
  const r = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n;
    while ((n = walker.nextNode())) {
      const range = document.createRange(); range.selectNodeContents(n);
      for (const rect of range.getClientRects()) {
        if (rect.right > vw + 0.5 && rect.width > 0) {
          let a = n.parentElement, clipped = false;
          while (a) { const s = getComputedStyle(a); if (/(auto|scroll|hidden|clip)/.test(s.overflowX)) { clipped = true; break; } a = a.parentElement; }
          if (clipped) break;
          const el = n.parentElement;
          const path = []; let e = el; while (e && e !== document.body && path.length < 4) { path.unshift(e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).slice(0, 3).join('.') : '')); e = e.parentElement; }
          out.push(path.join(' > ') + ' r=' + Math.round(rect.right) + ' "' + n.textContent.trim().slice(0, 70) + '"');
          break;
        }
      }
    }
    return out;
  });
  console.log(p); for (const l of r.slice(0, 10)) console.log('  ', l);
}
await browser.close();
