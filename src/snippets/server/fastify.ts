import { jsObject } from '../format';
import { errorBody, sendsBody, snippetHeaders } from '../rules';
import type { Generator } from '../types';

/** Fastify: reply.code().headers(), then return the payload or send() nothing. */
export const fastify: Generator = {
  id: 'fastify',
  kind: 'return',
  language: 'JavaScript',
  framework: 'Fastify',
  lang: 'js',
  generate(entry) {
    if (entry.code < 200) return undefined;
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
