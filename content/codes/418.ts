import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 418,
  slug: '418',
  name: "I'm a teapot",
  aliases: [
    {
      name: "I'm a Teapot",
      note: 'Capitalisation used by Node.js http.STATUS_CODES and Python http.HTTPStatus; RFC 2324 and Go net/http write "I\'m a teapot"',
    },
  ],
  emoji: '🫖',
  category: 'client-error',
  standing: 'unused',
  reference: { label: 'RFC 9110, Section 15.5.19', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19' },
  caveat:
    'IANA lists 418 as "(Unused)": RFC 9110 reserves the number but gives it no HTTP meaning. The phrase "I\'m a teapot" comes from the April Fools\' RFC 2324 (HTCPCP), not from any HTTP specification, so a server that sends 418 is using an unregistered joke meaning.',
  summary:
    'An April Fools\' joke from 1998 about a teapot that refuses to brew coffee. HTTP reserves 418 so that it cannot be given a serious meaning.',
  gist: 'April Fools\' joke code, reserved by HTTP',
  explanation: [
    'On 1 April 1998, RFC 2324 described the Hyper Text Coffee Pot Control Protocol (HTCPCP), a spoof protocol for controlling coffee pots over a network. Among its gags was status 418, "I\'m a teapot", the answer to anyone who tries to brew coffee with a teapot. Another April Fools\' RFC, RFC 7168, extended the protocol to tea in 2014.',
    'The joke escaped into real software. Node.js, Go, Python and many frameworks added 418 to their status tables, and websites began returning it as an Easter egg or to shoo away unwanted bots. When members of the HTTP Working Group suggested freeing the number up in 2017, the protest was loud, and RFC 9110 settled the matter by reserving 418: the IANA registry lists it as "(Unused)", and it cannot be assigned to anything else for now.',
    'So if you receive a 418, no real teapot was harmed. Someone chose to answer your request with a joke, very often as a polite way of saying no.',
  ],
  definition:
    'RFC 9110 Section 15.5.19 reserves 418 in the IANA HTTP Status Code Registry, where it appears as "(Unused)". The section explains that RFC 2324, an April 1 RFC lampooning the ways HTTP was being abused, defined an application-specific 418 status, and that this code has been deployed as a joke often enough to make it unusable for any future purpose; it could be assigned only if circumstances demand it, for example if the 4xx codes run out. HTTP therefore gives 418 no semantics. A client that does not recognise it must treat it like the class default, 400 Bad Request, as RFC 9110 requires for every unrecognised status code.',
  causes: [
    'A site or API serves it as an Easter egg on a joke URL, or in reply to coffee-themed requests',
    'Bot and scraper defences answer automated or unwelcome requests with 418 rather than 403 or 429',
    'Developers use it as a placeholder or "should never happen" marker in tests and mock servers, precisely because no real meaning collides with it',
    'Hobby HTCPCP implementations and IoT demos, such as networked kettles, implement RFC 2324 or RFC 7168 for fun',
    'A web application firewall or custom middleware is configured to reply 418 to blocked requests',
  ],
  fix: {
    visitor: [
      'Enjoy the joke, then assume the site meant "no": it is often aimed at traffic that looks automated.',
      'Slow down, switch off browser extensions that fetch pages automatically, or use the site\'s official API if you are collecting data.',
    ],
    owner: [
      'Do not use 418 for real errors: pick the registered code that says what happened (403 for refusals, 429 for rate limits, 400 for bad input) so clients and monitoring can react.',
      'If you keep a teapot Easter egg, confine it to a dedicated URL so it never masks a genuine failure.',
      'Remember that generic clients treat 418 as a plain 400, and some HTTP tools that follow the registry strictly show no reason phrase for it.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; like most 4xx codes it is stored only when explicit freshness (Cache-Control, Expires) allows it.',
    },
    body: {
      value: 'allowed',
      note: 'HTTP sets no rules for it; RFC 2324 joked that the body may be "short and stout".',
    },
    retry: { value: 'no', note: 'The teapot will stay a teapot; repeating the request will get the same answer.' },
    seen: { value: 'wire', note: 'Sent by sites and APIs as an Easter egg or a tongue-in-cheek refusal, never because HTTP requires it.' },
  },
  example: {
    request: {
      method: 'BREW',
      target: '/pot-1',
      headers: [
        ['Host', 'teapot.example.com'],
        ['Content-Type', 'message/coffeepot'],
        ['Content-Length', '5'],
        ['Accept-Additions', 'Cream'],
      ],
      body: 'start',
    },
    response: {
      headers: [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '71'],
      ],
      body: "I'm a teapot. Coffee is not on the menu here; try asking for Earl Grey.",
    },
    note: 'A request in the style of RFC 2324, with its BREW method and Accept-Additions header; real servers that send 418 usually answer an ordinary GET or POST.',
  },
  faq: [
    {
      question: "Is 418 I'm a teapot a real HTTP status code?",
      answer:
        'Only partly. The number is reserved in the IANA registry by RFC 9110, so it is real in the sense that nothing else may use it, but it is listed as "(Unused)" and carries no HTTP meaning. The teapot phrase comes from RFC 2324, an April Fools\' joke about a different, fictional protocol.',
    },
    {
      question: 'Why was 418 not removed from HTTP libraries?',
      answer:
        'In 2017 an HTTP Working Group member asked Node.js, Python Requests, ASP.NET and others to drop it so the number could one day be reused. Developers objected loudly, maintainers were reluctant to break existing code, and most libraries kept it. The working group responded by reserving 418 in RFC 9110, accepting that it is too widely deployed as a joke to carry any other meaning.',
    },
    {
      question: 'Should I use 418 in my API?',
      answer:
        'Not for anything a client needs to understand. Generic clients treat an unknown 4xx as 400, so a 418 tells them nothing useful, and it can confuse monitoring and support teams. Keep it for Easter eggs and use registered codes for real errors.',
    },
    {
      question: 'Why do some sites return 418 to bots?',
      answer:
        'It is a cheeky way of refusing requests that look automated without revealing which rule triggered the block. A 403 or 429 would be more informative, but some operators like the humour, or want blocked traffic to stand out clearly in their logs.',
    },
  ],
  related: ['400', '403', '429', '306'],
});
