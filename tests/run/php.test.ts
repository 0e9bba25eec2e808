/** Plain PHP: every snippet served by PHP's built-in server as its router script, one server per code. */
import { writeFileSync } from 'node:fs';
import { describeStack } from './stack';
import { has, HOST, start, waitForPorts, within, workDir } from './harness';

describeStack('php', has('php', ['-v']) ? undefined : 'php (apt: php-cli)', async (cases, ports) => {
  const dir = workDir('php');
  const servers = cases.map((c, i) => {
    const file = within(dir, `${c.entry.slug}.php`);
    writeFileSync(file, c.code);
    return start('php', ['-S', `${HOST}:${ports[i]}`, file], { cwd: dir });
  });
  await waitForPorts(servers, ports, 60_000, 'php');
  return { servers, portOf: (i) => ports[i]! };
});
