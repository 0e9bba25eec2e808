import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 999,
  slug: '999',
  name: 'Request denied',
  aliases: [{ name: 'Non-standard', note: "Label for LinkedIn's 999 in Wikipedia's list of HTTP status codes as of November 2024; later revisions call it 'Request denied'" }],
  emoji: '🚷',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'LinkedIn' },
  reference: {
    label: 'RFC 9110, Section 15 (valid status codes are 100 to 599)',
    url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
  },
  caveat:
    "LinkedIn does not document 999. What is known comes from observation: it goes to clients LinkedIn treats as automated or unwelcome, such as command-line tools, crawlers and link checkers, and sometimes to visitors who must sign in first. 'Request denied' is the name later revisions of Wikipedia's list of status codes give it, and the phrase developers quote from LinkedIn's status line in link-check logs; LinkedIn itself has published no name. 999 lies outside the valid 100 to 599 range, and RFC 9110 tells clients to handle such a response like a 5xx even though this one is a refusal.",
  summary:
    "LinkedIn's non-standard refusal: it blocks requests it takes for bots or that need a signed-in user. 999 is outside HTTP's valid range.",
  gist: 'LinkedIn: request blocked, often as a bot',
  explanation: [
    'LinkedIn refused to serve the page to whatever made the request. It sends 999 to traffic it suspects is automated, such as scripts, crawlers and link checkers, and sometimes to visitors it wants to sign in first.',
    "In an ordinary signed-in browser you rarely meet it; in a tool that checks the links on your website, LinkedIn profile links often show up as 'broken' with 999.",
    'The number itself is not valid HTTP, which is why many tools file it as an unknown error.',
  ],
  definition:
    "999 is the status LinkedIn returns when it denies a request, reportedly based on signals such as the user agent, the source IP address, request volume and the absence of a session. RFC 9110 says valid status codes run from 100 to 599 and that a client receiving an invalid one SHOULD process it as a 5xx, so standards-following clients will misread LinkedIn's refusal as a server failure rather than a block aimed at them. A standard server would say the same with 403 Forbidden or 429 Too Many Requests.",
  causes: [
    'Requesting a LinkedIn page with a non-browser user agent such as curl, wget or a link checker',
    'Requests from data-centre or cloud IP addresses that LinkedIn associates with scraping',
    'Too many profile or company page requests from one source in a short time',
    'Opening pages that need a signed-in session without one',
    'SEO audit tools and uptime monitors verifying outbound links to LinkedIn',
  ],
  fix: {
    visitor: [
      'Open the link in a normal browser and sign in to LinkedIn.',
      "If a tool reports LinkedIn links as broken with 999, the links are usually fine; check one by hand.",
    ],
    owner: [
      "Exclude linkedin.com from automated link checks, or treat 999 as 'blocked', not 'broken'.",
      "Use LinkedIn's official APIs, with proper authorisation, instead of fetching pages.",
      'Never send 999 from your own servers; 403 or 429 say the same thing in a form every client understands.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'An invalid code with no caching rules; a denial aimed at one client should not be stored.' },
    body: { value: 'allowed', note: 'Content varies and is not documented.' },
    retry: {
      value: 'after-change',
      note: 'The same automated request keeps getting 999; change how the page is accessed (browser, sign-in, API).',
    },
    seen: { value: 'wire', note: 'Sent by LinkedIn to clients it blocks; a frequent entry in link-checker reports.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/in/example-profile',
      headers: [
        ['Host', 'www.linkedin.com'],
        ['User-Agent', 'curl/8.5.0'],
        ['Accept', '*/*'],
      ],
    },
    response: {
      headers: [
        ['Cache-Control', 'no-cache, no-store'],
        ['Pragma', 'no-cache'],
      ],
    },
    note: 'A command-line fetch of a profile page, refused because of how it identifies itself.',
  },
  faq: [
    {
      question: 'Why does my link checker report LinkedIn links as 999?',
      answer:
        'LinkedIn refuses automated fetches, and link checkers are automated fetches. The profile or company page usually exists; it simply will not be served to your tool. Exclude LinkedIn from the check or record 999 as blocked rather than broken.',
    },
    {
      question: 'Is 999 a valid HTTP status code?',
      answer:
        'No. RFC 9110 allows only 100 to 599 and says a client receiving anything else should process the response as a 5xx server error. Some libraries pass 999 through untouched, others reject or misclassify it.',
    },
    {
      question: 'How can I get LinkedIn data without hitting 999?',
      answer:
        "Use LinkedIn's official APIs with OAuth authorisation and stay within their terms and limits. Fetching pages with scripts is exactly what the 999 is there to stop.",
    },
  ],
  related: ['403', '429', '783'],
});
