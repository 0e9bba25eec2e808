import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 500,
  slug: '500',
  name: 'Internal Server Error',
  aliases: [],
  emoji: '💥',
  category: 'server-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.6.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1' },
  summary: 'Something went wrong inside the server while it handled the request, and it has no more specific status to report.',
  gist: 'Unexpected failure inside the server',
  explanation: [
    'Your request reached the server, and then the server tripped over its own feet. Something in its code, its configuration or a system it depends on failed in a way nobody had planned for.',
    'It is the catch-all among server errors: it says "this is our fault, not yours" without saying what broke. The details, if anyone recorded them, are in the site\'s logs rather than on your screen.',
    'Often it is short-lived, for example during a deployment or a database hiccup, so trying again a little later is reasonable.',
  ],
  definition:
    'RFC 9110, Section 15.6.1: the server encountered an unexpected condition that prevented it from fulfilling the request. It is the generic 5xx answer; more specific codes exist for an invalid response from an upstream server (502), a known temporary overload or maintenance (503), an upstream that did not answer in time (504) and a method or feature the server does not support (501). The status does not say whether the request had side effects before the failure, so a non-idempotent request may have been partly carried out. It is not heuristically cacheable.',
  causes: [
    'An unhandled exception or fatal error in the application code, such as a null reference, a PHP fatal error or a failed assertion',
    'A syntax error or unknown directive in server configuration, such as a bad line in an Apache .htaccess file',
    'A database, cache or other backing service the code needs is down or refusing connections, and the application does not turn that into a 503',
    'Missing environment variables, secrets or files after a deployment, or a database migration that did not run',
    'Wrong permissions or ownership on scripts the server must execute, for example CGI scripts or files PHP-FPM cannot read',
    'The application exhausted a resource limit while building the response, such as PHP\'s memory_limit or a full disk',
  ],
  fix: {
    visitor: [
      'Reload the page after a short wait; many 500s come from brief glitches or deployments in progress.',
      'If you were submitting a form or a payment, check whether it went through (order history, confirmation email) before sending it again.',
      'If the error persists, tell the site\'s support what you did and when, and quote any error or request ID shown on the page.',
    ],
    owner: [
      'Read the server and application logs around the time of the request: the stack trace or error line is there, not in the response.',
      'Catch errors at the top of the stack, log them with a request ID, and show that ID in the response so reports can be matched to log entries.',
      'Map known failure modes to honest codes: 503 with Retry-After for maintenance or overload, 502 or 504 for upstream trouble, and a 4xx for bad input that currently crashes the code.',
      'Never expose stack traces, SQL queries or secrets in a production error page.',
      'Alert on the rate of 5xx responses, and roll back the latest deployment if the spike began with it.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; a cache keeps a 500 only when it carries explicit freshness, which an error page rarely should.',
    },
    body: {
      value: 'allowed',
      note: 'Usually a generic error page or a problem-details object; keep internal details out of it.',
    },
    retry: {
      value: 'later',
      note: 'Safe requests can be retried after a pause; repeat a POST only once you know it did not already take effect.',
    },
    seen: {
      value: 'wire',
      note: 'Sent by application servers, frameworks and web servers whenever an unexpected failure has no more specific code.',
    },
  },
  example: {
    request: {
      method: 'POST',
      target: '/api/orders',
      headers: [
        ['Host', 'shop.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '39'],
      ],
      body: '{"cart":"c-5521","shipping":"standard"}',
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Cache-Control', 'no-store'],
        ['Content-Length', '208'],
      ],
      body: '{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"Something went wrong on our side. If this keeps happening, contact support and quote the request ID.","requestId":"req_01HV3K9Q2M"}',
    },
    note: 'The order handler crashed; the response admits the fault without leaking internals, and gives an ID to find the matching log entry.',
  },
  faq: [
    {
      question: 'Is a 500 error my fault?',
      answer:
        'Almost never. A 5xx code means the server failed at something it should have been able to do, even if your request was unusual: a well-built server answers bad input with a 4xx, not by crashing. The most you can do is retry later and report it if it persists.',
    },
    {
      question: 'What is the difference between 500, 502, 503 and 504?',
      answer:
        '500 means the server itself failed unexpectedly. 502 Bad Gateway and 504 Gateway Timeout come from a proxy or gateway whose upstream server answered badly or not in time. 503 Service Unavailable means the server knows it cannot serve right now, because of overload or maintenance, and expects to recover.',
    },
    {
      question: 'Is it safe to retry a request that got a 500?',
      answer:
        'For reads such as GET, yes, after a short pause. For requests that change something, such as placing an order, the failure may have happened after part of the work was done, so check the outcome first or use an idempotency key that lets the server recognise a repeat.',
    },
    {
      question: 'Do 500 errors hurt my search ranking?',
      answer:
        'Occasional ones do little harm, but search engines slow their crawling when a site keeps answering with server errors, and pages that fail for long stretches can drop out of the index. Fix persistent 500s quickly, and use 503 with Retry-After for planned downtime.',
    },
  ],
  related: ['502', '503', '504', '501'],
});
