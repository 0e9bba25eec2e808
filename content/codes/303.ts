import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 303,
  slug: '303',
  name: 'See Other',
  aliases: [],
  emoji: '👉',
  category: 'redirection',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.4.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4' },
  summary: 'The answer is at another URL: fetch it from there with GET. Typically sent after a form is submitted or a job is started.',
  gist: 'Fetch the result from another URL with GET',
  explanation: [
    'The server has dealt with your request and is sending you to a different page to see how it went, such as an order confirmation after you click "Buy".',
    'Whatever kind of request got you here, the browser fetches that page with an ordinary GET. The form is not sent a second time, and reloading the confirmation page is harmless.',
    'It is the tidy way to finish a form submission, and the reason a well-built shop does not ask "Resend data?" when you refresh after checking out.',
  ],
  definition:
    'The server is redirecting the user agent to a different resource, named by the URI in Location, which is meant to provide an indirect response to the original request. The user agent can make a retrieval request to that URI (GET, or HEAD when the original was HEAD) and present the result as the answer; browsers following the Fetch standard turn any method other than GET and HEAD into GET and drop the request body. The Location URI is not treated as equivalent to the target URI, so a 303 says nothing about where the original resource lives. The code applies to any method but is mainly used after POST, so that the outcome becomes a resource that can be identified, bookmarked and cached separately. In answer to a GET it means the server has no transferable representation of the target itself but points to a resource that describes it. A 303 is not heuristically cacheable, though the response at the new URI may well be.',
  causes: [
    'The Post/Redirect/Get pattern: a form handler stores the submission, then sends the browser to a confirmation or detail page',
    'Hotwire Turbo and similar libraries, which expect a 303 after a form submission that changes data before they navigate',
    'An OAuth or OpenID Connect authorisation server returning the browser to the client application after a POSTed login form; RFC 9700 recommends 303 over 307 there so the credentials are not posted again',
    'An asynchronous API whose status endpoint, once the job is done, points the client to the finished result',
    'Linked-data servers answering a GET for a URI that names a real-world thing (a person, a city) with a 303 to a document describing it',
    'An explicit helper such as Go\'s http.Redirect with http.StatusSeeOther, or Rails\' redirect_to with status: :see_other',
  ],
  fix: {
    visitor: [
      'Nothing to fix: the browser simply loads the page you were sent to.',
      'Bookmark the page you land on if you want to come back to the result; the form\'s own address will not show it again.',
      'If the result page shows an error, do not resubmit straight away: check first whether the order or payment already went through.',
    ],
    owner: [
      'Answer state-changing form posts with 303 and a Location for the result, so that reloading or going Back does not repeat the action.',
      'Make the target a stable resource that answers GET (an order page, a job result) and can be bookmarked and cached on its own terms.',
      'Do not use 303 when the client must repeat the same method at a new address: that is what 307 and 308 are for.',
      'Include a short HTML note linking to the Location URL in non-HEAD responses, for clients that do not follow redirects on their own.',
    ],
  },
  headers: [
    {
      name: 'Location',
      in: 'response',
      requirement: 'associated',
      note: 'Part of the definition rather than a SHOULD: it names the resource that answers the request, and a 303 without it leaves the client nowhere to go.',
      reference: { label: 'RFC 9110, Section 15.4.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4' },
    },
    {
      name: 'Retry-After',
      in: 'response',
      requirement: 'associated',
      note: 'With a 3xx it asks the client to wait at least this long before fetching the Location URL, which can suit a result that is not quite ready.',
      reference: { label: 'RFC 9110, Section 10.2.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'The 303 itself is stored only with explicit freshness; the response found at the Location URL follows its own caching rules.',
    },
    body: {
      value: 'allowed',
      note: 'Except for HEAD, the response ought to carry a short hypertext note linking to the Location URL.',
    },
    retry: {
      value: 'after-change',
      note: 'The client makes a GET to the Location URL; repeating the original POST would repeat the action.',
    },
    seen: { value: 'wire', note: 'Sent by web applications after form posts and by APIs that point to results elsewhere.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/orders',
      headers: [
        ['Host', 'shop.example.com'],
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['Content-Length', '27'],
      ],
      body: 'item=blue-widget&quantity=2',
    },
    response: {
      headers: [
        ['Location', '/orders/10482'],
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '119'],
      ],
      body: '<!doctype html>\n<title>Order placed</title>\n<p>Your order was placed. <a href="/orders/10482">View order 10482</a>.</p>',
    },
    note: 'The shop stores the order and sends the browser to the new order page, which it then loads with a GET; refreshing that page does not place a second order.',
  },
  faq: [
    {
      question: 'What is the Post/Redirect/Get pattern?',
      answer:
        'It is the habit of answering a form POST with a 303 that points to a result page instead of returning the page directly. The browser then loads the result with GET, so its history holds a harmless GET rather than the POST. Refreshing or going Back no longer offers to resubmit the form.',
    },
    {
      question: 'Does a 303 turn a HEAD request into a GET?',
      answer:
        'No. The redirected request is a retrieval request, and for HEAD that stays HEAD; the Fetch standard likewise changes the method to GET only when it was neither GET nor HEAD. Every other method, including PUT and DELETE, becomes GET and loses its body.',
    },
    {
      question: 'Why do some linked-data URIs answer a GET with 303?',
      answer:
        'Semantic-web practice distinguishes a thing (a person, a building) from a web document about it. A URI that names the thing cannot return the thing itself, so the server answers 303 and points to a document that describes it. This convention came out of the W3C Technical Architecture Group\'s "httpRange-14" discussion.',
    },
    {
      question: 'Should an API return 201 or 303 after creating something?',
      answer:
        'Return 201 Created with a Location header when the response itself reports the creation; API clients read the new URI from it. Use 303 when you want the client, typically a browser, to go and fetch another resource as the outcome. Browsers do not navigate on a 201, which is why HTML form handlers use 303.',
    },
  ],
  related: ['302', '307', '201', '202', '301'],
});
