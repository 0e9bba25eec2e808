import { jsObject, jsString } from '../format';
import { snippetRequest } from '../request';
import { phraseToSet, snippetHeaders } from '../rules';
import { finalAfter, jsHints, jsStandIn } from './interim';
import { jsPayload, jsValidatorParts, nodeFile, phraseComment, type JsStack } from './js-parts';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';

const stack: JsStack = {
  get: (name) => (/^[a-z]+$/i.test(name) ? `request.headers.${name.toLowerCase()}` : `request.headers[${jsString(name.toLowerCase())}]`),
  send: (status, headers, body) => `return reply${status === 200 ? '' : `.code(${status})`}.headers(${headers}).send(${body ?? ''});`,
  fileExpr: nodeFile,
  slice: 'subarray',
};

/** 304 only when If-None-Match matches; 206 and 416 only from the Range header (rules.ts). */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const parts = jsValidatorParts(entry, stack);
  if (!parts) return undefined;
  const { consts, lines } = parts;
  return `import Fastify from 'fastify';

${consts}

const app = Fastify();

app.get(${jsString(snippetRequest(entry).path)}, async (request, reply) => {
  ${lines.join('\n  ')}
});

await app.listen({ port: 3000 });`;
}

/** The route for an interim code's request: Fastify 5 needs addHttpMethod for WebDAV methods such as COPY. */
function interimRoute(entry: CodeEntry): { setup: string; route: string; close: string } {
  const { method, path } = snippetRequest(entry);
  if (fastifyMethods.has(method) && method !== 'TRACE') return { setup: '', route: `app.${method.toLowerCase()}(${jsString(path)}, `, close: '});' };
  return {
    setup: `app.addHttpMethod(${jsString(method)});\n`,
    route: `app.route({ method: ${jsString(method)}, url: ${jsString(path)}, handler: `,
    close: '} });',
  };
}

/** Interim responses through Node's own ServerResponse (reply.raw); stand-ins (interim.ts) take the place of the reader's work. */
function interim(entry: CodeEntry): string | undefined {
  if (entry.code !== 102 && entry.code !== 103) return undefined;
  const { setup, route, close } = interimRoute(entry);
  const handler =
    entry.code === 102
      ? `  reply.raw.writeProcessing(); // sends HTTP/1.1 102 Processing
  await copyCollection();
  return reply.code(${finalAfter[102]}).send();`
      : `  // Sends HTTP/1.1 103 Early Hints at once (Node 18.11+)
  reply.raw.writeEarlyHints(${jsHints(entry)});
  return reply.type('text/html').send(await renderPage());`;
  return `import Fastify from 'fastify';

${entry.code === 102 ? jsStandIn.work : jsStandIn.page(entry)}

const app = Fastify();
${setup}
${route}async (request, reply) => {
${handler}
${close}

await app.listen({ port: 3000 });`;
}

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Methods Fastify 5 routes without addHttpMethod. */
const fastifyMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE']);
/** Body types Fastify parses by itself; any other body is refused with 415 before the handler runs. */
const parsedTypes = new Set(['application/json', 'text/plain']);

/** Fastify 5: the route on the request's method and path; reply.code().headers(), then send the payload or nothing. */
export const fastify: Generator = {
  id: 'fastify',
  language: 'JavaScript',
  framework: 'Fastify',
  lang: 'js',
  generate(entry) {
    if (entry.code < 200) return interim(entry);
    // Fastify refuses codes above 599 (FST_ERR_BAD_STATUS_CODE).
    if (entry.code > 599) return undefined;
    const special = validatorsOrRanges(entry);
    if (special) return special;
    const request = snippetRequest(entry);
    const { payload, value, headers: payloadHeaders } = jsPayload(entry, 2);
    const headers = [...snippetHeaders(entry), ...payloadHeaders];
    const phrase = phraseToSet(entry, 'node');
    const chain = [`reply.code(${entry.code})`];
    if (headers.length > 0) chain.push(`.headers(${jsObject(headers, 2)})`);
    chain.push(payload.kind === 'none' ? '.send();' : `.send(${value});`);
    const handler = [...(phrase ? [phraseComment('Node.js'), `reply.raw.statusMessage = ${jsString(phrase)};`] : []), `return ${chain.join('\n    ')}`];
    const setup: string[] = [];
    if (!fastifyMethods.has(request.method)) setup.push(`app.addHttpMethod(${jsString(request.method)}, { hasBody: true });`);
    const type = request.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1].split(';')[0]?.trim().toLowerCase();
    if (type && !['GET', 'HEAD'].includes(request.method) && !parsedTypes.has(type))
      setup.push(`// Fastify parses JSON and plain text only, and refuses other types with 415; take this one as a string.
app.addContentTypeParser(${jsString(type)}, { parseAs: 'string' }, (request, body, done) => done(null, body));`);
    if (type === 'application/json' && request.body !== undefined && !parses(request.body))
      setup.push(`// Fastify answers malformed JSON with its own 400; take the body as text so this handler answers.
app.removeContentTypeParser('application/json');
app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => done(null, body));`);
    const route = fastifyMethods.has(request.method) && request.method !== 'TRACE'
      ? `app.${request.method.toLowerCase()}(${jsString(request.path)}, async (request, reply) => {`
      : `app.route({ method: ${jsString(request.method)}, url: ${jsString(request.path)}, handler: async (request, reply) => {`;
    const close = route.startsWith('app.route') ? '} });' : '});';
    return `import Fastify from 'fastify';

const app = Fastify();
${setup.length > 0 ? `${setup.join('\n')}\n` : ''}
${route}
  ${handler.join('\n  ')}
${close}

await app.listen({ port: 3000 });`;
  },
};
