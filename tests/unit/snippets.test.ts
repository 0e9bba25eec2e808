import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codes } from '../../src/data/codes';
import { getCode } from '../../src/data/queries';
import { forbidsContent } from '../../src/lib/status-class';
import { allGenerators, clientGenerators, serverGenerators, snippetGroups } from '../../src/snippets';
import { snippetIds } from '../../src/snippets/ids';
import { unconditionalMustHeaders } from '../../src/lib/header-rules';
import { isRedirect } from '../../src/lib/redirects';
import { XMLParser } from 'fast-xml-parser';
import { conditional, constantOf, ranged, snippetHeaders, snippetMode, snippetPayload } from '../../src/snippets/rules';
import { clientStrategy } from '../../src/snippets/client/strategy';
import { longList, sentTarget, snippetRequest } from '../../src/snippets/request';
import type { Snippet } from '../../src/snippets/types';

/** Runs a compiler without blocking the test worker (a blocked worker misses vitest's own messages). */
const run = (command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  promisify(execFile)(command, args, { ...options, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });

const all = codes.flatMap((entry) => snippetGroups(entry).flatMap((group) => group.snippets.map((snippet) => ({ entry, group: group.id, snippet }))));
const byLang = (...langs: string[]) => all.filter(({ snippet }) => langs.includes(snippet.lang));
const serverIds = new Set<string>(serverGenerators.map((g) => g.id));

/** Whether a command exists on this machine; the tests that need it say so when they skip. */
function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn(`${command} not found: skipped the snippets that need it`);
    return false;
  }
}

/** Writes snippets to a temporary folder, one file each, named after entry and generator. */
function writeAll(items: { entry: { slug: string }; snippet: Snippet }[], extension: string, dirPerFile = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'snippets-'));
  for (const { entry, snippet } of items) {
    const name = `${entry.slug}_${snippet.id}`.replace(/[^\w]/g, '_');
    if (dirPerFile) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, `main${extension}`), snippet.code);
    } else writeFileSync(join(dir, `${name}${extension}`), snippet.code);
  }
  return dir;
}

describe('every snippet of every entry', () => {
  it('exists for every entry, in every group the entry needs', () => {
    for (const entry of codes) {
      const groups = snippetGroups(entry).map((g) => g.id);
      expect(groups, entry.slug).toContain('test');
      expect(groups.includes('return') || groups.includes('diagnose'), entry.slug).toBe(true);
    }
  });

  it.each(all.filter(({ group }) => group === 'return').map(({ entry, snippet }) => [entry.slug, snippet.id, entry, snippet] as const))(
    '%s / %s names the code by its number or its constant',
    (_, _id, entry, snippet) => {
      const constants = ['python', 'starlette', 'go', 'spring', 'aspnetcore', 'rack', 'symfony', 'rust']
        .map((lib) => constantOf(entry, lib)?.split(/[.:]+/).pop())
        .filter((c): c is string => !!c);
      const mentions = snippet.code.includes(String(entry.code)) || constants.some((c) => snippet.code.includes(c));
      expect(mentions, snippet.code).toBe(true);
    },
  );

  it.each(all.filter(({ group, snippet }) => group === 'return' && serverIds.has(snippet.id) && !['nginx', 'apache'].includes(snippet.id)).map(({ entry, snippet }) => [entry.slug, snippet.id, entry, snippet] as const))(
    '%s / %s sets the headers the code requires',
    (_, id, entry, snippet) => {
      // The oracle is the entry's own header table (every unconditional MUST), plus Location on the
      // redirects a client follows: not snippetHeaders(), the function the generators use.
      const required = [...unconditionalMustHeaders(entry.headers).map((rule) => rule.name), ...(isRedirect(entry.code) ? ['Location'] : [])];
      for (const name of required) expect(snippet.code.toLowerCase(), `${name} in ${id}`).toContain(name.toLowerCase());
    },
  );

  it('nests what it opens: a line ending in (, { or [ is followed by a deeper line or its closing one', () => {
    const width = (line: string) => /^[\t ]*/.exec(line)![0].replace(/\t/g, '    ').length;
    const misnested: string[] = [];
    for (const { entry, group, snippet } of all) {
      const lines = snippet.code.split('\n').filter((line) => line.trim() !== '');
      lines.forEach((line, i) => {
        const next = lines[i + 1];
        if (next === undefined || !/[({[]\s*$/.test(line) || /^\s*(#|\/\/)/.test(line)) return;
        if (width(next) <= width(line) && !/^\s*[)}\]]/.test(next)) misnested.push(`${entry.slug} ${group}/${snippet.id}: ${line.trim()} | ${next.trim()}`);
      });
    }
    expect(misnested).toEqual([]);
  });

  // A 304 snippet also holds the 200 it sends when If-None-Match does not match (checked below,
  // and served for real in tests/run, which sees no body on the 304).
  it.each(all.filter(({ group, entry }) => group === 'return' && forbidsContent(entry.code) && entry.code >= 200 && !conditional(entry)).map(({ entry, snippet }) => [entry.slug, snippet.id, snippet] as const))(
    '%s / %s sends no body',
    (_, _id, snippet) => {
      expect(snippet.code).not.toMatch(/\.json\(|jsonify|JsonResponse|json_encode|render json|Json\(|Results\.Json|\.body\(|\.send\(\{|res\.end\(JSON/);
    },
  );
});

describe('the rules behind the snippets', () => {
  it.each([
    ['401', 'WWW-Authenticate'],
    ['405', 'Allow'],
    ['407', 'Proxy-Authenticate'],
    ['429', 'Retry-After'],
    ['503', 'Retry-After'],
    ['301', 'Location'],
    ['201', 'Location'],
    ['426', 'Upgrade'],
    ['416', 'Content-Range'],
  ])('%s sets %s', (slug, header) => {
    expect(snippetHeaders(getCode(slug)!).map(([name]) => name.toLowerCase())).toContain(header.toLowerCase());
  });

  it.each(['520', '522', '460', '499', '444'])('%s gets diagnostics instead of server code', (slug) => {
    const entry = getCode(slug)!;
    expect(snippetMode(entry)).toBe('diagnose');
    expect(snippetGroups(entry).map((g) => g.id)).not.toContain('return');
  });

  it('gives a return snippet in at least 14 stacks for an ordinary code', () => {
    const stacks = snippetGroups(getCode('404')!).find((g) => g.id === 'return')!.snippets;
    expect(stacks.length).toBeGreaterThanOrEqual(14);
  });

  it('handles 429 on the client by reading Retry-After, and never retries a 400', () => {
    const handle = (slug: string) => snippetGroups(getCode(slug)!).find((g) => g.id === 'handle')!.snippets;
    for (const snippet of handle('429')) expect(snippet.code, snippet.id).toMatch(/retry-after/i);
    for (const snippet of handle('400')) expect(snippet.code, snippet.id).not.toMatch(/retry|backoff|sleep/i);
    expect(clientGenerators.length).toBe(4);
  });
});

describe('snippets parse or compile in their language', () => {
  it('JavaScript and TypeScript snippets parse with the TypeScript compiler', () => {
    const problems: string[] = [];
    for (const { entry, snippet } of byLang('js', 'ts')) {
      const output = ts.transpileModule(snippet.code, {
        reportDiagnostics: true,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        fileName: snippet.lang === 'ts' ? 'snippet.ts' : 'snippet.js',
      });
      for (const d of output.diagnostics ?? []) problems.push(`${entry.slug}/${snippet.id}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it.skipIf(!has('python3'))('Python snippets compile with py_compile', async () => {
    const items = byLang('python');
    const dir = writeAll(items, '.py');
    await run('sh', ['-c', `python3 -m py_compile ${dir}/*.py`]);
    expect(items.length).toBeGreaterThan(100);
  }, 60_000);

  it.skipIf(!has('go'))('Go snippets type-check with go vet', async () => {
    const items = byLang('go');
    const dir = writeAll(items, '.go', true);
    writeFileSync(join(dir, 'go.mod'), 'module snippets\n\ngo 1.19\n');
    await run('go', ['vet', './...'], { cwd: dir, env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } });
  }, 120_000);

  it.skipIf(!has('php'))('PHP snippets pass php -l', async () => {
    const dir = writeAll(byLang('php'), '.php');
    // -n: no php.ini and no extensions to load, so each lint starts fast; two at a time.
    await run('sh', ['-c', `ls ${dir}/*.php | xargs -P 2 -n 1 php -n -l > /dev/null`]);
  }, 300_000);

  it.skipIf(!has('ruby'))('Ruby snippets pass ruby -c', async () => {
    const dir = writeAll(byLang('ruby'), '.rb');
    await run('sh', ['-c', `for f in ${dir}/*.rb; do ruby -c "$f" > /dev/null || exit 1; done`]);
  }, 60_000);
});

describe('one request per code, and what the issue-19 run found', () => {
  const snippet = (slug: string, id: string) => snippetGroups(getCode(slug)!).flatMap((g) => g.snippets).find((s) => s.id === id)!.code;

  it('never copies a Date from the example: the server sets its own', () => {
    for (const entry of codes) expect(snippetHeaders(entry).map(([name]) => name.toLowerCase()), entry.slug).not.toContain('date');
    expect(snippet('304', 'flask')).not.toMatch(/Date/);
  });

  it('sends a 206 body exactly as long as its Content-Range says', () => {
    const payload = snippetPayload(getCode('206')!);
    const range = snippetHeaders(getCode('206')!).find(([name]) => name === 'Content-Range')![1];
    const [, first, last] = /bytes (\d+)-(\d+)\//.exec(range)!;
    expect(payload.kind).toBe('text');
    if (payload.kind === 'text') expect(Buffer.byteLength(payload.text)).toBe(Number(last) - Number(first) + 1);
  });

  it('routes 405 on the method the resource refuses, not on one it allows', () => {
    expect(snippet('405', 'express')).toContain("app.delete('/api/invoices/2024-0117'");
    expect(snippet('405', 'flask')).toContain('@app.delete(');
    expect(snippet('405', 'nextjs')).toContain('export async function DELETE(');
    expect(snippet('405', 'laravel')).toContain('Route::delete(');
  });

  it('gives Laravel no snippet for a code Symfony\'s Response refuses (above 599)', () => {
    const ids = (slug: string) => snippetGroups(getCode(slug)!).flatMap((g) => g.snippets).map((s) => s.id);
    expect(ids('999')).not.toContain('laravel');
    expect(ids('999')).toContain('php');
    expect(snippet('598', 'laravel')).toContain('598');
  });

  it('exempts Laravel\'s unsafe-method routes from the CSRF middleware of every version (PreventRequestForgery from 13)', () => {
    expect(snippet('201', 'laravel')).toContain('->withoutMiddleware([VerifyCsrfToken::class, PreventRequestForgery::class])');
    expect(snippet('404', 'laravel')).not.toContain('withoutMiddleware');
  });

  it('sets the catalogue phrase where the stack has none for the code', () => {
    expect(snippet('440', 'express')).toContain("res.statusMessage = 'Login Time-out'");
    expect(snippet('440', 'node-http')).toContain("res.writeHead(440, 'Login Time-out'");
    expect(snippet('440', 'flask')).toContain('"440 Login Time-out"');
    expect(snippet('440', 'django')).toContain('reason="Login Time-out"');
    expect(snippet('404', 'express')).not.toContain('statusMessage');
  });

  it('uses the number in FastAPI where the Starlette name depends on the version', () => {
    expect(snippet('416', 'fastapi')).toContain('status_code=416');
    expect(snippet('404', 'fastapi')).toContain('status.HTTP_404_NOT_FOUND');
  });

  it('gives 2xx a body shaped like a result, not an error', () => {
    expect(snippet('200', 'express')).not.toContain('error');
    expect(snippet('201', 'flask')).not.toContain('error');
  });

  it('keeps the method, headers and body in the status-only curl', () => {
    const [, quiet] = snippet('416', 'curl').split('# Just the status code');
    expect(quiet).toContain("-H 'Range: bytes=9000000-'");
    expect(snippet('405', 'curl').split('# Just the status code')[1]).toContain('-X DELETE');
    expect(snippet('418', 'curl')).not.toContain('BREW');
  });

  it('routes the interim codes on their own request, with stand-ins named as such, and shows their heads with -i', () => {
    for (const slug of ['100', '102', '103']) {
      const { method, path } = snippetRequest(getCode(slug)!);
      expect(snippet(slug, 'express'), slug).toContain(`app.${method.toLowerCase()}('${path}'`);
      expect(snippet(slug, 'go'), slug).toContain(`http.HandleFunc("${path}"`);
      expect(snippet(slug, 'curl'), slug).toMatch(/^curl -i /m);
    }
    expect(snippet('102', 'fastify')).toContain("app.addHttpMethod('COPY')");
    expect(snippet('103', 'node-http')).toContain('// Stands in for your page rendering\nconst renderPage');
    expect(snippet('101', 'curl')).toContain("-H 'Connection: Upgrade'");
    expect(snippet('100', 'curl')).toContain('--data-binary @db-2026-11-28.tar.gz');
  });

  it('sends header values a client can send: no "…" or remark from a shortened example (431, 494)', () => {
    for (const entry of codes)
      for (const [name, value] of snippetRequest(entry).headers) expect(value, `${entry.slug} ${name}`).toMatch(/^[\x20-\x7e]*$/);
    const cookie = snippetRequest(getCode('431')!).headers.find(([name]) => name === 'Cookie')![1];
    expect(cookie).toBe('session=7c1e0d9a4b; ab_home=variant-b; ab_checkout=variant-a; consent=eyJhbmFseXRpY3MiOnRydWV9');
    expect(snippet('494', 'curl')).toContain("-H 'Cookie: session=f3a9c1; cart=eyJpdGVtcyI6; _ga=GA1.2.18'");
  });

  it('sends the request that makes a server answer the code from every client', () => {
    for (const id of ['fetch', 'axios', 'requests', 'go-client']) {
      expect(snippet('405', id), id).toContain('DELETE');
      expect(snippet('416', id), id).toContain('bytes=9000000-');
      expect(snippet('304', id), id).toContain('If-None-Match');
    }
  });

  it('calls the 401 helpers it defines, and says which functions the reader supplies', () => {
    for (const id of ['fetch', 'axios', 'requests', 'go-client']) {
      const code = snippet('401', id);
      expect(code, id).toMatch(/You supply these two/);
      expect(code, id).toMatch(/refresh_?[tT]oken\(\)/);
    }
  });
});

describe('overrides and missing stacks', () => {
  it('uses an entry\'s hand-written snippet in place of the generated one', () => {
    const entry = { ...getCode('418')!, snippets: { express: '// brew coffee elsewhere' } };
    const express = snippetGroups(entry).find((g) => g.id === 'return')!.snippets.find((s) => s.id === 'express')!;
    expect(express.code).toBe('// brew coffee elsewhere');
  });

  it('has a generator for every id that overrides may name, and no other', () => {
    expect(allGenerators.map((g) => g.id).sort()).toEqual([...snippetIds].sort());
  });

  it('explains which stacks cannot send a code instead of leaving them out silently', () => {
    const interim = snippetGroups(getCode('102')!).find((g) => g.id === 'return')!;
    expect(interim.snippets.map((s) => s.id)).toEqual(expect.arrayContaining(['express', 'node-http', 'go']));
    expect(interim.unavailable?.frameworks).toEqual(expect.arrayContaining(['Flask', 'Spring Boot']));
    expect(interim.unavailable?.frameworks).not.toContain('Express');
    expect(interim.unavailable?.reason).toMatch(/interim \(1xx\)/);
    expect(snippetGroups(getCode('404')!).find((g) => g.id === 'return')!.unavailable).toBeUndefined();
  });
});

describe('the known gaps of issue 19: validators, ranges, Multi-Status, retries, long URLs', () => {
  const returnIt = (slug: string) => snippetGroups(getCode(slug)!).find((g) => g.id === 'return')!.snippets;
  const handleIt = (slug: string) => snippetGroups(getCode(slug)!).find((g) => g.id === 'handle')!.snippets;
  const applicationStacks: string[] = serverGenerators.map((g) => g.id).filter((id) => !['nginx', 'apache'].includes(id));

  // What each stack reads If-None-Match with: its own API where it has one, else the field itself.
  const readsIfNoneMatch: Record<string, RegExp> = {
    express: /if \(req\.fresh\)/,
    'node-http': /req\.headers\['if-none-match'\]/,
    fastify: /request\.headers\['if-none-match'\]/,
    nextjs: /request\.headers\.get\('If-None-Match'\)/,
    flask: /request\.if_none_match\.contains_weak\(/,
    fastapi: /request\.headers\.get\("if-none-match"\)/,
    django: /request\.headers\.get\("If-None-Match"\)/,
    go: /http\.ServeContent\(w, r,/,
    spring: /ResponseEntity\.ok\(\)\s*\.eTag\(/,
    aspnet: /entityTag: new EntityTagHeaderValue\(/,
    laravel: /\$response->isNotModified\(\$request\)/,
    php: /\$_SERVER\['HTTP_IF_NONE_MATCH'\]/,
    rails: /request\.fresh\?\(response\)/,
    axum: /headers\.get\("if-none-match"\)/,
  };

  const applicationSnippets = (slug: string) => returnIt(slug).filter((s) => applicationStacks.includes(s.id));

  it('answers 304 only when If-None-Match matches, in every application stack', () => {
    const snippets = applicationSnippets('304');
    expect(snippets.map((s) => s.id).sort()).toEqual([...applicationStacks].sort());
    for (const snippet of snippets) {
      expect(snippet.code, snippet.id).toMatch(readsIfNoneMatch[snippet.id]!);
      // The 200 branch sends the representation itself.
      expect(snippet.code, snippet.id).toContain(conditional(getCode('304')!)!.body.trim().replace(/\n$/, ''));
    }
  });

  it.each(['206', '416'])('answers %s from the Range header, never with a fixed Content-Range', (slug) => {
    const entry = getCode(slug)!;
    const fixed = snippetHeaders(entry).find(([name]) => name === 'Content-Range')![1];
    const snippets = applicationSnippets(slug);
    expect(snippets.map((s) => s.id).sort()).toEqual([...applicationStacks].sort());
    for (const snippet of snippets) {
      expect(snippet.code, snippet.id).not.toContain(fixed);
      // Its own Range parsing, or the stack's (ServeContent, a Resource body, range processing).
      expect(snippet.code, snippet.id).toMatch(/bytes=\(\\d\+\)-|bytes=\(\\\\d\+\)-|"bytes="|http\.ServeContent|ByteArrayResource|enableRangeProcessing: true/);
      expect(snippet.code, snippet.id).toContain(String(ranged(entry)!.size));
    }
  });

  it('serves a stand-in file of the complete length Content-Range names, and honours If-Range where the example sends it', () => {
    expect(ranged(getCode('206')!)).toMatchObject({ size: 27993, etag: '"b7421-log-v6"' });
    expect(ranged(getCode('416')!)).toMatchObject({ size: 8388608, etag: undefined });
    for (const snippet of applicationSnippets('206').filter((s) => !['go', 'spring', 'aspnet'].includes(s.id))) expect(snippet.code, snippet.id).toMatch(/if.?range/i);
  });

  it.each(['304', '206', '416'])('says that nginx and Apache answer %s by themselves for static files, rather than configuring it', (slug) => {
    for (const id of ['nginx', 'apache']) {
      const recipe = returnIt(slug).find((s) => s.id === id)?.code ?? '';
      expect(recipe, id).toMatch(/the files it serves( by itself)?[:.]?/);
      expect(recipe, id).toMatch(/by itself/);
      // Neither the status nor the validators and ranges are made up by the configuration.
      expect(recipe, id).not.toMatch(/return\s+\d{3}|R=\d{3}|(add_header|Header (always )?set) (ETag|Last-Modified|Content-Range)/i);
    }
  });

  it('serves the 304 file with the Cache-Control of the example, which the server repeats on its 304', () => {
    const recipes = Object.fromEntries(returnIt('304').map((s) => [s.id, s.code]));
    expect(recipes.nginx).toContain('add_header Cache-Control "max-age=600, public";');
    expect(recipes.apache).toContain('Header set Cache-Control "max-age=600, public"');
  });

  it('sends 207 as a multistatus XML document in the DAV: namespace', () => {
    const payload = snippetPayload(getCode('207')!);
    expect(payload.kind).toBe('text');
    if (payload.kind !== 'text') return;
    expect(payload.contentType).toBe('application/xml; charset=utf-8');
    // parse(text, true) validates first and throws on XML that is not well formed.
    const doc = new XMLParser({ ignoreAttributes: false }).parse(payload.text, true);
    const multistatus = doc['D:multistatus'];
    expect(multistatus['@_xmlns:D']).toBe('DAV:');
    expect(multistatus['D:response']['D:href']).toBe(snippetRequest(getCode('207')!).path);
    expect(multistatus['D:response']['D:propstat']['D:status']).toBe('HTTP/1.1 200 OK');
    for (const snippet of returnIt('207')) expect(snippet.code, snippet.id).not.toMatch(/jsonify|JsonResponse|json_encode|render json|Results\.Json|\.json\(/);
  });

  it('reads a 207 body as XML in every client, never as JSON', () => {
    for (const snippet of handleIt('207')) {
      expect(snippet.code, snippet.id).not.toMatch(/\.json\(\)|JSON\.parse|json\.NewDecoder/);
      expect(snippet.code, snippet.id).toMatch(/multistatus XML document/);
    }
    expect(handleIt('207').find((s) => s.id === 'requests')!.code).toContain('ElementTree.fromstring(');
    expect(handleIt('207').find((s) => s.id === 'go-client')!.code).toContain('xml.NewDecoder(');
  });

  const retried = codes.filter((entry) => ['retry-after', 'retry-transient'].includes(clientStrategy(entry) ?? ''));
  const methodCheck: Record<string, RegExp> = {
    fetch: /!retryable \|\|/,
    axios: /!retryable \|\|/,
    requests: /method not in IDEMPOTENT/,
    'go-client': /!idempotent\[req\.Method\]/,
  };

  it.each(retried.map((entry) => [entry.slug, snippetRequest(entry).method, entry] as const))('%s (%s): the retry helpers resend only idempotent methods', (_slug, method, entry) => {
    expect(retried.some((e) => snippetRequest(e).method === 'POST'), 'a retried POST exists to test').toBe(true);
    const snippets = snippetGroups(entry).find((g) => g.id === 'handle')!.snippets;
    for (const snippet of snippets) {
      expect(snippet.code, snippet.id).toMatch(methodCheck[snippet.id]!);
      expect(snippet.code, snippet.id).toMatch(/'GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE'|"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"|"GET": true, "HEAD": true, "PUT": true, "DELETE": true, "OPTIONS": true, "TRACE": true/);
      const warns = /is not idempotent: sent twice, it may act twice/.test(snippet.code);
      expect(warns, `${snippet.id}: says why a ${method} is not resent`).toBe(!['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE'].includes(method));
    }
  });

  it('sends the 414 clients the same over-long URL the curl command builds', () => {
    const entry = getCode('414')!;
    const list = longList(entry)!;
    // The example's server limit is 8190 bytes: the request line must exceed it.
    expect(sentTarget(entry).length).toBeGreaterThan(8190);
    expect(snippetGroups(entry).find((g) => g.id === 'test')!.snippets[0]!.code).toContain(`$(seq -s, ${list.first} ${list.first + list.count - 1})`);
    for (const snippet of handleIt('414')) {
      expect(snippet.code, snippet.id).not.toContain('…');
      expect(snippet.code, snippet.id).toContain(String(list.first));
      expect(snippet.code, snippet.id).toMatch(new RegExp(`${list.count}|${list.first + list.count}`));
    }
    // The fetch snippet's list, evaluated, is the list curl's seq prints.
    const fetchCode = handleIt('414').find((s) => s.id === 'fetch')!.code;
    const declaration = /const ids = (.*);/.exec(fetchCode)![1]!;
    const ids = new Function(`return ${declaration}`)() as string;
    expect(`${new URL(list.prefix).pathname}${new URL(list.prefix).search}${ids}`).toBe(sentTarget(entry));
  });
});
