/**
 * Laravel: every snippet is the routes/web.php of a Laravel 8 application (Debian's
 * php-laravel-framework), the skeleton `laravel new` makes reduced to what serves a web route
 * (tests/run/laravel/: its 'web' middleware group with cookies, session and the CSRF check).
 * PHP's built-in server runs it through the skeleton's server.php, as `artisan serve` does, one
 * process per code; SNIPPET_ROUTES tells the RouteServiceProvider which code's routes file to load.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesFor } from './cases';
import { exchange } from './curl';
import { describeStack } from './stack';
import { has, HOST, PORT_LAST, start, stopAll, waitForPorts, within, workDir, type Server } from './harness';

const skeleton = resolve('tests/run/laravel');

// Debian's autoloader is on PHP's include path; the app's vendor/autoload.php requires it.
const laravelInstalled = has('php', ['-r', 'require "Illuminate/autoload.php"; exit(class_exists("Illuminate\\\\Foundation\\\\Application") ? 0 : 1);']);

/** A copy of the skeleton with the folders Laravel writes to, an app key, and one routes file per code. */
function application(name: string, routes: { slug: string; code: string }[]): string {
  const dir = workDir(name);
  cpSync(skeleton, dir, { recursive: true });
  for (const folder of ['bootstrap/cache', 'resources/views', 'storage/framework/sessions', 'storage/framework/views', 'storage/logs'])
    mkdirSync(within(dir, folder), { recursive: true });
  // What `laravel new` leaves in .env (from .env.example, then `php artisan key:generate`).
  writeFileSync(within(dir, '.env'), `APP_NAME=Laravel\nAPP_ENV=local\nAPP_KEY=base64:${randomBytes(32).toString('base64')}\nAPP_DEBUG=true\n`);
  for (const { slug, code } of routes) {
    mkdirSync(within(dir, 'routes', slug), { recursive: true });
    writeFileSync(within(dir, 'routes', slug, 'web.php'), code);
  }
  return dir;
}

describeStack('laravel', laravelInstalled ? undefined : 'php-laravel-framework (apt, with php-cli)', async (cases, ports) => {
  const dir = application('laravel', cases.map((c) => ({ slug: c.entry.slug, code: c.code })));
  const servers = cases.map((c, i) => serve(dir, c.entry.slug, ports[i]!));
  await waitForPorts(servers, ports, 60_000, 'laravel (php -S)');
  return { servers, portOf: (i) => ports[i]! };
});

/** PHP's built-in server on the app, with the skeleton's router script, cwd public/ (as `artisan serve`). */
function serve(dir: string, slug: string, port: number): Server {
  return start('php', ['-S', `${HOST}:${port}`, within(dir, 'server.php')], {
    cwd: within(dir, 'public'),
    env: { SNIPPET_ROUTES: `routes/${slug}/web.php` },
  });
}

// The snippets for unsafe methods pass only because they exempt themselves from the CSRF check:
// the same route without the exemption must get Laravel's 419, or the app checks nothing.
const exemption = /->withoutMiddleware\(\[VerifyCsrfToken::class, PreventRequestForgery::class\]\)/;
const only = process.env.SNIPPET_STACKS?.split(',');
describe.skipIf(!laravelInstalled || (only !== undefined && !only.includes('laravel')))('laravel: the skeleton checks CSRF tokens', () => {
  const unsafe = casesFor('laravel').find((c) => exemption.test(c.code));
  const port = PORT_LAST;
  let servers: Server[] = [];
  beforeAll(async () => {
    if (!unsafe) return;
    const dir = application('laravel-csrf', [{ slug: unsafe.entry.slug, code: unsafe.code.replace(exemption, '') }]);
    servers = [serve(dir, unsafe.entry.slug, port)];
    await waitForPorts(servers, [port], 60_000, 'laravel (php -S)');
  }, 120_000);
  afterAll(() => stopAll(servers), 30_000);

  it('answers an unsafe-method snippet without its exemption with 419', async () => {
    expect(unsafe, 'no Laravel snippet exempts itself from the CSRF check').toBeDefined();
    const response = await exchange(unsafe!.entry, port);
    expect(response.status, `${unsafe!.entry.slug} without withoutMiddleware()`).toBe(419);
  });
});
