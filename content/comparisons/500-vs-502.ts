import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '500',
  b: '502',
  theme: 'gateways',
  summary:
    'A 500 comes from the server that failed at its own work; a 502 comes from a proxy or gateway reporting that the server behind it sent a broken reply, refused the connection or hung up early.',
  answer:
    "The difference is who failed and who is doing the reporting. A 500 is written by the server that ran into the unexpected condition itself, typically your application catching its own exception, while a 502 is written by a gateway or proxy about an upstream server whose reply was unusable or never arrived in full. One bug can surface as either: if the framework survives long enough to catch the exception it sends a 500 that the proxy simply relays, but if the process dies mid-request the proxy only sees a dead connection and answers 502 itself. Send 500 from code that failed at its own job, and keep 502 for the hop that forwarded the request and could not get a valid answer back.",
  useA: [
    'A checkout handler throws a null-reference exception while computing tax: the framework catches it and answers 500, because the fault lies in the code that is answering, not in anything behind it.',
    'A Flask view raises an unhandled exception, Flask turns it into a complete 500 response, and nginx in front relays that status unchanged: the upstream did answer properly, so there is no reason for the proxy to report a 502.',
    'An Apache server meets an unknown directive in an .htaccess file: it has no upstream to blame, so the 500 it returns is the honest answer.',
    'An application boots after a deploy without a required secret and fails on every request while still accepting connections: each request should end in a 500 from the application, which is where the stack trace will be.',
  ],
  useB: [
    'nginx forwards /dashboard to a Gunicorn socket that no longer exists after a failed deploy: the connection attempt fails, no upstream response exists, and nginx answers 502.',
    'The out-of-memory killer ends a Node.js worker while it is still handling a request, before it has sent its response headers: the load balancer sees the connection close without a complete response and reports 502 to the client.',
    'Your API gateway forwards /payments to an internal service that replies with bytes that do not parse as an HTTP response at all: the gateway cannot relay a message it cannot parse, so 502 is correct.',
  ],
  mistakes: [
    "Returning 502 from application code for the application's own exceptions. On-call engineers read 502 as 'the proxy could not get a good answer from the app' and start checking sockets, load balancers and keep-alive settings while the real stack trace sits unread in the application log.",
    "Having a gateway rewrite every upstream 500 into 502. A well-formed 500 is a valid response, and relaying it keeps the first fork of any diagnosis intact: 'the service answered that it failed' versus 'the service could not be reached or answered garbage'.",
    'Alerting on the total 5xx count only. A 500 comes with an application stack trace and a 502 with a proxy error-log line, so splitting them on dashboards (and adding a Proxy-Status field, RFC 9209, at the proxy) tells responders which log to open first.',
    'Retrying a POST after either code without an idempotency key. A 500 can happen after the order row was written, and a 502 can come from a process that committed the transaction and died before its reply reached the proxy; a blind retry can charge the customer twice.',
  ],
  faq: [
    {
      question: 'nginx shows 502 but my application log has no error. Where did it fail?',
      answer:
        "Usually before the application could log anything: the process was not listening, crashed or was killed, or closed a keep-alive connection that the proxy was about to reuse. nginx's error log names the cause ('connect() failed (111: Connection refused)', 'upstream prematurely closed connection'), and the system log shows out-of-memory kills. A 500, by contrast, nearly always leaves a trace in the application's own log.",
    },
    {
      question: 'My service calls another API and that call failed. Should I return 500 or 502?',
      answer:
        'It depends on whether your service is forwarding or doing its own work. If it is essentially a pass-through for that upstream (an API gateway route, a thin proxy), 502 tells the caller that the hop behind you misbehaved. If the upstream is one dependency inside your own logic, the caller asked you for a result you could not produce, so 500, or 503 when the dependency is known to be down and expected back, describes it without exposing your internal topology.',
    },
    {
      question: 'Do clients handle 500 and 502 differently?',
      answer:
        "Mostly not. Both are server errors, neither is heuristically cacheable, and common retry tools such as curl's --retry treat both as transient. The distinction matters to the people and monitoring systems reading the code, which is exactly why sending the accurate one pays off during an incident.",
    },
  ],
});
