/** Rails: every snippet loaded as written into one Rails application (serve_rails.rb), each answering on its own port
 * (WEBrick, or Puma for the one that sends Early Hints). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeStack } from './stack';
import { has, start, waitForPorts, within, workDir } from './harness';

const ready = has('ruby', ['-e', "require 'rails'; require 'action_controller/railtie'; require 'webrick'; require 'puma'"]);

describeStack('rails', ready ? undefined : 'Ruby with Rails, WEBrick and Puma (apt: ruby-rails ruby-webrick puma)', async (cases, ports) => {
  const dir = workDir('rails');
  const pairs = cases.map((c, i) => {
    const file = within(dir, `snippet_${c.entry.slug.replace(/\W/g, '_')}.rb`);
    writeFileSync(file, c.code);
    return `${ports[i]}:${file}`;
  });
  const server = start('ruby', [resolve('tests/run/serve_rails.rb'), ...pairs]);
  await waitForPorts([server], ports, 90_000, 'rails');
  return { servers: [server], portOf: (i) => ports[i]! };
});
