import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 403,
  slug: '403',
  name: 'Forbidden',
  aliases: [],
  emoji: '⛔',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4' },
  summary: 'The server understood the request and refuses to carry it out; sending it again with the same credentials will not change that.',
  gist: 'Refused; the same login will not get you in',
  explanation: [
    'The server knows exactly what you are asking for and has decided not to let you have it. It is a locked door, not a missing one.',
    'Sometimes you simply lack permission, as with an admin page or a private file. Sometimes the block has nothing to do with your account: a firewall rule, your country or network, or a security check your request happened to trip.',
    'Logging in again with the same account rarely helps. A different account with more rights might, or the site\'s owner may need to change something.',
  ],
  definition:
    'The server understood the request but refuses to fulfil it. A server that wishes to make the reason public can describe it in the response content. If the request carried authentication credentials, the server considers them insufficient to grant access: the client SHOULD NOT automatically repeat the request with the same credentials, though it MAY try new or different ones. A request can also be forbidden for reasons that have nothing to do with credentials, such as the client\'s address, the method used or a policy. An origin server that wants to hide the existence of a forbidden resource MAY answer 404 Not Found instead. 403 is not a request to authenticate (that is 401, which carries a challenge), and it is not limited to permission systems.',
  causes: [
    'The signed-in user lacks permission for the resource or the action, such as a regular account opening an admin page or deleting someone else\'s record',
    'A valid OAuth token without the scope the endpoint needs; RFC 6750 answers insufficient_scope with 403',
    'File-system permissions that the web server\'s user cannot read, which Apache reports as "You don\'t have permission to access this resource"',
    'A directory with no index file while listings are turned off (Apache without Options Indexes, nginx with autoindex off), which nginx logs as "directory index of ... is forbidden"',
    'A web application firewall, bot-protection or CDN security rule blocking the request by IP range, country, user agent or a suspicious pattern in the URL or body',
    'A failed CSRF check: Django, for example, answers 403 "CSRF verification failed" when the form token or its cookie is missing',
    'Object storage refusing access: Amazon S3 returns 403 AccessDenied, and even answers 403 instead of 404 for a missing key when the caller may not list the bucket',
    'Hotlink protection rejecting requests whose Referer is another site',
  ],
  fix: {
    visitor: [
      'Check that you are signed in with the right account; if the page belongs to an organisation, ask its administrator for access.',
      'If a security filter may have blocked you, switch off your VPN or proxy, disable extensions that alter requests, and try again.',
      'Reload the page before resubmitting a form: an expired form token can produce a 403.',
      'If someone shared the link with you, the content may be private; ask them to grant you access.',
    ],
    owner: [
      'State the reason in the body (missing role, blocked region, expired form token) so people know whether asking for access would help, unless saying so would leak something sensitive.',
      'On file servers, check the ownership and permissions of the files and of every parent directory, and make sure an index file exists wherever listings are off.',
      'Look in your WAF and CDN logs for the rule that fired before changing application code; false positives there are a frequent cause.',
      'Answer 401 with WWW-Authenticate when the client has not authenticated at all, and 404 when even admitting that the resource exists would reveal too much.',
      'Keep authorisation consistent between the user interface and the API, so people are not offered actions that always end in a 403.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not heuristically cacheable; it needs explicit freshness, and a refusal that depends on who is asking must not be shared by caches.',
    },
    body: {
      value: 'allowed',
      note: 'The server may explain the refusal in the body, or deliberately say very little.',
    },
    retry: {
      value: 'after-change',
      note: 'Not with the same credentials; different credentials, or a change of permissions or rules on the server, can help.',
    },
    seen: { value: 'wire', note: 'Sent by applications, web servers, object stores, firewalls and CDNs.' },
  },
  example: {
    request: {
      method: 'DELETE',
      target: '/api/projects/42/members/7',
      headers: [
        ['Host', 'api.example.com'],
        ['Authorization', 'Bearer q8ZtR4mW1s'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '167'],
      ],
      body: '{"type":"https://api.example.com/problems/forbidden","title":"Not allowed","status":403,"detail":"Your role in project 42 is Viewer; removing members requires Admin."}',
    },
    note: 'The caller is authenticated, so 401 would be wrong: the API knows who they are and refuses the action, explaining which role is missing.',
  },
  faq: [
    {
      question: 'How is 403 different from 401?',
      answer:
        'With a 401 the server is asking for credentials, or better ones, and must say how to provide them in WWW-Authenticate. With a 403 the server has all it needs to decide and the decision is no. Think of it this way: a 401 is a missing badge at the door, while a 403 is a badge that does not open this particular door.',
    },
    {
      question: 'Why do I get a 403 on my own website?',
      answer:
        'On a self-hosted site the usual suspects are file permissions the web server cannot read, a folder with no index file while directory listing is off, a deny rule in the server configuration or .htaccess, and security modules or firewalls that dislike a request. Your server\'s error log normally names the exact reason, which is faster than guessing.',
    },
    {
      question: 'Should I return 403 or 404 for a resource the user may not see?',
      answer:
        'A 403 helps legitimate users, because it tells them the thing exists and that access could be granted. A 404 protects privacy, because it does not confirm that the resource exists, and RFC 9110 explicitly allows it for that purpose. Pick per resource type based on what the existence of the resource reveals, and apply the choice consistently.',
    },
    {
      question: 'Why does Amazon S3 return 403 for a file that does not exist?',
      answer:
        'If the caller lacks permission to list the bucket, S3 answers a request for a missing key with 403 AccessDenied rather than 404, so that outsiders cannot probe which object names exist. Grant s3:ListBucket to the caller if you want genuine 404s for missing objects.',
    },
  ],
  related: ['401', '404', '407', '451', '429'],
});
