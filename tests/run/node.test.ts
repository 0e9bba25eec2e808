/** Express, Node's http module and Fastify: every snippet imported into one Node process, each on its own port. */
import { writeFileSync } from 'node:fs';
import { describeStack } from './stack';
import { HOST, start, waitForPorts, within, workDir } from './harness';
import type { Case } from './cases';

/** The only edits: the port, and the host 127.0.0.1. */
const localize: Record<string, (code: string, port: number) => string> = {
  express: (code, port) => code.replace(/\b(app|server)\.listen\(3000\);/, `$1.listen(${port}, '${HOST}');`),
  'node-http': (code, port) => code.replace('.listen(3000);', `.listen(${port}, '${HOST}');`),
  fastify: (code, port) => code.replace('await app.listen({ port: 3000 });', `await app.listen({ port: ${port}, host: '${HOST}' });`),
};

async function serveInOneProcess(stack: string, cases: Case[], ports: number[]) {
  const dir = workDir(stack);
  const files = cases.map((c, i) => {
    const code = localize[stack]!(c.code, ports[i]!);
    if (code === c.code) throw new Error(`${stack} ${c.entry.slug}: could not find the port to change`);
    const file = within(dir, `${c.entry.slug}.mjs`);
    writeFileSync(file, code);
    return file;
  });
  writeFileSync(within(dir, 'main.mjs'), files.map((file) => `await import(${JSON.stringify(file)});`).join('\n'));
  const server = start(process.execPath, [within(dir, 'main.mjs')]);
  await waitForPorts([server], ports, 60_000, stack);
  return { servers: [server], portOf: (i: number) => ports[i]! };
}

for (const stack of ['express', 'node-http', 'fastify']) describeStack(stack, undefined, (cases, ports) => serveInOneProcess(stack, cases, ports));
