/**
 * The Node entry (`npm run serve`, bundled to dist-server/node.mjs by scripts/build-server.mjs):
 * the settings from the environment, the status table generated at build time, the built site.
 */
import { fileURLToPath } from 'node:url';
import table from 'virtual:status-table';
import { readCheckerSettings } from './check/settings';
import { createNodeServer } from './node/server';
import { readSettings } from './settings';

const settings = readSettings(process.env);
const root = fileURLToPath(new URL('../dist/', import.meta.url));
const server = createNodeServer({ settings, checker: readCheckerSettings(process.env), table, root });
server.listen(settings.port, settings.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  console.log(`Serving the site, /status/ and /api/check on http://${settings.host}:${port}/ (rate limit ${settings.rateLimit ? 'on' : 'off'})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
