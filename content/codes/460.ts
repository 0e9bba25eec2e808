import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 460,
  slug: '460',
  name: 'Client Closed Connection',
  aliases: [],
  emoji: '📴',
  category: 'aws-elb',
  standing: 'unofficial',
  vendor: { name: 'Amazon Web Services', product: 'Elastic Load Balancing (Application Load Balancer)' },
  reference: {
    label: 'AWS docs: Troubleshoot your Application Load Balancers, HTTP 460',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues',
  },
  caveat:
    'AWS gives 460 no reason phrase; "Client Closed Connection" is a description, not an official name. Because the client is already gone, the code is never sent to anyone: it exists in access logs and metrics only.',
  summary:
    'Logged by an AWS Application Load Balancer when the client closed its connection before the load balancer could send a response, usually because the client timed out first.',
  gist: 'AWS ALB log: client hung up before a response',
  explanation: [
    'A 460 in your load balancer logs means the person or program on the other end hung up before the answer was ready. Nobody saw an error page, because there was nobody left to show it to.',
    'The usual story is a client less patient than the servers behind it: a mobile app that gives up after 30 seconds, a script with a 10-second timeout, or a user who closed the tab while a slow page was loading.',
    "It is the AWS counterpart of nginx's 499. The useful question is rarely about the client; it is why the backend took long enough for the client to give up.",
  ],
  definition:
    'A value the Application Load Balancer records in the elb_status_code field when it received a request from a client but the client closed the connection before the idle timeout elapsed, so no response could be delivered. AWS lists it among the errors the load balancer generates itself, which it counts in the HTTPCode_ELB_4XX_Count metric. The request may already have been forwarded to a target, which can go on to finish the work. AWS\'s access-log documentation does not list the fields of a 460 line; it says only that the processing times are -1 when the load balancer could not dispatch the request or the target did not answer within the idle timeout. 460 lines that users have published, such as the one in the 2017 Stack Overflow question "Status Code 460 on Application Load Balancer", show the target\'s address, -1 for the target and response processing times, and no target status code.',
  causes: [
    'Client timeouts shorter than the time the target needs: HTTP libraries, mobile SDKs and scripts often give up after a few tens of seconds',
    'Slow targets, such as long database queries, cold starts or a backed-up worker queue, pushing responses past what clients will wait for',
    'People navigating away, closing the tab or cancelling a download while the request is still in progress',
    'A CDN or proxy in front of the load balancer that abandons its origin request earlier than the load balancer would, such as CloudFront with its 30-second default origin response timeout',
    'Load-testing tools, bots and probes that abort connections on purpose',
    'Clients whose network connection is torn down mid-request, for example a phone switching networks',
  ],
  fix: {
    visitor: [
      'If a page keeps stopping before it loads, wait longer before giving up, or try a steadier connection.',
      'Tell the site owner which action is slow; a 460 on their side usually means their service is too slow for clients.',
    ],
    owner: [
      'Find which paths produce 460 and compare the gap between request_creation_time and time in those log lines with your clients\' timeouts.',
      'Speed up the slow endpoints, or move long work to background jobs so requests return quickly.',
      'Line up timeouts deliberately: make sure targets answer before clients give up, or raise the client timeout to match the load balancer idle timeout where you control the client, as AWS suggests.',
      'Behind CloudFront, raise the origin response timeout for routes that are legitimately slow, or make them faster.',
      'Make handlers safe to abandon: the target may complete work the client never hears about, so protect writes with idempotency keys.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'not-applicable',
      note: 'Nothing is sent back, so no cache ever sees a 460.',
    },
    body: {
      value: 'none',
      note: 'The client has already closed the connection; the load balancer only writes the log entry.',
    },
    retry: {
      value: 'after-change',
      note: 'A retry with the same client timeout against the same slow endpoint usually ends the same way; the timeout or the endpoint has to change.',
    },
    seen: {
      value: 'logs',
      note: 'Recorded in Application Load Balancer access logs and counted in CloudWatch; no client ever receives it.',
    },
  },
  example: {
    request: {
      method: 'POST',
      target: '/api/reports/export',
      headers: [
        ['Host', 'www.example.com'],
        ['User-Agent', 'python-requests/2.31.0'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '35'],
      ],
      body: '{"range":"2024-Q4","format":"xlsx"}',
    },
    log: 'https 2025-06-24T09:27:41.512904Z app/shop-alb/50dc6c495c0c9188 203.0.113.54:51724 198.51.100.17:8080 0.001 -1 -1 460 - 812 0 "POST https://www.example.com:443/api/reports/export HTTP/1.1" "python-requests/2.31.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/shop-api/73e2d6bc24d8a067 "Root=1-685a6f0f-0b1c2d3e4f5a6b7c8d9e0f1a" "www.example.com" "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012" 1 2025-06-24T09:27:11.498000Z "forward" "-" "-" "198.51.100.17:8080" "-" "-" "-" TID_5e2a9f4c1b7d4e8a9c3f2b1a0d9e8f7c',
    note: 'The load balancer received the request at 09:27:11 (request_creation_time) and forwarded it to a target within a millisecond; thirty seconds later the client hung up, so the line has no target status and 0 bytes sent. The field values follow 460 lines users have published; AWS documents the fields but not this case.',
  },
  faq: [
    {
      question: "Is 460 the same as nginx's 499?",
      answer:
        'In spirit, yes. Both record that the client gave up before a response was ready, both exist only in logs, and both usually point at a slow backend rather than a misbehaving client. nginx writes 499 in its access log; the Application Load Balancer writes 460 in elb_status_code.',
    },
    {
      question: 'Does a 460 mean my target failed?',
      answer:
        "No. The target may have finished perfectly well, just too late, or may still be working. Look the request up in the target's own logs using the trace ID from the X-Amzn-Trace-Id header to see how long it really took.",
    },
    {
      question: 'Why do I see 460s when CloudFront sits in front of my load balancer?',
      answer:
        "CloudFront is the client here. When its origin response timeout, 30 seconds by default, runs out before your target answers, CloudFront closes its connection to the load balancer and returns an error to the viewer; the load balancer logs 460. Raising CloudFront's timeout for slow routes, or speeding them up, makes the 460s go away.",
    },
    {
      question: 'Should I alert on 460?',
      answer:
        'A small, steady rate is normal: people close tabs and bots abort requests. A sudden rise, especially on one path or together with higher target response times, means clients are timing out and deserves attention.',
    },
  ],
  related: ['499', '408', '504', '000'],
});
