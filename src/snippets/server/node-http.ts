import { jsObject, jsString } from '../format';
import { snippetRequest } from '../request';
import { phraseToSet, snippetHeaders } from '../rules';
import { finalAfter, jsHints, jsStandIn } from './interim';
import { jsPayload, jsValidatorParts, nodeFile, phraseComment, type JsStack } from './js-parts';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';

/**
 * Interim responses have their own APIs in node:http; the final response follows them. The
 * server answers every request, as the other node:http snippets do; stand-ins (interim.ts)
 * take the place of the reader's work.
 */
function interim(entry: CodeEntry): string | undefined {
  const { method, path } = snippetRequest(entry);
  const branch = `// Answers every request; in your server, this is the branch for ${method} ${path}.`;
  switch (entry.code) {
    case 100:
      return `import http from 'node:http';

${branch}
const server = http.createServer((req, res) => {
  req.resume(); // your upload handling reads the body here
  req.on('end', () => res.writeHead(${finalAfter[100]}).end());
});

// Node answers "Expect: 100-continue" by itself. Listen for 'checkContinue'
// to decide first, for example to refuse an upload that is too large.
server.on('checkContinue', (req, res) => {
  if (Number(req.headers['content-length']) > 10_000_000) {
    res.writeHead(413, { Connection: 'close' }).end();
    return;
  }
  res.writeContinue(); // sends HTTP/1.1 100 Continue
  server.emit('request', req, res);
});

server.listen(3000);`;
    case 101:
      return `import { createHash } from 'node:crypto';
import http from 'node:http';

const server = http.createServer((req, res) => res.writeHead(426, { Upgrade: 'websocket' }).end());

// A WebSocket handshake on ${path}: answer the client's key, then switch protocols (RFC 6455 section 4.2.2).
server.on('upgrade', (req, socket) => {
  const key = req.headers['sec-websocket-key'];
  if (req.url !== ${jsString(path)} || req.headers.upgrade?.toLowerCase() !== 'websocket' || !key) {
    socket.end('HTTP/1.1 400 Bad Request\\r\\nConnection: close\\r\\n\\r\\n');
    return;
  }
  const accept = createHash('sha1').update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
  socket.write(
    'HTTP/1.1 101 Switching Protocols\\r\\n' +
      'Upgrade: websocket\\r\\n' +
      'Connection: Upgrade\\r\\n' +
      \`Sec-WebSocket-Accept: \${accept}\\r\\n\\r\\n\`,
  );
  // From here on the socket carries WebSocket frames; use a library such as ws to speak them.
});

server.listen(3000);`;
    case 102:
      return `import http from 'node:http';

${jsStandIn.work}

${branch}
http.createServer(async (req, res) => {
  res.writeProcessing(); // sends HTTP/1.1 102 Processing
  await copyCollection();
  res.writeHead(${finalAfter[102]}).end();
}).listen(3000);`;
    case 103:
      return `import http from 'node:http';

${jsStandIn.page(entry)}

${branch}
http.createServer(async (req, res) => {
  // Sends HTTP/1.1 103 Early Hints at once: the browser can start fetching
  // these while the page is generated.
  res.writeEarlyHints(${jsHints(entry)});
  const html = await renderPage();
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(html);
}).listen(3000);`;
    default:
      return undefined;
  }
}

const stack: JsStack = {
  get: (name) => (/^[a-z]+$/i.test(name) ? `req.headers.${name.toLowerCase()}` : `req.headers[${jsString(name.toLowerCase())}]`),
  send: (status, headers, body) => `return res.writeHead(${status}, ${headers}).end(${body ?? ''});`,
  fileExpr: nodeFile,
  slice: 'subarray',
};

/** 304 only when If-None-Match matches; 206 and 416 only from the Range header (rules.ts). */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const parts = jsValidatorParts(entry, stack);
  if (!parts) return undefined;
  const { consts, lines } = parts;
  const { method, path } = snippetRequest(entry);
  return `import http from 'node:http';

${consts}

// Answers every request; in your server, this is the branch for ${method} ${path}.
http.createServer((req, res) => {
  ${lines.join('\n  ')}
}).listen(3000);`;
}

function finalResponse(entry: CodeEntry): string {
  const special = validatorsOrRanges(entry);
  if (special) return special;
  const request = snippetRequest(entry);
  const { payload, value, headers: payloadHeaders } = jsPayload(entry, 1);
  const json = payload.kind === 'json' ? ([['Content-Type', 'application/json']] as [string, string][]) : [];
  const headers = [...json, ...payloadHeaders, ...snippetHeaders(entry)];
  const phrase = phraseToSet(entry, 'node');
  const args = [String(entry.code), ...(phrase ? [jsString(phrase)] : []), ...(headers.length > 0 ? [jsObject(headers, 1)] : [])];
  const end = payload.kind === 'json' ? `res.end(JSON.stringify(${value}));` : payload.kind === 'text' ? `res.end(${value});` : 'res.end();';
  return `import http from 'node:http';

// Answers every request; in your server, this is the branch for ${request.method} ${request.path}.
http.createServer((req, res) => {${phrase ? `\n  ${phraseComment('Node.js')}` : ''}
  res.writeHead(${args.join(', ')});
  ${end}
}).listen(3000);`;
}

/** Node's built-in http module: writeHead and end, or the dedicated API of an interim response. */
export const nodeHttp: Generator = {
  id: 'node-http',
  language: 'JavaScript',
  framework: 'Node.js http',
  lang: 'js',
  generate: (entry) => (entry.code < 200 ? interim(entry) : finalResponse(entry)),
};
