import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 407,
  slug: '407',
  name: 'Proxy Authentication Required',
  emoji: '🛂',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.8', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8' },
  summary:
    'A proxy between you and the website wants you to log in to the proxy itself before it forwards your request.',
  gist: 'Log in to the proxy before it forwards',
  explanation: [
    'Many networks, especially at companies, schools and some hotels, send web traffic through a proxy server. A 407 comes from that proxy, not from the website you wanted: the proxy is saying "tell me who you are first".',
    'Browsers usually cope by showing a login box, or by signing in silently with your work account. Command-line tools, package managers and scripts are where a 407 really bites, because someone has to give them the proxy credentials by hand.',
  ],
  definition:
    'The client needs to authenticate itself to use a proxy for this request. It mirrors 401 Unauthorized one hop closer: the proxy MUST send a Proxy-Authenticate header field with a challenge that applies to that proxy, and the client MAY repeat the request with a new or replaced Proxy-Authorization header field. Unlike WWW-Authenticate, Proxy-Authenticate concerns only the next outbound client on the response chain, because only the client that chose the proxy is likely to hold its credentials; within one organisation, credentials may still be passed along a chain of proxies until one of them consumes them. A 407 says nothing about the origin server, which in most cases never saw the request.',
  causes: [
    'A corporate proxy requires a login (Basic, NTLM or Negotiate/Kerberos) and the request carried no Proxy-Authorization',
    'Tools such as curl, git, npm, pip or Docker read HTTP_PROXY or HTTPS_PROXY without a user name and password, or with special characters in the password left unencoded',
    'The proxy password expired or was changed, and cached credentials are now rejected',
    'The client only speaks Basic while the proxy offers only NTLM or Negotiate, so no usable challenge is found',
    'An HTTPS request is tunnelled through CONNECT, and the client sends credentials on the inner request instead of on the CONNECT itself',
  ],
  fix: {
    visitor: [
      'Enter your network or work account details when the browser asks; the prompt comes from the proxy, not from the site.',
      'If no prompt appears, check the proxy settings of your system or browser, or ask your IT team which proxy and credentials to use.',
      'For command-line tools, put the credentials in the proxy URL (http://user:password@proxy.example.com:8080), percent-encoding special characters, or use the tool\'s own proxy options.',
      'Try another network, such as a phone hotspot, to confirm that the proxy is what blocks you.',
    ],
    owner: [
      'Make the proxy\'s 407 carry a Proxy-Authenticate challenge for every scheme it accepts, offering Basic over TLS as a fallback where clients cannot do NTLM or Negotiate.',
      'Give build servers and service accounts their own proxy credentials or allow-list rules, and set NO_PROXY for internal destinations, so automation does not depend on an interactive login.',
      'Never send 407 from an origin server: for your own authentication use 401 with WWW-Authenticate.',
      'Look in the proxy log for the user and scheme behind repeated 407s; a loop of 407s usually signals a scheme mismatch rather than a wrong password.',
    ],
  },
  headers: [
    {
      name: 'Proxy-Authenticate',
      in: 'response',
      requirement: 'MUST',
      note: 'One or more challenges (scheme and parameters) that apply to this proxy; several may be offered, one per field line or comma-separated.',
      reference: { label: 'RFC 9110, Section 15.5.8', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8' },
    },
    {
      name: 'Proxy-Authorization',
      in: 'request',
      requirement: 'associated',
      note: 'The credentials the client sends to the proxy when it repeats the request.',
      reference: { label: 'RFC 9110, Section 11.7.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-11.7.2' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable, and proxies do not normally mark their own challenges as storable.',
    },
    body: { value: 'allowed', note: 'Proxies often send a short HTML page explaining the login requirement, or nothing at all.' },
    retry: {
      value: 'after-change',
      note: 'Repeat the request with valid Proxy-Authorization credentials for one of the offered schemes.',
    },
    seen: { value: 'wire', note: 'Sent by forward proxies (Squid, corporate secure web gateways), never legitimately by origin servers.' },
  },
  example: {
    request: {
      method: 'CONNECT',
      target: 'api.example.com:443',
      headers: [
        ['Host', 'api.example.com:443'],
        ['User-Agent', 'curl/8.5.0'],
      ],
    },
    response: {
      headers: [
        ['Proxy-Authenticate', 'Negotiate'],
        ['Proxy-Authenticate', 'Basic realm="Example Corp web proxy"'],
        ['Content-Length', '0'],
      ],
    },
    note: 'For HTTPS the proxy sees only the CONNECT request, so that is where it demands credentials and where the client must send them.',
  },
  faq: [
    {
      question: 'What is the difference between 401 and 407?',
      answer:
        'A 401 comes from the website itself and asks for credentials for that site, using WWW-Authenticate and Authorization. A 407 comes from a proxy on the way and asks for credentials for the proxy, using Proxy-Authenticate and Proxy-Authorization. The two can happen in sequence: first log in to the proxy, then to the site.',
    },
    {
      question: 'Why does my browser work while npm, pip or git get a 407?',
      answer:
        'Browsers on managed machines often log in to the proxy automatically with your Windows or Kerberos credentials. Command-line tools do not, and many of them cannot speak NTLM or Negotiate at all. Configure them with explicit proxy credentials, or run a local authenticating helper proxy that your IT team approves.',
    },
    {
      question: 'Can a website send me a 407?',
      answer:
        'Not legitimately: 407 is defined for proxies, and a browser that is not using a proxy has nobody to authenticate to. Chrome, for instance, treats a 407 from a direct connection as an error (ERR_UNEXPECTED_PROXY_AUTH) rather than showing a login prompt. If you see one, something between you and the site is acting as a proxy.',
    },
    {
      question: 'Is it safe to put my proxy password in HTTPS_PROXY?',
      answer:
        'It works, but the variable can leak into logs, shell history and child processes. Prefer a credentials file or tool setting with restricted permissions, or a dedicated service account with limited rights. Remember that Basic credentials sent to a plain-HTTP proxy are readable on the local network.',
    },
  ],
  related: ['401', '511', '403', '502'],
});
