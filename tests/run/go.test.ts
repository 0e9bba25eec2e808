/** Go net/http: every snippet built as its own program (one `go build` for all), each started on its own port. */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describeStack } from './stack';
import { has, HOST, start, waitForPorts, within, workDir } from './harness';

const dirName = (slug: string) => `c_${slug.replace(/\W/g, '_')}`;

function build(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // -s -w: no symbol tables, which makes linking dozens of programs much faster.
    const child = spawn('go', ['build', '-ldflags=-s -w', '-o', within(dir, 'bin') + '/', './...'], {
      cwd: dir,
      env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GO111MODULE: 'on' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (status === 0) resolve();
      else reject(new Error(`go build failed:\n${err}`));
    });
  });
}

describeStack('go', has('go', ['version']) ? undefined : 'go (apt: golang-go)', async (cases, ports) => {
  const dir = workDir('go');
  writeFileSync(within(dir, 'go.mod'), 'module snippets\n\ngo 1.19\n');
  cases.forEach((c, i) => {
    const code = c.code.replace('http.ListenAndServe(":3000", nil)', `http.ListenAndServe("${HOST}:${ports[i]}", nil)`);
    if (code === c.code) throw new Error(`go ${c.entry.slug}: could not find the port to change`);
    mkdirSync(within(dir, dirName(c.entry.slug)));
    writeFileSync(within(dir, dirName(c.entry.slug), 'main.go'), code);
  });
  await build(dir);
  const servers = cases.map((c) => start(within(dir, 'bin', dirName(c.entry.slug)), []));
  await waitForPorts(servers, ports, 60_000, 'go');
  return { servers, portOf: (i) => ports[i]! };
}, 660_000);
