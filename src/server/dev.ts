/**
 * `astro dev` only (loaded by the dev middleware in astro.config.mjs): /status/* through the same
 * handler as the Node server, with the table computed from the entries, so the playground works
 * in development. Production uses the bundled server (src/server/node.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getCodesByNumber } from '../data/queries';
import { nodeRuntime, nodeStatusListener } from './node/server';
import { readSettings } from './settings';
import { buildStatusTable } from './status/table';

const settings = readSettings(process.env);
const listener = nodeStatusListener(settings, nodeRuntime(settings, buildStatusTable(getCodesByNumber)));

export function handleDevStatus(request: IncomingMessage, response: ServerResponse): Promise<void> {
  return listener(request, response, new URL(request.url ?? '/', 'http://localhost'));
}
