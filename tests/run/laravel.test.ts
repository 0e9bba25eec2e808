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
import { describeStack } from './stack';
import { has, HOST, start, waitForPorts, within, workDir } from './harness';

const skeleton = resolve('tests/run/laravel');

// Debian's autoloader is on PHP's include path; the app's vendor/autoload.php requires it.
const laravelInstalled = has('php', ['-r', 'require "Illuminate/autoload.php"; exit(class_exists("Illuminate\\\\Foundation\\\\Application") ? 0 : 1);']);

/** A copy of the skeleton with the folders Laravel writes to, an app key, and one routes file per code. */
function application(routes: { slug: string; code: string }[]): string {
  const dir = workDir('laravel');
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
  const dir = application(cases.map((c) => ({ slug: c.entry.slug, code: c.code })));
  const servers = cases.map((c, i) =>
    start('php', ['-S', `${HOST}:${ports[i]}`, within(dir, 'server.php')], {
      cwd: within(dir, 'public'),
      env: { SNIPPET_ROUTES: `routes/${c.entry.slug}/web.php` },
    }),
  );
  await waitForPorts(servers, ports, 60_000, 'laravel (php -S)');
  return { servers, portOf: (i) => ports[i]! };
});
