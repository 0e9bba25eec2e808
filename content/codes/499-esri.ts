import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 499,
  slug: '499-esri',
  name: 'Token Required',
  aliases: [],
  emoji: '🔑',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Esri', product: 'ArcGIS Server, Portal for ArcGIS and ArcGIS Online' },
  reference: {
    label: 'Esri Support: Authentication token required (status code 499)',
    url: 'https://support.esri.com/en-us/knowledge-base/error-authentication-token-required-status-code-499-000022899',
  },
  caveat:
    "Not registered, and it clashes with nginx's 499 Client Closed Request, which exists only in nginx logs. ArcGIS REST services report 499 as the code of a JSON error object in the body; Esri's documentation shows only that body, and developers who have inspected the responses (the API Evangelist catalogue's 2026 record of Southern California Edison's ArcGIS Server, for one) report HTTP 200 on the status line. Either way, a 499 in an nginx access log almost never means an ArcGIS token problem.",
  summary:
    "Esri ArcGIS: the resource is secured and the request carried no token. Sign in or add a token. Unrelated to nginx's 499.",
  gist: 'ArcGIS: secured resource, no token sent',
  explanation: [
    'The map layer or service you asked for is not public. ArcGIS wants a token, proof that you are signed in and allowed to see it, and the request did not include one.',
    'Map viewers usually react by showing a sign-in prompt; the ArcGIS JavaScript API even uses this answer to discover that a service is secured.',
    'If you expected the layer to be public, its owner may have changed its sharing settings.',
  ],
  definition:
    "499 Token Required is Esri's code for a request to a secured ArcGIS Server, Portal for ArcGIS or ArcGIS Online resource that did not include a token. It is the no-credentials counterpart of 498 Invalid Token. ArcGIS returns it as a JSON error object with code 499 and the message 'Token Required'; the HTTP status line of such responses has been reported as 200, so clients must read the body to notice the error. Despite the shared number it has nothing to do with nginx's 499 Client Closed Request.",
  causes: [
    'The service or folder is shared only with an organisation or a group, and the request was anonymous',
    'The app added a secured layer but its authentication (identity manager, OAuth sign-in, API key) is missing or misconfigured',
    'A WMS or WMTS client requested an OGC service secured with token-based authentication; such clients cannot send tokens, a limitation Esri documents',
    'A layer copied from an older project points at a service whose sharing has since changed',
    'A proxy page that is supposed to append tokens (such as Esri\'s resource proxy) is not configured for this service URL',
  ],
  fix: {
    visitor: [
      'Sign in to ArcGIS with an account that has access, then reload the map.',
      "Ask the map's owner to share the layer with you or with everyone.",
    ],
    owner: [
      "Share the service publicly if it is meant to be public; otherwise configure the app's authentication so it obtains and sends a token.",
      'For WMS or WMTS consumers that cannot send tokens, share those services with everyone, as Esri recommends.',
      'When a client library reports 499, prompt the user to sign in instead of retrying.',
      "If nginx in front of ArcGIS logs 499s, look for clients closing connections early: ArcGIS's own 499 lives in response bodies.",
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'The answer depends on who is asking; it should not be stored.' },
    body: { value: 'allowed', note: "A JSON error object with code 499 and the message 'Token Required'." },
    retry: { value: 'after-change', note: 'Add a valid token (sign in) before retrying.' },
    seen: {
      value: 'wire',
      note: 'Returned by ArcGIS services to anonymous requests for secured resources, inside the JSON body; the status line has been reported as 200.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/arcgis/rest/services/Utilities/MapServer?f=json',
      headers: [
        ['Host', 'gis.example.com'],
        ['Accept', 'application/json'],
      ],
    },
    response: {
      status: 200,
      reason: 'OK',
      headers: [
        ['Content-Type', 'application/json;charset=UTF-8'],
        ['Content-Length', '62'],
      ],
      body: '{"error":{"code":499,"message":"Token Required","details":[]}}',
    },
    note: 'The 499 travels in the JSON body; the status line shows 200, as developers report for ArcGIS REST endpoints, so a client that only checks the status would miss the error.',
  },
  faq: [
    {
      question: "Is ArcGIS's 499 the same as nginx's 499?",
      answer:
        "No. nginx writes 499 Client Closed Request into its access log when a client disconnects before nginx answers; nothing is sent. Esri's 499 Token Required is an answer ArcGIS sends to a request without a token, usually inside the JSON body.",
    },
    {
      question: "Why does the ArcGIS JavaScript API log 'Token Required' before the sign-in dialog appears?",
      answer:
        'The API first requests the service without credentials. The 499 tells it the service is secured, and the identity manager then asks the user to sign in. The logged error is expected and harmless.',
    },
    {
      question: 'How do I send a token with an ArcGIS REST request?',
      answer:
        'Obtain one through generateToken or OAuth 2.0, then pass it as the token parameter in the query string or the POST body, or let an ArcGIS client library attach it for you. Remember that the token must come from the same server or portal that owns the resource.',
    },
  ],
  related: ['498', '499', '401', '403'],
});
