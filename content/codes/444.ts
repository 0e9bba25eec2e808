import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 444,
  slug: '444',
  name: 'No Response',
  aliases: [],
  emoji: '🔇',
  category: 'nginx',
  standing: 'unofficial',
  vendor: { name: 'nginx' },
  reference: {
    label: 'nginx docs: ngx_http_rewrite_module, return',
    url: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return',
  },
  caveat:
    'nginx gives 444 no reason phrase: its documentation calls it a non-standard code that closes the connection without sending a response header, and its source names it NGX_HTTP_CLOSE. "No Response" is the name common status-code lists use. Because nothing is sent, 444 is never seen by a client; it appears only in nginx\'s logs.',
  summary: 'nginx closed the connection on purpose without sending any response at all; the number only appears in the server\'s own access log.',
  gist: 'nginx dropped the connection silently (log only)',
  explanation: [
    'A 444 is nginx hanging up without a word. The server received the request, decided it did not want to deal with it, and simply closed the connection: no status line, no headers, no page.',
    'Site owners use it to brush off unwanted traffic, such as vulnerability scanners, requests for host names the server does not serve, or bots they have blocked, at the lowest possible cost.',
    'You, as a visitor, never see the number. Your browser just reports an empty reply or a dropped connection, and only the server\'s log records that it was a 444.',
  ],
  definition:
    'A non-standard code used inside nginx configuration (return 444;) that makes nginx close the client connection immediately without sending a response header or body. It is not an HTTP status sent on the wire: the client receives no response at all, and nginx writes 444 to its access log with zero bytes sent. It is not registered with IANA and carries no meaning outside nginx. Being in the 4xx range only records that nginx treats the request as unwanted; it tells the client nothing, because the client is told nothing.',
  causes: [
    'A catch-all default server (listen 80 default_server; return 444;) drops requests whose Host header names no configured site, such as scanners probing the server by IP address',
    'A rule blocks known vulnerability paths (/.env, /wp-login.php, /phpmyadmin) or suspicious user agents with return 444',
    'An if ($request_method ...) rule drops methods the site never accepts, such as PUT, DELETE or PROPFIND on a static site, instead of answering 405 (TRACE never reaches such rules: nginx rejects it with 405 itself, and CONNECT too unless the server uses tunnel_pass, new in nginx 1.31.0)',
    'Geo-blocking or IP deny lists configured to close the connection rather than return 403',
    'Anti-abuse rules, such as a map of unwanted user agents or referrers checked in an if block, answer with 444 to spend as little bandwidth as possible on bad clients',
  ],
  fix: {
    visitor: [
      'Check the address: a 444 is often triggered when a site is reached by IP address or through an old host name it no longer serves.',
      'If a whole site refuses you with an empty reply, your network, country or browser extension may match a block rule; try another network or disable extensions that change requests.',
      'Contact the site owner with the time of the failure so they can find the request in their logs.',
    ],
    owner: [
      'Search the access log for " 444 " and compare the request lines with your return 444 rules to find which one matched.',
      'Keep 444 for traffic you are sure is unwanted; legitimate users and monitoring tools get no explanation and cannot tell the block from an outage.',
      'For HTTPS catch-all servers, add ssl_reject_handshake on; (nginx 1.19.4 and later) so unknown host names are refused during the TLS handshake, before any certificate is shown.',
      'Exclude health checks and your own monitoring from rules that return 444.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'not-applicable',
      note: 'Nothing is sent, so there is nothing for any cache to store.',
    },
    body: { value: 'none', note: 'nginx sends no status line, headers or body; it just closes the connection.' },
    retry: {
      value: 'after-change',
      note: 'The same request will be dropped again; only a change to the request (host name, path, client) or to the server\'s rules helps.',
    },
    seen: { value: 'logs', note: 'Recorded in nginx\'s access log; clients see only a closed connection, such as curl\'s "Empty reply from server" or Chrome\'s ERR_EMPTY_RESPONSE.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/.env',
      headers: [
        ['Host', '203.0.113.10'],
        ['User-Agent', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'],
        ['Accept', '*/*'],
      ],
    },
    log: '198.51.100.77 - - [14/May/2025:03:12:09 +0000] "GET /.env HTTP/1.1" 444 0 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"',
    note: 'A scanner asks a server by its bare IP address for a secrets file; the catch-all server block answers with return 444, so the client gets nothing and the combined-format access log records 444 and 0 bytes.',
  },
  faq: [
    {
      question: 'Why does my browser show "empty response" instead of an error code?',
      answer:
        'Because nginx sent no response for the browser to display. With 444 the connection is closed before any status line is written, so the browser can only report that the server replied with nothing. The number 444 exists only in the server\'s log.',
    },
    {
      question: 'Is return 444 better than returning 403?',
      answer:
        'For traffic you never want to serve, it is cheaper: no headers, no error page, and the connection is gone at once. But it gives no information to anyone caught by mistake, and some clients retry on a dropped connection, so a 403 with a short explanation is kinder where real users might be affected.',
    },
    {
      question: 'Does return 444 work for HTTPS?',
      answer:
        'Yes, but only after the TLS handshake has finished, because nginx must decrypt the request before it can decide. That means the server has already presented a certificate. To refuse unknown host names before that point, use ssl_reject_handshake on; (nginx 1.19.4 and later) in the default HTTPS server.',
    },
    {
      question: 'My uptime monitor says the site is down, but nginx logs 444. Why?',
      answer:
        'The monitor is probably reaching a catch-all server block: it checks by IP address, or sends a Host header that matches none of your server_name values. From its side the connection closes with no answer, which looks exactly like an outage. Point the check at the real host name or add that name to the right server block.',
    },
  ],
  related: ['499', '403', '400', '405'],
});
