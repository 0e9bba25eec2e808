import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 451,
  slug: '451-iis',
  name: 'Redirect',
  aliases: [],
  emoji: '📱',
  category: 'microsoft-iis',
  standing: 'unofficial',
  vendor: { name: 'Microsoft', product: 'Exchange ActiveSync' },
  reference: {
    label: 'Microsoft [MS-ASHTTP] 3.1.5.2.2: HTTP Error 451',
    url: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f',
  },
  caveat:
    'This meaning belongs to the Exchange ActiveSync protocol alone and clashes with the IANA-registered 451 Unavailable For Legal Reasons (RFC 7725). Generic HTTP clients, proxies and caches will assume the legal meaning; only ActiveSync clients look for X-MS-Location. Microsoft\'s status table calls it "451 Redirect", but its sample responses show a status line with no reason phrase.',
  summary:
    'Exchange ActiveSync: the device reached the wrong server; use the URL in X-MS-Location or rerun Autodiscover. Not the legal-block 451.',
  gist: 'Exchange ActiveSync: use another server',
  explanation: [
    "Your phone's mail app asked an Exchange server for mail, and that server replied that it is the wrong one to ask: it cannot reach your mailbox, or another server can serve you better.",
    'The reply usually names the better server in an X-MS-Location header, and the mail app simply switches to it.',
    'If no address is given, the app runs Autodiscover again to find the right server. Most people never notice; it only matters when an app gets stuck.',
  ],
  definition:
    "In Exchange ActiveSync (MS-ASHTTP), 451 Redirect tells the client it is connected to a server that cannot access the user's mailbox, or that a more efficient server is available. If the response carries X-MS-Location, all later requests SHOULD use the URL it gives; if not, the client follows the full Autodiscover process of MS-ASCMD. It has nothing to do with the registered 451 Unavailable For Legal Reasons, and because it does not use a 3xx code or the Location header, general-purpose HTTP clients will not follow it.",
  causes: [
    'The mailbox moved to another site or Exchange deployment, and the old endpoint can no longer serve it',
    'Configuration changes made a different host name the preferred ActiveSync endpoint for this user',
    'The device was set up by hand with a server name that reaches an Exchange server outside the user\'s site',
    'A migration is in progress and the old server now points devices at the new service',
    'A load balancer or reverse proxy sends ActiveSync traffic to a server that cannot reach the mailbox',
  ],
  fix: {
    visitor: [
      'Let the mail app keep syncing; well-behaved apps follow the redirect by themselves.',
      'If syncing stays broken, remove the account and add it again with automatic setup so Autodiscover can find the right server.',
      'Update the mail app: old ActiveSync clients may not understand 451.',
    ],
    owner: [
      'Send X-MS-Location with the full URL of the correct ActiveSync endpoint whenever you know it, so clients do not have to rerun Autodiscover.',
      'Check that Autodiscover returns the right ActiveSync URL for moved mailboxes.',
      'Keep shared caches from storing these responses (send Cache-Control: private, as Microsoft\'s sample does), because a cache will take 451 for the cacheable legal code.',
      'Watch the ActiveSync logs for devices that keep receiving 451; they are usually pinned to an old host name.',
    ],
  },
  headers: [
    {
      name: 'X-MS-Location',
      in: 'response',
      requirement: 'associated',
      note: 'Gives the URL of the server to use; MS-ASHTTP says all later requests SHOULD go there. Without it, the client runs Autodiscover.',
      reference: {
        label: '[MS-ASHTTP] 3.1.5.2.2: HTTP Error 451',
        url: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f',
      },
    },
    {
      name: 'MS-ASProtocolVersion',
      in: 'request',
      requirement: 'associated',
      note: 'ActiveSync requests state their protocol version here (or in the encoded query string), which marks them as ActiveSync rather than ordinary web traffic.',
    },
  ],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'A cache cannot tell this 451 from the registered one, which RFC 7725 makes cacheable by default; Microsoft\'s sample response marks it Cache-Control: private.',
    },
    body: { value: 'allowed', note: "Microsoft's samples send no content (Content-Length: 0)." },
    retry: {
      value: 'after-change',
      note: 'Retry against the server in X-MS-Location, or the one Autodiscover returns; the same server will answer 451 again.',
    },
    seen: { value: 'wire', note: 'Sent by Exchange servers to ActiveSync clients such as phone and tablet mail apps.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/Microsoft-Server-ActiveSync?Cmd=FolderSync&User=jdoe&DeviceId=A1B2C3&DeviceType=Phone',
      headers: [
        ['Host', 'mail.example.com'],
        ['Content-Type', 'application/vnd.ms-sync.wbxml'],
        ['MS-ASProtocolVersion', '16.1'],
      ],
    },
    response: {
      reason: '',
      headers: [
        ['X-MS-Location', 'https://eas.example.org/Microsoft-Server-ActiveSync'],
        ['Cache-Control', 'private'],
        ['Content-Length', '0'],
      ],
    },
    note: 'As in the sample in MS-ASHTTP 3.1.5.2.2, the status line carries no reason phrase (RFC 9112 allows an empty one). The device should send this command, and every later one, to eas.example.org.',
  },
  faq: [
    {
      question: 'How can I tell an ActiveSync 451 from a legal-block 451?',
      answer:
        'Look at the request and the headers. An ActiveSync 451 answers a request to /Microsoft-Server-ActiveSync and usually carries X-MS-Location; a legal 451 answers an ordinary web request and, under RFC 7725, should carry a Link header with rel="blocked-by". The number alone cannot tell them apart.',
    },
    {
      question: 'What should a client do when X-MS-Location is missing?',
      answer:
        'Run Autodiscover again. MS-ASHTTP says that without the header the client follows the full Autodiscover process described in MS-ASCMD, which returns the correct ActiveSync URL for the mailbox. Retrying the same server only produces another 451.',
    },
    {
      question: 'Will a browser or generic HTTP library follow a 451 Redirect?',
      answer:
        'No. Redirect handling in HTTP libraries is tied to 3xx codes and the Location header, so they treat 451 as a client error and stop. Only ActiveSync clients that implement MS-ASHTTP read X-MS-Location and switch servers.',
    },
  ],
  related: ['451', '307', '421', '449'],
});
