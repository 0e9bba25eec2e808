/** Flask, FastAPI and Django: every snippet loaded as written into one Python process, each on its own port. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeStack } from './stack';
import { start, waitForPorts, within, workDir } from './harness';
import type { Case } from './cases';

/** The first Python that has the framework: Debian's (python3-flask ...) or the one on PATH. */
function pythonWith(module: string): string | undefined {
  return ['/usr/bin/python3', 'python3'].find((python) => spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore', timeout: 30_000 }).status === 0);
}

const needs: Record<string, string[]> = { flask: ['flask'], fastapi: ['fastapi', 'uvicorn'], django: ['django', 'uvicorn'] };

for (const stack of ['flask', 'fastapi', 'django']) {
  const python = pythonWith(needs[stack]!.join(', '));
  describeStack(stack, python ? undefined : `Python with ${needs[stack]!.join(' and ')} (apt: python3-${needs[stack]!.join(', python3-')})`, async (cases: Case[], ports: number[]) => {
    const dir = workDir(stack);
    const pairs = cases.map((c, i) => {
      const file = within(dir, `snippet_${c.entry.slug.replace(/\W/g, '_')}.py`);
      writeFileSync(file, c.code);
      return `${ports[i]}:${file}`;
    });
    const server = start(python!, [resolve('tests/run/serve_python.py'), stack, ...pairs]);
    await waitForPorts([server], ports, 90_000, stack);
    return { servers: [server], portOf: (i) => ports[i]! };
  });
}
