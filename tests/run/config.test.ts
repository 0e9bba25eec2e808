/**
 * nginx and Apache recipes: each one in its own server (nginx) or virtual host (Apache) on its
 * own port, all in one foreground process. Besides port and host, only the paths of files a
 * recipe reads (a password file, the maintenance switch) point into the work folder, and the
 * "your application" upstream points at a closed port in the suite's range.
 */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { get } from 'node:http';
import type { CodeEntry } from '../../src/data/codes';
import { snippetRequest } from '../../src/snippets/request';
import { conditional, ranged } from '../../src/snippets/rules';
import { describe } from 'vitest';
import type { Case } from './cases';
import { exchange, type Exchange } from './curl';
import { describeStack } from './stack';
import { has, HOST, PORT_LAST, start, waitForPorts, within, workDir } from './harness';

const upstream = `${HOST}:${PORT_LAST}`;

function localFiles(recipe: string, dir: string): string {
  return recipe
    .replaceAll('/etc/nginx/.htpasswd', within(dir, 'htpasswd'))
    .replaceAll('/etc/apache2/.htpasswd', within(dir, 'htpasswd'))
    .replaceAll('/var/www/maintenance.on', within(dir, 'maintenance.on'))
    .replaceAll('/var/www', within(dir, 'www'))
    .replaceAll('127.0.0.1:3000', upstream);
}

function prepare(dir: string, cases: Case[]): void {
  writeFileSync(within(dir, 'htpasswd'), '');
  writeFileSync(within(dir, 'maintenance.on'), '');
  // The files the static-file recipes serve (304, 206, 416): the current version the other stacks'
  // snippets serve, and as long as the example's Content-Range says.
  for (const { entry } of cases) {
    const plan = ranged(entry);
    const current = conditional(entry);
    if (!plan && !current) continue;
    const file = within(dir, 'www', snippetRequest(entry).path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, plan ? Buffer.alloc(plan.size, plan.line) : current!.body);
    // Deployed a while ago: Apache makes the ETag of a file changed within the last second weak,
    // and a weak ETag never matches an If-Range (RFC 9110 section 13.1.5).
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(file, anHourAgo, anHourAgo);
  }
}

function nginxConfig(cases: Case[], ports: number[], dir: string): string {
  const servers = cases.map((c, i) => {
    const recipe = localFiles(c.code, dir);
    if (/^server \{/m.test(recipe)) {
      const local = recipe.replace('listen 80;', `listen ${HOST}:${ports[i]};`);
      if (local === recipe) throw new Error(`nginx ${c.entry.slug}: the server block has no "listen 80;" to change`);
      return local;
    }
    return `server {\n    listen ${HOST}:${ports[i]};\n${recipe.replace(/^/gm, '    ')}\n}`;
  });
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${within(dir, `${kind}_temp`)};`).join('\n');
  return `pid ${within(dir, 'nginx.pid')};
error_log ${within(dir, 'error.log')};
events {}
http {
    access_log off;
${temp}
${servers.join('\n')}
}
`;
}

function apacheConfig(cases: Case[], ports: number[], dir: string): string {
  const modules = ['mpm_event', 'authz_core', 'authn_core', 'authn_file', 'auth_basic', 'authz_user', 'alias', 'rewrite', 'headers'];
  return `ServerRoot ${dir}
ServerName ${HOST}
PidFile ${within(dir, 'httpd.pid')}
ErrorLog ${within(dir, 'error.log')}
DefaultRuntimeDir ${dir}
${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
DocumentRoot ${dir}
${cases
  .map(
    (c, i) => `Listen ${HOST}:${ports[i]}
<VirtualHost ${HOST}:${ports[i]}>
${localFiles(c.code, dir)}
</VirtualHost>`,
  )
  .join('\n')}
`;
}

/**
 * A rate limit answers 429 only past its burst. Requests from this process keep the limit
 * exhausted (curl processes start too slowly to outrun the refill) while the page's own
 * request is sent.
 */
async function untilLimited(send: () => Promise<Exchange>, port: number, entry: CodeEntry): Promise<Exchange> {
  const { target } = snippetRequest(entry);
  let flooding = true;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = get({ host: HOST, port, path: target, timeout: 5_000 }, (res) => res.resume().on('end', resolve));
      req.on('error', () => resolve());
      req.on('timeout', () => req.destroy());
    });
  const flood = Array.from({ length: 16 }, async () => {
    while (flooding) await one();
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // A slot the refill frees can still go to the page's request: try it up to five times.
    let response = await send();
    for (let i = 0; i < 4 && response.status !== 429; i++) response = await send();
    return response;
  } finally {
    flooding = false;
    await Promise.all(flood);
  }
}

/**
 * A static file's ETag is the server's own, made from the file's modification time and size, as
 * the 304 and 206 recipes say; the example's cannot match it. So the page's request is sent with
 * the server's ETag (read from a plain GET first) in its If-None-Match or If-Range, the one value
 * changed besides the origin. The variants still send the page's other validators.
 */
function withServersEtag(field: string) {
  return async (_send: () => Promise<Exchange>, port: number, entry: CodeEntry): Promise<Exchange> => {
    const etag = await new Promise<string>((resolve, reject) => {
      const req = get({ host: HOST, port, path: snippetRequest(entry).target, timeout: 5_000 }, (res) => {
        res.resume();
        const value = res.headers.etag;
        if (value) resolve(value);
        else reject(new Error(`${entry.slug}: a plain GET got ${res.statusCode} with no ETag`));
      });
      req.on('error', reject);
      req.on('timeout', () => req.destroy(new Error(`${entry.slug}: no answer to a plain GET within 5 s`)));
    });
    return exchange(entry, port, [field, etag]);
  };
}

const sendFor = { 304: withServersEtag('If-None-Match'), 206: withServersEtag('If-Range') };

describe('server configuration recipes', () => {
  describeStack('nginx', has('nginx', ['-v']) ? undefined : 'nginx (apt: nginx-light)', async (cases, ports) => {
    const dir = workDir('nginx');
    prepare(dir, cases);
    writeFileSync(within(dir, 'nginx.conf'), nginxConfig(cases, ports, dir));
    const server = start('nginx', ['-p', dir, '-e', within(dir, 'error.log'), '-c', within(dir, 'nginx.conf'), '-g', 'daemon off; master_process off;']);
    await waitForPorts([server], ports, 30_000, 'nginx');
    return { servers: [server], portOf: (i) => ports[i]! };
  }, 60_000, { ...sendFor, 429: untilLimited });

  describeStack('apache', has('apache2', ['-v']) ? undefined : 'apache2 (apt: apache2)', async (cases, ports) => {
    const dir = workDir('apache');
    prepare(dir, cases);
    writeFileSync(within(dir, 'httpd.conf'), apacheConfig(cases, ports, dir));
    const server = start('apache2', ['-X', '-f', within(dir, 'httpd.conf')]);
    await waitForPorts([server], ports, 30_000, 'apache');
    return { servers: [server], portOf: (i) => ports[i]! };
  }, 60_000, sendFor);
});

