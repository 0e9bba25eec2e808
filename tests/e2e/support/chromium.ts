import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * The browser for e2e tests: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the one
 * `npx playwright install chromium` downloads. With none of them, stop with instructions.
 */
export function resolveChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  const system = candidates.find((path) => existsSync(path));
  if (system) return system;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the e2e tests. Install one of:\n' +
      '  - Debian/Ubuntu: apt-get install -y chromium   (then it is found at /usr/bin/chromium)\n' +
      '  - anywhere with internet: npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
}
