import { jsObject } from '../format';
import { errorBody, sendsBody, snippetHeaders } from '../rules';
import type { Generator } from '../types';

/** Express 4/5: res.status().set().json(), or .end() where no body is allowed. Interim 1xx responses are Node's job. */
export const express: Generator = {
  id: 'express',
  kind: 'return',
  language: 'JavaScript',
  framework: 'Express',
  lang: 'js',
  generate(entry) {
    if (entry.code < 200) return undefined;
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
