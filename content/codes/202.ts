import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 202,
  slug: '202',
  name: 'Accepted',
  emoji: '📥',
  category: 'success',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.3.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3' },
  summary: 'The request was accepted for processing later; nothing is finished yet, and it may still fail or be refused.',
  gist: 'Queued for later; outcome not known yet',
  explanation: [
    'A 202 is the server taking a ticket: "Got it, I will deal with it." The work (generating a report, converting a video, sending a batch of emails) has not happened yet.',
    'It deliberately promises nothing about the outcome. The job might succeed in a minute, fail an hour later, or be rejected when it finally runs.',
    'Well-designed services hand you a way to follow up, usually a link to a status page you can check until the job is done.',
  ],
  definition:
    'The request has been accepted for processing, but the processing has not been completed, and it might or might not eventually be acted upon, since it could be disallowed when processing actually takes place. HTTP has no way to send a second status code later for the same request, so the 202 response is intentionally noncommittal: it lets a server accept work for another process (such as a batch job) without keeping the connection open until it finishes. The representation sent with it ought to describe the request\'s current status and point to, or embed, a status monitor that can estimate when the request will be fulfilled.',
  causes: [
    'An API queues a long-running job (report generation, media transcoding, bulk import) and answers before it runs',
    'A DELETE is likely to succeed but will only be carried out later, for example by a cleanup process; RFC 9110 names 202 for this case',
    'The client sent Prefer: respond-async (RFC 7240) and the server chose to process the request asynchronously',
    'A webhook receiver or message gateway acknowledges an event and hands it to a queue for later handling',
    'A cloud control plane starts a long-running operation, such as provisioning a virtual machine, and returns a URL for tracking it',
  ],
  fix: {
    visitor: [
      'Wait for the result: the request was taken in, but the outcome is not known yet.',
      'Watch for the follow-up the service offers (a status page, an email, a notification) instead of submitting the request again.',
    ],
    owner: [
      'Return a status monitor: a URL, in the body and often in Location, where clients can poll the job\'s state and find the result when it is ready.',
      'Document how often clients should poll, or offer a callback or webhook, so they do not hammer the status URL.',
      'Make job submission idempotent (for example with an idempotency key) so a client that retries after a timeout does not queue the same job twice.',
      'Report the final outcome, including failures, through the status monitor; the 202 itself can never be corrected afterwards.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; a 202 is stored only with explicit freshness, which rarely makes sense for a response about work in progress.',
    },
    body: {
      value: 'allowed',
      note: 'Ought to describe the request\'s current status and link to, or embed, a status monitor.',
    },
    retry: {
      value: 'no',
      note: 'Do not resend the request; poll the status monitor instead, or you may queue the same work twice.',
    },
    seen: { value: 'wire', note: 'Common in asynchronous APIs, job queues, webhook endpoints and cloud management APIs.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/v1/reports',
      headers: [
        ['Host', 'api.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '54'],
      ],
      body: '{"type":"sales","from":"2026-01-01","to":"2026-10-31"}',
    },
    response: {
      headers: [
        ['Location', '/v1/report-jobs/rj_40c9d2'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '77'],
      ],
      body: '{"job":"rj_40c9d2","state":"queued","status_url":"/v1/report-jobs/rj_40c9d2"}',
    },
    note: 'Location pointing at a job resource is a widespread API convention; RFC 9110 itself only asks that the response describe the status and point to a monitor.',
  },
  faq: [
    {
      question: 'How does a client find out whether a 202 job succeeded?',
      answer:
        'Through whatever status monitor the server provides, since HTTP cannot send a second status for the same request. Typically the client polls a job URL until it reports done or failed, and that resource then links to the result; some services push a webhook or notification instead.',
    },
    {
      question: 'Should a 202 response include a Location header?',
      answer:
        'RFC 9110 gives Location no special meaning for 202, but many API guidelines use it to point at the job or operation resource, and some add Retry-After as a polling hint. Whichever you choose, also put the status URL in the body and document it.',
    },
    {
      question: 'Is 202 a success or not?',
      answer:
        'It is a 2xx, so the request itself was acceptable, but nothing has been achieved yet. Treat it as "received", not "done": the job may still fail, and clients should not report success to users until the status monitor confirms it.',
    },
  ],
  related: ['201', '200', '303', '102'],
});
