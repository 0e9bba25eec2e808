import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, headersFile, inlineScripts, sha256Source } from './csp';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** After the build, hashes every inline script in the output and writes dist/_headers. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const file of await htmlFiles(root)) for (const script of inlineScripts(await readFile(file, 'utf8'))) hashes.add(sha256Source(script));
        await writeFile(join(root, '_headers'), headersFile(contentSecurityPolicy(hashes)));
        logger.info(`wrote _headers; ${hashes.size} inline script hashes in the CSP`);
      },
    },
  };
}
