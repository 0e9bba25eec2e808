import { jsObject } from '../format';
import { errorBody, sendsBody, snippetHeaders } from '../rules';
import type { Generator } from '../types';

/** Express's res is Node's ServerResponse, so interim responses use Node's own methods. */
const interim: Record<number, string> = {
  100: `import express from 'express';
import http from 'node:http';

const app = express();
app.post('/upload', (req, res) => {
  req.resume();
  req.on('end', () => res.sendStatus(201));
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
server.listen(3000);`,
  102: `import express from 'express';

const app = express();

app.post('/reports', async (req, res) => {
  res.writeProcessing(); // sends HTTP/1.1 102 Processing
  const report = await buildReport(); // your long-running work
  res.status(201).json(report);
});

app.listen(3000);`,
  103: `import express from 'express';

const app = express();

app.get('/', async (req, res) => {
  // Sends HTTP/1.1 103 Early Hints at once (Node 18.11+)
  res.writeEarlyHints({ link: '</styles.css>; rel=preload; as=style' });
  res.send(await renderPage()); // your page rendering
});

app.listen(3000);`,
};

/** Express 4/5: res.status().set().json(), or .end() where no body is allowed. */
export const express: Generator = {
  id: 'express',
  language: 'JavaScript',
  framework: 'Express',
  lang: 'js',
  generate(entry) {
    if (entry.code < 200) return interim[entry.code];
    const headers = snippetHeaders(entry);
    const chain = [`.status(${entry.code})`];
    if (headers.length > 0) chain.push(`.set(${jsObject(headers, 2)})`);
    chain.push(sendsBody(entry) ? `.json(${jsObject(Object.entries(errorBody(entry)), 2)});` : '.end();');
    return `import express from 'express';

const app = express();

app.get('/example', (req, res) => {
  res
    ${chain.join('\n    ')}
});

app.listen(3000);`;
  },
};
