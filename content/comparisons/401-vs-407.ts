import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '401',
  b: '407',
  theme: 'auth',
  summary:
    '401 is the origin server asking for credentials (WWW-Authenticate, Authorization); 407 is a forward proxy on the way asking for its own (Proxy-Authenticate, Proxy-Authorization).',
  answer:
    'Both ask for credentials; they differ in who is asking and which header pair carries the exchange. A 401 comes from the server the client thinks it is talking to, which includes gateways such as API gateways and reverse proxies that act as the origin, and it uses WWW-Authenticate and Authorization end to end. A 407 comes from a forward proxy the client was configured to use, and its Proxy-Authenticate and Proxy-Authorization fields concern only that hop. The rule of thumb: if the client addressed you as the destination, answer 401 even if you forward the request inward; only a proxy the client deliberately routes through should ever answer 407. A single request can need both, in which case it carries Proxy-Authorization for the proxy and Authorization for the site.',
  useA: [
    'A reverse proxy validates bearer tokens before forwarding to an internal billing service and receives a request without one: 401, because from the client\'s point of view the reverse proxy is the origin.',
    'An nginx server protects /admin/ with auth_basic and the browser sends no credentials: 401 with WWW-Authenticate: Basic realm="admin" makes the browser prompt for the site password.',
    'A laptop behind a corporate proxy reaches a SaaS API whose bearer token has expired: the origin answers 401 and the proxy relays it untouched, since the proxy credentials were accepted and the problem is at the site.',
  ],
  useB: [
    'A Squid proxy configured with a proxy_auth ACL receives a request from a workstation that sent no Proxy-Authorization: 407 with Proxy-Authenticate lists the schemes the proxy accepts.',
    'curl is pointed at HTTPS_PROXY without a user name and sends CONNECT api.example.com:443: the proxy answers the CONNECT with 407 before any TLS with the site begins, so the site never sees the request.',
    'A CI runner inside a locked-down network pulls dependencies through an authenticating egress proxy using an expired service-account password: 407, and the fix belongs in the runner\'s proxy configuration, not in the package registry.',
  ],
  mistakes: [
    'Sending 407 from an application or API gateway to mean "please log in". Clients only answer Proxy-Authenticate from a proxy they are configured to use; Chrome rejects a 407 received on a direct connection with ERR_UNEXPECTED_PROXY_AUTH, so users never get a prompt.',
    'A forward proxy challenging with 401 instead of 407. The browser attributes the challenge to the destination site, shows that site in its prompt, and then sends the corporate password in Authorization, a field proxies pass on to the origin, so it can end up at a third party; for HTTPS the proxy cannot even insert a 401, because it only sees CONNECT.',
    'Putting proxy credentials in Authorization, or site credentials in Proxy-Authorization. The proxy ignores the first and keeps answering 407; the second is consumed by the first proxy that asked for credentials and never reaches the site, which keeps answering 401.',
    'Attaching proxy credentials to the request inside an HTTPS tunnel. The proxy only ever reads the CONNECT request; anything sent after the TLS handshake is encrypted to the site, so the proxy keeps refusing the tunnel.',
  ],
  faq: [
    {
      question: 'Can one request run into both 407 and 401?',
      answer:
        'Yes, one after the other. The proxy answers 407 first; the client repeats with Proxy-Authorization, the proxy forwards the request, and the origin may then answer 401. The final attempt carries both fields, each consumed by the party that asked for it.',
    },
    {
      question: 'My reverse proxy does the authentication. Should it send 407?',
      answer:
        'No. RFC 9110 describes a gateway, or reverse proxy, as an intermediary that acts as the origin server for the connection it receives. The client did not choose it as a proxy and has no proxy credentials for it, so the correct challenge is 401 with WWW-Authenticate.',
    },
    {
      question: 'Does a 407 mean the website rejected me?',
      answer:
        'No. A 407 means the request stopped at a proxy between you and the site, usually before the site saw anything. The website has not judged your credentials at all; fix the proxy login first and see what the site says afterwards.',
    },
  ],
});
