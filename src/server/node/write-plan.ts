/** Writes a plan onto node:http, which can send any code from 100 to 999 and the 1xx it supports. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plan } from '../status/plan';

function sendInterim(response: ServerResponse, interim: NonNullable<Plan['interim']>) {
  if (interim.status === 100) response.writeContinue();
  else if (interim.status === 102) response.writeProcessing();
  // writeEarlyHints needs a Link field; every other field of the entry goes along with it.
  else response.writeEarlyHints(Object.fromEntries(interim.headers.map(([name, value]) => [name.toLowerCase(), value])));
}

export function writePlan(request: IncomingMessage, response: ServerResponse, plan: Plan): void {
  if (plan.interim) sendInterim(response, plan.interim);
  const headers: Record<string, string> = {};
  for (const [name, value] of plan.headers) headers[name] = value;
  const body = plan.body === null ? null : Buffer.from(plan.body);
  if (body) headers['Content-Length'] = String(body.byteLength);
  if (plan.close) headers.Connection = 'close';
  response.writeHead(plan.status, plan.phrase, headers);
  response.end(body && request.method !== 'HEAD' ? body : undefined);
}
