import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 0,
  slug: '000',
  name: 'No Response Sent',
  aliases: [],
  emoji: '🚪',
  category: 'aws-elb',
  standing: 'unofficial',
  vendor: { name: 'Amazon Web Services', product: 'Elastic Load Balancing (Application Load Balancer)' },
  reference: {
    label: 'AWS docs: Troubleshoot your Application Load Balancers, "The load balancer sends a response code of 000"',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#response-code-000',
  },
  caveat:
    'AWS gives 000 no reason phrase; "No Response Sent" is a description, not an official name. 000 lies outside the range 100 to 599 that RFC 9110 (Section 15) allows for status codes, so it can never appear on a real status line: it is a value in logs and tools only. AWS\'s own description has grown over time: older versions of the troubleshooting page named only the 8 K header limit, current ones add the 10,000-requests-per-connection limit.',
  summary:
    'Written in Application Load Balancer access logs when the load balancer closed an HTTP/2 connection with GOAWAY instead of answering: no status code was sent at all.',
  gist: 'AWS ALB log: HTTP/2 closed by GOAWAY, no status',
  explanation: [
    '000 is not a real HTTP status. It is what an AWS load balancer writes in its log when it has no status to record, because it never sent a response.',
    'AWS names two reasons, both on HTTP/2 connections: a request header that is too large even after compression (over 8 KB), or a connection that has already carried 10,000 requests. In either case the load balancer sends an HTTP/2 GOAWAY message and hangs up.',
    'Browsers usually just open a fresh connection and carry on, so many users never notice. A request with an oversized header, though, fails again every time it is sent.',
  ],
  definition:
    'The value an Application Load Balancer records in the elb_status_code field of its access log when it closed an HTTP/2 connection without returning any status. AWS documents two triggers: the compressed length of a request header exceeding 8 K bytes, and the number of requests served on one connection exceeding 10,000; in both cases the load balancer sends a GOAWAY frame and closes the TCP connection with a FIN. Because status codes outside 100 to 599 are invalid under RFC 9110, 000 is a logging convention that no client can receive; a client sees a GOAWAY and a closed connection.',
  causes: [
    'A single request header whose HPACK-compressed size exceeds 8 K bytes, typically an enormous Cookie header or a large bearer token',
    'Cookies set by many subdomains under one parent domain piling up in the Cookie header until it crosses the limit',
    'A long-lived HTTP/2 connection, such as a busy single-page app or an API client with connection reuse, reaching 10,000 requests',
    'Clients that treat GOAWAY as a hard failure instead of opening a new connection and retrying, which turns routine connection rotation into visible errors',
  ],
  fix: {
    visitor: [
      'Reload the page: if the connection had simply reached its request limit, a new connection works.',
      'If the site fails on every request, clear its cookies; an oversized Cookie header fails the same way each time.',
    ],
    owner: [
      'Query the access logs for 000 entries and group them by user agent and path to see which clients and pages are affected.',
      'Measure request header sizes, especially Cookie and Authorization, and keep each well under 8 KB: store session data on the server and send only an identifier.',
      'Scope cookies to the hosts that need them instead of the parent domain, so unrelated subdomains stop adding to every request.',
      'Make API and gRPC clients treat GOAWAY as a signal to reconnect; HTTP/2 lets them safely retry requests on streams above the last stream ID the server reported.',
      'If a client copes badly with rotation, cap its connection lifetime or request count below 10,000 so it reconnects on its own schedule.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'not-applicable',
      note: 'No response is sent, so there is nothing for any cache to store.',
    },
    body: {
      value: 'none',
      note: 'The client gets a GOAWAY frame and a closed connection, never a status line, headers or content.',
    },
    retry: {
      value: 'yes',
      note: 'A retry on a new connection succeeds when the cause was the per-connection request limit; when a header is too large it keeps failing until the header shrinks.',
    },
    seen: {
      value: 'logs',
      note: 'Appears only in the elb_status_code field of Application Load Balancer access logs.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/v1/orders?page=7',
      httpVersion: '2',
      headers: [
        ['host', 'api.example.com'],
        ['user-agent', 'okhttp/4.12.0'],
        ['accept', 'application/json'],
        ['authorization', 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.e30.c2lnbmF0dXJl'],
      ],
    },
    log: 'h2 2025-06-11T11:02:18.734112Z app/api-alb/50dc6c495c0c9188 203.0.113.41:50312 - -1 -1 -1 000 - 121 0 "GET https://api.example.com:443/v1/orders?page=7 HTTP/2.0" "okhttp/4.12.0" TLS_AES_128_GCM_SHA256 TLSv1.3 - "Root=1-68496331-1f2e3d4c5b6a79880a1b2c3d" "api.example.com" "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012" - 2025-06-11T11:02:18.733000Z "-" "-" "-" "-" "-" "-" "-" TID_9a8b7c6d5e4f30211a2b3c4d5e6f7081',
    note: 'Illustrative line in the documented access-log field order: a request on an HTTP/2 connection that had used up its 10,000 requests, so no target was chosen and nothing was sent back. AWS does not document the exact values of the other fields for 000 entries.',
  },
  faq: [
    {
      question: 'Why does curl print 000 as the status code?',
      answer:
        "curl's --write-out variable %{http_code} prints 000 whenever no HTTP response arrived at all: the name did not resolve, the connection was refused or reset, TLS failed or the transfer timed out. It is the same placeholder idea as the load balancer's 000, but the two are unrelated; curl's means the client got nothing for any reason.",
    },
    {
      question: 'Why does JavaScript in the browser report status 0?',
      answer:
        'The Fetch Standard represents a network error as a response with status 0. fetch() itself rejects its promise with a TypeError in that case, while XMLHttpRequest exposes status 0; opaque responses to no-cors requests also read as 0. CORS failures, blocked requests and dropped connections all look like this from script.',
    },
    {
      question: 'Is 000 a valid HTTP status code?',
      answer:
        'No. RFC 9110 Section 15 declares every value outside 100 to 599 invalid, and notes that software often uses such numbers (it mentions 600 to 999) for internal, non-HTTP conditions; 000 is the same kind of private convention. A client that did receive an invalid code on a status line should handle the response as a 5xx.',
    },
    {
      question: 'How do I find 000 entries in my ALB access logs?',
      answer:
        'Search the elb_status_code field for 000. If you query the logs with Athena using the table definition AWS publishes, that column is an integer, so the value shows up as 0 and the filter is elb_status_code = 0.',
    },
  ],
  related: ['460', '431', '499', '502'],
});
