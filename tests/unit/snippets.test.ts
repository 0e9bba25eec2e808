import { execFileSync } from 'node:child_process';
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
import { constantOf, snippetHeaders, snippetMode, snippetPayload } from '../../src/snippets/rules';
import type { Snippet } from '../../src/snippets/types';

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

  it.each(all.filter(({ group, entry }) => group === 'return' && forbidsContent(entry.code) && entry.code >= 200).map(({ entry, snippet }) => [entry.slug, snippet.id, snippet] as const))(
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

  it.skipIf(!has('python3'))('Python snippets compile with py_compile', () => {
    const items = byLang('python');
    const dir = writeAll(items, '.py');
    execFileSync('sh', ['-c', `python3 -m py_compile ${dir}/*.py`], { encoding: 'utf8' });
    expect(items.length).toBeGreaterThan(100);
  }, 60_000);

  it.skipIf(!has('go'))('Go snippets type-check with go vet', () => {
    const items = byLang('go');
    const dir = writeAll(items, '.go', true);
    writeFileSync(join(dir, 'go.mod'), 'module snippets\n\ngo 1.19\n');
    execFileSync('go', ['vet', './...'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } });
  }, 120_000);

  it.skipIf(!has('php'))('PHP snippets pass php -l', () => {
    const dir = writeAll(byLang('php'), '.php');
    // -n: no php.ini and no extensions to load, so each lint starts fast; two at a time.
    execFileSync('sh', ['-c', `ls ${dir}/*.php | xargs -P 2 -n 1 php -n -l > /dev/null`]);
  }, 300_000);

  it.skipIf(!has('ruby'))('Ruby snippets pass ruby -c', () => {
    const dir = writeAll(byLang('ruby'), '.rb');
    execFileSync('sh', ['-c', `for f in ${dir}/*.rb; do ruby -c "$f" > /dev/null || exit 1; done`]);
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
