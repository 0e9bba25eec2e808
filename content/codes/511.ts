import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 511,
  slug: '511',
  name: 'Network Authentication Required',
  aliases: [],
  emoji: '📶',
  category: 'server-error',
  standing: 'standard',
  reference: { label: 'RFC 6585, Section 6', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-6' },
  summary: 'The network you are on, not the website, wants you to sign in or accept its terms first: typical of hotel, airport and café Wi-Fi.',
  gist: 'Log in to the network (captive portal) first',
  explanation: [
    'You are connected to Wi-Fi, but the network has not let you onto the internet yet. Hotels, airports, trains and cafés often hold every connection at a sign-in or "accept the terms" page, called a captive portal.',
    'A 511 is the polite way for that portal to say so: it comes from the network in the middle, not from the website you asked for, and it points you to the page where you can log in.',
    'Once you have signed in or clicked "accept", the same address works normally. The website itself was never the problem.',
  ],
  definition:
    'Defined by RFC 6585: the client needs to authenticate to gain network access. The response representation SHOULD contain a link to a resource that lets the user submit credentials, for example an HTML form. It SHOULD NOT contain the login interface itself or an authentication challenge, because the browser would show it as if it belonged to the URL originally requested. Origin servers SHOULD NOT generate 511; it is meant for intercepting proxies that control network access. A cache MUST NOT store a 511 response. It differs from 401 and 407, which use HTTP authentication with WWW-Authenticate or Proxy-Authenticate challenges.',
  causes: [
    'A captive portal on public or guest Wi-Fi intercepts plain-HTTP requests until the user logs in, pays or accepts the terms',
    'The portal session has expired (many hotel and airport networks time out after a set number of hours) and the network wants a new sign-in',
    'A device without a browser, such as a games console, smart TV or IoT gadget, is on a network that needs a portal login it cannot complete',
    'An operating system\'s connectivity check (a small HTTP request the device sends after joining a network) receives the 511 and reports that sign-in is needed',
    'An enterprise network access control gateway holds unregistered devices until the user authenticates',
  ],
  fix: {
    visitor: [
      'Open a browser and visit any plain http:// address; the portal should show its sign-in page, or follow the link in the 511 page.',
      'Use the "sign in to network" notification your phone or laptop shows after joining the Wi-Fi.',
      'If the portal never appears, turn off a VPN or custom DNS for a moment, since both can stop the redirect to the sign-in page.',
      'For a device without a browser, ask the venue whether its address can be registered, or use a network that needs no portal.',
    ],
    owner: [
      'Send 511 from the portal instead of redirecting every request with 302, so applications and operating systems can tell "network login needed" apart from the real website.',
      'Put a link to the login page in the body and keep the form itself on that separate page, as RFC 6585 recommends.',
      'Send Cache-Control: no-store as well, so no shared cache keeps the portal page in place of real content.',
      'Announce the portal through DHCP or Router Advertisements (RFC 8910) and offer the Captive Portal API (RFC 8908) so devices can find the login page without being intercepted.',
      'Release clients quickly after login and make session expiry visible, so users are not surprised by a second sign-in later.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'never',
      note: 'RFC 6585 forbids caches from storing a 511, so the portal page never replaces the real response for anyone.',
    },
    body: {
      value: 'allowed',
      note: 'Should link to the network\'s login page rather than contain the login form itself.',
    },
    retry: {
      value: 'after-change',
      note: 'The same request will succeed once the user has authenticated with the network.',
    },
    seen: { value: 'wire', note: 'Sent by captive portals and network access gateways, not by the website that was requested.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/news/today',
      headers: [
        ['Host', 'www.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Cache-Control', 'no-store'],
        ['Content-Length', '206'],
      ],
      body: '<!doctype html>\n<title>Sign in to the guest network</title>\n<p>This Wi-Fi network needs you to sign in before you can browse.</p>\n<p><a href="https://portal.example.org/login">Go to the sign-in page</a></p>',
    },
    note: 'The guest network\'s gateway answers in place of www.example.com and links to its own login page instead of showing the form.',
  },
  faq: [
    {
      question: 'Why do I see 511 only on some websites and not on others?',
      answer:
        'A captive portal can only intercept unencrypted HTTP. On an https:// address it cannot answer for the real site without a certificate error, so the connection just fails or shows a security warning instead. That is why devices test connectivity with plain-HTTP requests and why visiting an http:// address brings the portal up.',
    },
    {
      question: 'Why does the 511 page link to the login page instead of showing the form directly?',
      answer:
        'The browser shows whatever arrives as if it came from the address you typed. If a bank\'s URL displayed a password form from the Wi-Fi network, users could be tricked into typing the wrong credentials. A link to the network\'s own login address keeps it clear who is asking.',
    },
    {
      question: 'Should my website ever send 511?',
      answer:
        'No. RFC 6585 says origin servers should not generate it; it exists for network intermediaries. If your own application needs a login, use 401 with a WWW-Authenticate challenge or redirect to your sign-in page.',
    },
    {
      question: 'Do captive portals actually send 511?',
      answer:
        'Some do, but many still answer intercepted requests with a 302 redirect or a 200 page of their own, which is exactly the confusion 511 was designed to end. Operating systems therefore treat any unexpected answer to their connectivity check as a sign of a portal, whatever the status code.',
    },
  ],
  related: ['407', '401', '302', '403'],
});
