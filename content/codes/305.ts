import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 305,
  slug: '305',
  name: 'Use Proxy',
  aliases: [],
  emoji: '🚧',
  category: 'redirection',
  standing: 'deprecated',
  reference: { label: 'RFC 9110, Section 15.4.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6' },
  summary: 'Deprecated. It once told the client to repeat the request through a proxy named in the response; clients now ignore it for security reasons.',
  gist: 'Deprecated: retry via a named proxy; ignored',
  explanation: [
    'This code used to mean "ask me again, but go through this proxy server". The proxy\'s address came inside the response itself.',
    'That proved dangerous. Anyone able to tamper with a response could steer a browser through a proxy of their own choosing and read or change everything it sent afterwards, so the code was deprecated and browsers stopped obeying it long ago.',
    'If you meet a 305 today it comes from very old software or a mistake, and your browser simply shows whatever page came with it.',
  ],
  definition:
    'RFC 9110 keeps 305 only to record that it was defined by an earlier version of HTTP and is now deprecated, referring to RFC 7231 Appendix B, which deprecated it because of security concerns about configuring a proxy in-band. Under RFC 2616 it meant that the target resource had to be accessed through the proxy given in the Location field, that the client should repeat that single request via the proxy, and that only origin servers could send it. No current specification gives it any behaviour. The Fetch standard does not count 305 as a redirect status, so browsers neither switch proxies nor follow its Location; they handle it as an ordinary response and display its content. Choosing a proxy is left to the user, the operating system or a proxy auto-configuration file, never to a status code.',
  causes: [
    'Legacy server software or appliances still implementing the RFC 2616 behaviour to push clients toward a caching proxy',
    'An application that picked 305 from a status-code list because "Use Proxy" sounded right for a "go through our gateway" error',
    'A test suite or status mock endpoint (an httpbin-style /status/305 route) checking how clients react to unusual codes',
    'Protocol mix-ups: SIP, which borrowed HTTP\'s status codes, still defines 305 Use Proxy (RFC 3261), and code shared between SIP and HTTP stacks can leak it into HTTP',
  ],
  fix: {
    visitor: [
      'Do not try to honour it: set up a proxy only when your network administrator tells you to, through your system or browser settings.',
      'If the page you got is blank or unhelpful, report the address to the site owner, whose server is sending an obsolete response.',
      'On a company network, ask IT whether a proxy is required instead of trusting an address named by a web page.',
    ],
    owner: [
      'Stop sending 305. If clients must use a proxy, distribute the setting through system configuration, a PAC file or managed browser policy.',
      'If you meant that the resource is elsewhere, send 301, 302, 307 or 308 with a Location header instead.',
      'If you meant that access is allowed only through your gateway, answer 403 with a body that explains how to connect.',
      'Remove any client code that changes proxies on receiving a 305: obeying it lets a tampered response route traffic through an attacker\'s server.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; like any response it could be stored only with explicit freshness, which nobody has reason to give it.',
    },
    body: { value: 'allowed', note: 'Whatever body comes with it is displayed as an ordinary page, since browsers do not act on the code.' },
    retry: {
      value: 'after-change',
      note: 'Repeating the request changes nothing; the server has to stop sending 305, or the user has to configure a proxy deliberately.',
    },
    seen: { value: 'wire', note: 'Rare: legacy software, misused status lists and test endpoints.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/downloads/',
      headers: [
        ['Host', 'www.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Location', 'http://proxy.example.com:3128/'],
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '112'],
      ],
      body: '<!doctype html>\n<title>Use Proxy</title>\n<p>Please access this resource through proxy.example.com port 3128.</p>',
    },
    note: 'A legacy server asks the client to go through a proxy; a current browser ignores the Location, changes no settings and simply renders this page.',
  },
  faq: [
    {
      question: 'Why was 305 Use Proxy deprecated?',
      answer:
        'Because it let a single response reconfigure which proxy a client used. An attacker who could inject or alter one response could then route the victim\'s later requests through a server they controlled. RFC 7231 deprecated the code in 2014 for these security concerns about in-band proxy configuration, and RFC 9110 keeps it deprecated.',
    },
    {
      question: 'Do browsers still follow a 305?',
      answer:
        'No. Mozilla\'s networking code (netwerk/protocol/http/nsHttpChannel.cpp) has long left 305 out of the statuses it treats as redirects, with a comment calling it disabled as a security measure and pointing to Bugzilla bug 187996, and the Fetch standard, which modern browsers implement, does not treat 305 as a redirect at all. A browser receiving one shows the response body like any other page and leaves its proxy settings alone.',
    },
    {
      question: 'What should I send instead of 305?',
      answer:
        'It depends on what you meant. For a resource at another address, use a redirect such as 307 or 308. For "you must come through our gateway", use 403 and explain in the body. To make clients use a proxy, configure them out of band, with system settings, a PAC file or device management.',
    },
    {
      question: 'Is 305 still used anywhere?',
      answer:
        'In SIP, the signalling protocol behind much internet telephony, 305 Use Proxy is still a defined response (RFC 3261), because SIP borrowed its status codes from HTTP. In HTTP it survives only in the registry and in old software; no conforming modern client acts on it.',
    },
  ],
  related: ['407', '307', '306', '403'],
});
