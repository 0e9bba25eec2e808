import { jsObject } from '../format';
import { errorBody, sendsBody, snippetHeaders } from '../rules';
import type { Generator } from '../types';

/** Interim responses go through reply.raw, Node's ServerResponse. */
const interim: Record<number, string> = {
  102: `import Fastify from 'fastify';

const app = Fastify();

app.post('/reports', async (request, reply) => {
  reply.raw.writeProcessing(); // sends HTTP/1.1 102 Processing
  const report = await buildReport(); // your long-running work
  return reply.code(201).send(report);
});

await app.listen({ port: 3000 });`,
  103: `import Fastify from 'fastify';

const app = Fastify();

app.get('/', async (request, reply) => {
  // Sends HTTP/1.1 103 Early Hints at once (Node 18.11+)
  reply.raw.writeEarlyHints({ link: '</styles.css>; rel=preload; as=style' });
  return reply.type('text/html').send(await renderPage()); // your page rendering
});

await app.listen({ port: 3000 });`,
};

/** Fastify: reply.code().headers(), then return the payload or send() nothing. */
export const fastify: Generator = {
  id: 'fastify',
  language: 'JavaScript',
  framework: 'Fastify',
  lang: 'js',
  generate(entry) {
    if (entry.code < 200) return interim[entry.code];
    const headers = snippetHeaders(entry);
    const chain = [`reply.code(${entry.code})`];
    if (headers.length > 0) chain.push(`.headers(${jsObject(headers, 2)})`);
    const send = sendsBody(entry)
      ? `return ${chain.join('\n    ')}\n    .send(${jsObject(Object.entries(errorBody(entry)), 2)});`
      : `return ${chain.join('\n    ')}\n    .send();`;
    return `import Fastify from 'fastify';

const app = Fastify();

app.get('/example', async (request, reply) => {
  ${send}
});

await app.listen({ port: 3000 });`;
  },
};
