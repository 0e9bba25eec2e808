import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSettings, SETTINGS } from '../../src/server/settings';

describe('the server settings', () => {
  it('have working defaults', () => {
    expect(readSettings({})).toMatchObject({ port: 4321, host: 'localhost', rateLimit: true, trustProxy: false });
  });

  it('name the variable and what it accepts when a value is unusable', () => {
    expect(() => readSettings({ STATUS_RATE: 'fast' })).toThrow('Setting STATUS_RATE="fast": must be a whole number from 1 to 100000');
    expect(() => readSettings({ STATUS_RATE_LIMIT: 'no' })).toThrow('Setting STATUS_RATE_LIMIT="no": must be "on" or "off"');
    expect(() => readSettings({ STATUS_RATE_LIMIT_PERIOD: '30' })).toThrow(/must be 10 or 60/);
  });

  it('are all documented in the README, with their defaults', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const setting of Object.values(SETTINGS)) expect(readme).toContain(`| \`${setting.name}\` | \`${setting.default}\` |`);
  });
});
