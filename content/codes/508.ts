import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 508,
  slug: '508',
  name: 'Loop Detected',
  aliases: [],
  emoji: '♾️',
  category: 'server-error',
  standing: 'standard',
  reference: { label: 'RFC 5842, Section 7.2', url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.2' },
  caveat:
    'The number has a second, unregistered meaning: shared-hosting servers managed with cPanel (and CloudLinux resource limits) send 508 "Resource Limit Is Reached" when an account exceeds its CPU, memory or process allowance. A 508 from an ordinary website is almost always that meaning (see 508-cpanel), not a WebDAV loop.',
  summary: 'A WebDAV server stopped a "Depth: infinity" operation because the collections it was walking loop back on themselves.',
  gist: 'WebDAV: infinite loop in a Depth: infinity walk',
  explanation: [
    'WebDAV lets a server show the same folder in more than one place, a bit like a shortcut or a hard link on your computer. If a folder ends up containing a path that leads back to itself, a request that says "go through everything, all the way down" would never finish.',
    'A 508 is the server noticing that circle and giving up on the whole operation instead of running forever.',
    'If a normal website shows you a 508 page, you are almost certainly looking at the other 508: a shared-hosting account that has hit its resource limits.',
  ],
  definition:
    'Defined by RFC 5842 (Binding Extensions to WebDAV, an Experimental RFC): the server terminated an operation because it encountered an infinite loop while processing a request with "Depth: infinity", and the entire operation failed. When a client has signalled support for bindings by sending "DAV: bind", a server can instead report repeated collections inside a 207 Multi-Status with 208 Already Reported and finish the request; for other clients, it returns 508 when it finds a binding loop, either as the top-level status or within a multistatus it is already streaming. 508 is not meant for redirect loops or proxy forwarding loops.',
  causes: [
    'A PROPFIND with "Depth: infinity" walks a collection that, through a BIND, contains a path back to one of its own ancestors',
    'An earlier MOVE or REBIND bound a collection inside its own subtree, and the next infinite-depth request runs into the loop',
    'The client did not send "DAV: bind", so the server should not answer with 208 Already Reported inside a multistatus and has to fail the whole request instead',
    'Not a WebDAV loop at all: a cPanel or CloudLinux shared host sends 508 when the account runs out of its resource allowance (the 508-cpanel meaning)',
  ],
  fix: {
    visitor: [
      'If a regular website shows "508 Resource Limit Is Reached", wait a few minutes and reload: the site\'s hosting account is temporarily over its limits.',
      'In a WebDAV or file-sync client, sync or list a narrower folder instead of the whole tree, or ask the administrator about folders that appear inside themselves.',
    ],
    owner: [
      'Find the binding that closes the loop (a collection bound inside its own subtree) and remove it with UNBIND, or restructure the tree.',
      'For clients that send "DAV: bind", report repeated collections with 208 Already Reported inside the multistatus instead of failing.',
      'Consider refusing to create loops in the first place: support for cycles is optional, and a server that does not allow them can reject a BIND or REBIND that would create one, naming the DAV:cycle-allowed precondition.',
      'Limit or disable "Depth: infinity" PROPFIND on large trees; many servers already reject it for performance reasons.',
      'If your site is on shared hosting and shows 508, look at the control panel\'s resource usage page: that is the 508-cpanel meaning, fixed by reducing load or upgrading the plan.',
    ],
  },
  headers: [
    {
      name: 'Depth',
      in: 'request',
      requirement: 'associated',
      note: 'A 508 is defined for requests with "Depth: infinity", which ask the server to apply the method to a collection and everything below it.',
      reference: { label: 'RFC 4918, Section 10.2', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-10.2' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not cacheable by default, and WebDAV methods such as PROPFIND are not stored by ordinary HTTP caches.',
    },
    body: { value: 'allowed', note: 'A WebDAV error body, or a 207 Multi-Status in which 508 marks the resource where the loop was found.' },
    retry: {
      value: 'after-change',
      note: 'Repeating the same infinite-depth request hits the same loop; the bindings or the requested depth have to change.',
    },
    seen: { value: 'wire', note: 'Sent by WebDAV servers that support bindings; on ordinary websites the number usually means the cPanel resource-limit error instead.' },
  },
  example: {
    request: {
      method: 'PROPFIND',
      target: '/projects/',
      headers: [
        ['Host', 'dav.example.com'],
        ['Depth', 'infinity'],
        ['Content-Type', 'application/xml; charset=utf-8'],
        ['Content-Length', '132'],
      ],
      body: '<?xml version="1.0" encoding="utf-8"?>\n<D:propfind xmlns:D="DAV:">\n  <D:prop><D:getetag/><D:getlastmodified/></D:prop>\n</D:propfind>',
    },
    response: {
      headers: [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '110'],
      ],
      body: 'Binding loop: /projects/archive/current/ is bound to /projects/. Request a finite Depth or remove the binding.',
    },
    note: 'A client that did not send "DAV: bind" asks for the whole tree; the server finds a collection bound inside itself and fails the request.',
  },
  faq: [
    {
      question: 'I see "508 Resource Limit Is Reached" on a website. Is that a loop?',
      answer:
        'No. That message comes from shared hosting built on cPanel and CloudLinux, which reuse the number when a hosting account exceeds its CPU, memory or concurrent-process limits. It has nothing to do with WebDAV; see the 508-cpanel entry for causes and fixes.',
    },
    {
      question: 'Should I use 508 for a redirect loop or a proxy loop?',
      answer:
        'No. A redirect loop is something the client detects after following too many redirects; the server sends ordinary 3xx responses. A proxy that finds itself forwarding to itself reports a gateway error instead, and RFC 9209 defines the Proxy-Status error type proxy_loop_detected for that. 508 is defined only for loops met during Depth: infinity WebDAV processing.',
    },
    {
      question: 'How do 208 and 508 relate?',
      answer:
        'Both come from RFC 5842. When the client sends "DAV: bind", the server can list each collection once and mark later appearances with 208 Already Reported, so the request completes despite the loop. Without that header the client may not understand 208, so the server returns 508 instead.',
    },
  ],
  related: ['508-cpanel', '208', '207', '403'],
});
