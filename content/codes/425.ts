import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 425,
  slug: '425',
  name: 'Too Early',
  aliases: [
    {
      name: 'Unordered Collection',
      note: 'Early drafts of the WebDAV ordered-collections protocol (later RFC 3648, which does not use it); Node.js http.STATUS_CODES until Node 13',
    },
  ],
  emoji: '⏰',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 8470, Section 5.2', url: 'https://www.rfc-editor.org/rfc/rfc8470#section-5.2' },
  summary: 'The server will not act on a request sent in TLS early data (0-RTT), because it could be a replay; resend it once the handshake is done.',
  gist: 'Refused TLS early data; resend after handshake',
  explanation: [
    'To save time, TLS 1.3 lets a returning visitor send the first request before the secure handshake has finished, in what is called early data or 0-RTT. The catch is that someone who records that first flight of data can play it back to the server.',
    'A 425 is the server saying "this arrived too early for me to trust it; send it again once the connection is fully set up". Loading a page twice does no harm, but a payment or a password change is exactly the kind of request a server should refuse to risk running twice.',
    'Browsers and well-behaved clients repeat the request by themselves, so most people never see a 425 at all.',
  ],
  definition:
    'RFC 8470, Section 5.2: the server is unwilling to risk processing a request that might be replayed. It applies to requests that arrived in TLS early data, or that an intermediary forwarded before its own handshake with the client completed and marked with Early-Data: 1; a server SHOULD NOT send 425 otherwise, since it cannot assume the client is able to retry. A user agent SHOULD retry automatically, and the retry MUST NOT be sent in early data. An intermediary MUST forward a 425 if the request it forwarded carried Early-Data; otherwise, if it received the request in early data, it MAY retry on its own after its client handshake completes. A 425 is not cacheable by default and its content does not represent any resource. It is about replay risk only: not a rate limit (429) and not a statement about the server\'s availability (503).',
  causes: [
    'A returning client resumed a TLS 1.3 session and sent a state-changing request (POST, PUT, DELETE) in 0-RTT early data, which the server will not act on before the handshake completes',
    'A CDN or load balancer accepted 0-RTT from the visitor, forwarded the request with Early-Data: 1, and the origin rejects early data on that route',
    'An nginx front end with ssl_early_data on passes $ssl_early_data to the application, which answers 425 for anything that is not a safe read',
    'A GET that has side effects (a one-click confirmation or sign-out link) arrived in early data on a server that treats such URLs as unsafe to replay',
    'A client library with 0-RTT switched on does not implement the automatic retry, so the 425 surfaces as an error instead of being handled quietly',
  ],
  fix: {
    visitor: [
      'Try again: the retry goes over a fully established connection and normally succeeds, and most browsers do this for you.',
      'If an app keeps showing 425, update it or report it to its developer, because the client is supposed to retry without early data on its own.',
    ],
    owner: [
      'Send 425 only for requests that really arrived in early data or carry Early-Data: 1; any other client has no reason to expect a retry to turn out differently.',
      'Decide per route what is safe in 0-RTT: allow idempotent reads, and answer 425 for anything that changes state, starting with payments and logins.',
      'On nginx, hand the $ssl_early_data variable to the application (for example proxy_set_header Early-Data $ssl_early_data) so the app can recognise early requests.',
      'Make sure proxies in front of you pass a 425 back to the client untouched when they forwarded the request with Early-Data, as RFC 8470 requires.',
      'When in doubt, turn 0-RTT off for the hostname: one extra round trip costs far less than a replayed order.',
    ],
  },
  headers: [
    {
      name: 'Early-Data',
      in: 'request',
      requirement: 'associated',
      note: 'Added, always with the value 1, by an intermediary that forwarded the request before its TLS handshake with the client was complete; it also tells the origin that the intermediary understands 425. User agents do not send it: sending in early data is signal enough.',
      reference: { label: 'RFC 8470, Section 5.1', url: 'https://www.rfc-editor.org/rfc/rfc8470#section-5.1' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'RFC 8470 says a 425 is not cacheable by default, and storing one would serve no purpose.',
    },
    body: {
      value: 'allowed',
      note: 'Allowed, but it describes no resource, and clients normally retry without ever showing it.',
    },
    retry: {
      value: 'yes',
      note: 'Send the very same request again after the TLS handshake has completed, never in early data a second time.',
    },
    seen: {
      value: 'wire',
      note: 'Sent by origins and edge servers that accept TLS 1.3 0-RTT; rarely visible, since clients retry silently.',
    },
  },
  example: {
    request: {
      method: 'POST',
      target: '/api/payments',
      headers: [
        ['Host', 'shop.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '53'],
        ['Early-Data', '1'],
      ],
      body: '{"order":"A-10442","amount":"59.90","currency":"EUR"}',
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '204'],
      ],
      body: '{"type":"https://shop.example.com/problems/too-early","title":"Request arrived in TLS early data","status":425,"detail":"Payments are not processed from 0-RTT data. Retry once the handshake is complete."}',
    },
    note: 'A CDN forwarded the visitor\'s 0-RTT request marked Early-Data: 1; the origin will not risk a replayed payment, and the CDN passes the 425 back so the browser retries after the handshake.',
  },
  faq: [
    {
      question: 'What is TLS early data, and why is it risky?',
      answer:
        'TLS 1.3 lets a client that has talked to a server before send application data in its very first flight, before the handshake finishes, which saves a full round trip. That early data is not protected against replay: an attacker who captures it can send it to the server again. For a request that changes something, such as an order, a replay could run it twice, which is what 425 lets a server refuse.',
    },
    {
      question: 'What should my HTTP client do when it receives 425?',
      answer:
        'Resend the same request on a connection whose handshake has completed, without early data. RFC 8470 says user agents SHOULD do this automatically, and browsers that use 0-RTT handle it for you. If you wrote your own client and enabled 0-RTT, adding that retry is your job.',
    },
    {
      question: 'Why do some tools call 425 "Unordered Collection"?',
      answer:
        'Early drafts of the WebDAV ordered-collections work used 425 with that name, but the code never made it into the published RFC 3648, and it was never registered with that meaning. Some libraries copied the draft name anyway: Node.js printed "Unordered Collection" until version 13, when it switched to "Too Early" to match RFC 8470 (2018), which is what IANA registers today.',
    },
    {
      question: 'Should I enable 0-RTT on my site at all?',
      answer:
        'It can shave a round trip off repeat visits, which helps on slow mobile links. Enable it only if you can tell early requests apart (through the TLS library or the Early-Data header from your edge) and refuse unsafe ones with 425. If your stack cannot do that, leaving 0-RTT off is the safe default.',
    },
  ],
  related: ['429', '503', '421', '400'],
});
