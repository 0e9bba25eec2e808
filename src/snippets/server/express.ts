import { jsObject, jsString } from '../format';
import { conditional, phraseToSet, ranged, snippetHeaders } from '../rules';
import { snippetRequest } from '../request';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';
import { finalAfter, jsHints, jsStandIn } from './interim';
import { jsConditionalConsts, jsConditionalHeaders, jsPayload, jsRangedConsts, jsRangedLines, nodeFile, phraseComment, type JsStack } from './js-parts';

const stack: JsStack = {
  get: (name) => `req.get(${jsString(name)})`,
  send: (status, headers, body) =>
    `return res${status === 200 ? '' : `.status(${status})`}.set(${headers}).${body === undefined ? 'end()' : `send(${body})`};`,
  fileExpr: nodeFile,
  slice: 'subarray',
};

const app = (route: string, lines: string[], consts = '') => `import express from 'express';
${consts ? `\n${consts}\n` : ''}
const app = express();

${route}
  ${lines.join('\n  ').replace(/\n  \n/g, '\n\n')}
});

app.listen(3000);`;

/**
 * 304 only when If-None-Match matches (req.fresh compares it with the ETag set on res), 206 and
 * 416 only from the Range header: see rules.ts, conditional() and ranged().
 */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const route = `app.get(${jsString(snippetRequest(entry).path)}, (req, res) => {`;
  const plan304 = conditional(entry);
  if (plan304)
    return app(
      route,
      [
        `res.set(${jsConditionalHeaders(plan304)});`,
        '// req.fresh compares If-None-Match with the ETag just set (weak comparison, "*" included)',
        'if (req.fresh) return res.status(304).end();',
        `res.type(${jsString(plan304.contentType)}).send(${jsString(plan304.body)});`,
      ],
      jsConditionalConsts(plan304),
    );
  const plan = ranged(entry);
  if (plan) return app(route, jsRangedLines(plan, stack), jsRangedConsts(plan, stack));
  return undefined;
}

/**
 * Express's res is Node's ServerResponse, so interim responses use Node's own methods, on the
 * code's request; stand-ins (interim.ts) take the place of the reader's work.
 */
function interim(entry: CodeEntry): string | undefined {
  const { method, path } = snippetRequest(entry);
  const route = `app.${method.toLowerCase()}(${jsString(path)}, `;
  if (entry.code === 100)
    return `import express from 'express';
import http from 'node:http';

const app = express();
${route}(req, res) => {
  req.resume(); // your upload handling reads the body here
  req.on('end', () => res.sendStatus(${finalAfter[100]}));
});

const server = http.createServer(app);
// Node answers "Expect: 100-continue" itself unless you listen for 'checkContinue':
// then you decide before the client sends the body.
server.on('checkContinue', (req, res) => {
  if (Number(req.headers['content-length']) > 10_000_000) {
    res.writeHead(413, { Connection: 'close' }).end();
    return;
  }
  res.writeContinue(); // sends HTTP/1.1 100 Continue
  app(req, res);
});
server.listen(3000);`;
  if (entry.code === 102)
    return `import express from 'express';

${jsStandIn.work}

const app = express();

${route}async (req, res) => {
  res.writeProcessing(); // sends HTTP/1.1 102 Processing
  await copyCollection();
  res.sendStatus(${finalAfter[102]});
});

app.listen(3000);`;
  if (entry.code === 103)
    return `import express from 'express';

${jsStandIn.page(entry)}

const app = express();

${route}async (req, res) => {
  // Sends HTTP/1.1 103 Early Hints at once (Node 18.11+)
  res.writeEarlyHints(${jsHints(entry)});
  res.type('html').send(await renderPage());
});

app.listen(3000);`;
  return undefined;
}

/** Express 4/5: the route on the request's method and path; res.status().set().json(), or .end() where no body is allowed. */
export const express: Generator = {
  id: 'express',
  language: 'JavaScript',
  framework: 'Express',
  lang: 'js',
  generate(entry) {
    if (entry.code < 200) return interim(entry);
    const special = validatorsOrRanges(entry);
    if (special) return special;
    const request = snippetRequest(entry);
    const { payload, value, headers: payloadHeaders } = jsPayload(entry, 2);
    const headers = [...snippetHeaders(entry), ...payloadHeaders];
    const phrase = phraseToSet(entry, 'node');
    const lines: string[] = [];
    if (phrase) lines.push(phraseComment('Node.js'), `res.statusMessage = ${jsString(phrase)};`);
    const chain = [`.status(${entry.code})`];
    if (headers.length > 0) chain.push(`.set(${jsObject(headers, 2)})`);
    if (payload.kind === 'json') chain.push(`.json(${value});`);
    else if (payload.kind === 'text') chain.push(`.send(${value});`);
    else chain.push('.end();');
    lines.push(`res\n    ${chain.join('\n    ')}`);
    const route = `app.${request.method.toLowerCase()}(${jsString(request.path)}, (req, res) => {`;
    return `import express from 'express';

const app = express();

${route}
  ${lines.join('\n  ')}
});

app.listen(3000);`;
  },
};
