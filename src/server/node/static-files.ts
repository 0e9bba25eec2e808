/**
 * Serves the prerendered site (dist/) the way a static host does: index.html for a directory,
 * a redirect to the trailing slash, the 404 page, and the fields of dist/_headers (the CSP and
 * security headers, caching for hashed assets, CORS for the /api/ dataset).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
};

interface Rule {
  pattern: RegExp;
  headers: [string, string][];
}

/** The Netlify / Cloudflare Pages `_headers` format: a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function fileAt(path: string): { size: number; isDirectory: boolean } | null {
  try {
    const stat = statSync(path);
    return { size: stat.size, isDirectory: stat.isDirectory() };
  } catch {
    return null;
  }
}

export function staticFiles(root: string) {
  let rules: Rule[] = [];
  try {
    rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  } catch {
    console.warn(`No ${join(root, '_headers')}: pages are served without the security headers. Run npm run build.`);
  }

  function send(request: IncomingMessage, response: ServerResponse, status: number, file: string, size: number, path: string) {
    for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  }

  function notFound(request: IncomingMessage, response: ServerResponse, path: string) {
    const page = join(root, '404.html');
    const found = fileAt(page);
    if (found) send(request, response, 404, page, found.size, path);
    else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  }

  return function serveStatic(request: IncomingMessage, response: ServerResponse, url: URL): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Only GET and HEAD are served here.\n');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return notFound(request, response, url.pathname);
    }
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return notFound(request, response, path);
    const found = fileAt(file);
    if (found?.isDirectory) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      const page = fileAt(index);
      return page ? send(request, response, 200, index, page.size, path) : notFound(request, response, path);
    }
    return found ? send(request, response, 200, file, found.size, path) : notFound(request, response, path);
  };
}
