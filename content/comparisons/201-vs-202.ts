import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '201',
  b: '202',
  theme: 'success',
  summary: 'A 201 reports that the new resource already exists; 202 says the request was only queued and may still fail. Send 202 whenever the work happens after the response, with a place to check.',
  answer:
    'The line between them is whether the work is finished when the response leaves the server. A 201 reports a completed fact: the resource exists, Location names it, and a GET on that URL works straight away. A 202 reports only that the request was accepted; processing happens later, may still be refused when it runs, and HTTP cannot deliver the real outcome on the same request, so the response should point to a status monitor. A quick test: if a client following your Location immediately could get a 404, you are describing a 202. Send 201 when creation completes inside the request, and 202 when it is handed to a queue, a worker or another system.',
  useA: [
    'POST /v1/webhooks registers a subscription in a single database transaction and returns it with its ID and signing secret: the resource is complete when the response is sent, so 201 with Location fits.',
    'POST /v1/comments inserts the comment synchronously, and the client renders it at once using the returned URL: nothing is pending, so there is no reason to speak of acceptance rather than creation.',
    'A resumable upload begins with a POST that creates an upload resource the client will then send bytes to: the upload resource exists immediately, even though the file is incomplete, and the tus resumable upload protocol specifies 201 with a Location for this step.',
  ],
  useB: [
    'POST /v1/videos/884/transcodes starts an encoding job that takes several minutes: 202 with a link to /v1/transcode-jobs/3317, which reports queued, running, done or failed.',
    'A bulk import of 50,000 contacts passes a quick format check and goes into a queue: 202 is right, because individual rows may still be rejected when the importer runs.',
    'A client asks for a large report with Prefer: respond-async (RFC 7240): a server that honours the preference answers 202 with a status link instead of holding the connection open for minutes.',
    'An administrator deletes a whole tenant and the data is scheduled for the nightly purge: RFC 9110 names 202 for a DELETE that will probably succeed but has not been carried out yet.',
  ],
  mistakes: [
    'Returning 201 from an endpoint that only enqueued the work: clients follow Location straight away, get a 404 or a half-built record, and report an error for a request that will succeed a minute later.',
    'Sending a 202 without any status URL: the client cannot learn the outcome, so it polls list endpoints, resubmits and creates duplicates, or tells the user "done" for a job that later fails.',
    'Treating a 202 as completion in the interface: the job can still fail or be refused, so a user who saw "saved" can lose data without knowing it. Show a pending state until the status monitor reports the result.',
    'Retrying the POST blindly after a timeout, whichever code was expected: if the server had already taken the request, the retry creates a second resource or queues the job twice. Idempotency keys make such retries safe.',
  ],
  faq: [
    {
      question: 'Can the same endpoint answer 201 on some calls and 202 on others?',
      answer:
        'Yes, as long as each answer is truthful. A common design creates small requests inline and answers 201, while large ones are queued and get 202; a client\'s Prefer: respond-async can also tip the decision. Clients then need to handle both codes, so document the rule and give both responses a consistent body shape.',
    },
    {
      question: 'What should the job URL from a 202 return when the work is done?',
      answer:
        'Its own representation, with a final state such as succeeded or failed and, on success, a link to the created resource or result. Some APIs go further and answer a GET on a finished job with a 303 to the result. Either way, failures belong in that status resource, because the original 202 can never be corrected.',
    },
    {
      question: 'Why not keep the request open and answer 201 when the job finishes?',
      answer:
        'Because long requests are fragile. Load balancers, proxies and client libraries all apply timeouts, and a connection that drops after the work has started leaves the client unsure whether anything happened, so it retries and may start the job twice. Answering 202 quickly with a status URL turns a long wait into short, repeatable polls; keep 201 for work that reliably finishes within an ordinary request.',
    },
  ],
});
