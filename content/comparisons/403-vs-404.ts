import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '403',
  b: '404',
  theme: 'missing',
  summary:
    '403 admits the resource exists and refuses access; 404 says nothing is there, or declines to say. Choose 404 when confirming existence would itself leak information.',
  answer:
    'Use 403 when the client may know the resource exists and the useful message is "you may not": the person can then request access, switch accounts or give up knowingly. Use 404 when nothing is at the URL, and also when admitting that something is there would give information away; RFC 9110 explicitly lets a server answer 404 in place of 403 for that reason. The deciding question is whether the resource\'s existence is sensitive for this particular client: the name of a private repository or an unannounced product is, the admin section of a public application usually is not. Whichever you choose, apply it uniformly to a whole class of resources, because a server that answers 404 for missing IDs and 403 for other people\'s IDs tells an attacker exactly which ones are real.',
  useA: [
    'A team member with the Viewer role opens /projects/42/settings from a link in the sidebar: 403 with "requires Admin" tells them the page exists and whom to ask for the role.',
    'An nginx file server with autoindex off receives a request for /downloads/: 403 says the directory is there but will not be listed, so the visitor should ask for a specific file.',
    'A public sign-up form is closed to new accounts from one country by company policy: 403 with an explanation, since the form\'s existence is no secret and the refusal is the message.',
  ],
  useB: [
    'A customer requests GET /invoices/9182, which belongs to another company: 404, so nobody can map which invoice numbers exist by probing the ID space.',
    'GitHub\'s REST API answers a request for a private repository from a client without access with 404, and documents that it does so to avoid revealing that the repository exists.',
    'An anonymous visitor guesses the URL of a blog post that is scheduled but not yet published: 404, so the slug does not leak the upcoming announcement.',
    'A visitor follows a mistyped link to /prodcuts: plain 404, since there never was anything there.',
  ],
  mistakes: [
    'Mixing the two for the same kind of resource. If unknown IDs get 404 and other users\' IDs get 403, an attacker walks the ID space and learns which records exist; make the hiding 404 indistinguishable from a real miss, including its body and headers.',
    'Answering 404 to users who can plainly see that the resource exists, such as a page linked from their own navigation. They conclude the link is broken, file bug reports, and support cannot tell a permission gap from a deleted object.',
    'Forgetting that 404 is heuristically cacheable while 403 is not. A 404 used to hide something is a per-user answer; with cookie-based sessions a shared cache may store it and serve it to users who are allowed to see the resource, so mark it Cache-Control: private or no-store.',
    'Sending 403 to crawlers in the hope of slowing them down. Google documents that it treats 4xx responses other than 429 as "this content does not exist", so the pages drop out of the index; the codes Google names for reducing its crawl rate are 429, 500 and 503.',
  ],
  faq: [
    {
      question: 'Amazon S3 gives me 403 for an object key that is not there. Why not 404?',
      answer:
        'S3 answers 404 NoSuchKey only when the caller has the s3:ListBucket permission on the bucket; otherwise it answers 403 AccessDenied, so a caller who may not list the bucket cannot probe which keys exist. It is the same idea as hiding behind 404, applied in the other direction: one answer for both cases, chosen by what the caller is allowed to learn.',
    },
    {
      question: 'If I hide resources behind 404, how do legitimate users learn they need to sign in?',
      answer:
        'Check authentication before looking anything up. An anonymous request can receive 401 (or a redirect to the login page) for the whole protected area, which reveals nothing about any specific record; only once the user is signed in and still not allowed does the hiding 404 apply.',
    },
    {
      question: 'Does it matter for search engines whether I send 403 or 404?',
      answer:
        'Very little for indexing: Google documents that all 4xx responses except 429 are handled as content that does not exist, so either one removes the URL from results. Choose between them for the sake of users and security, not rankings.',
    },
  ],
});
