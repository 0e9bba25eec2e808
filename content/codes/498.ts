import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 498,
  slug: '498',
  name: 'Invalid Token',
  aliases: [],
  emoji: '🗺️',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Esri', product: 'ArcGIS Server, Portal for ArcGIS and ArcGIS Online' },
  reference: {
    label: 'Esri Support: Error Code 498 "Invalid Token" (Story Map Journal bug article)',
    url: 'https://support.esri.com/en-us/knowledge-base/bug-error-code-498-invalid-token-returned-when-viewing--000016034',
  },
  caveat:
    'Esri publishes no formal table of these codes; the meaning comes from Esri support articles and client libraries. ArcGIS REST services report 498 as the code of a JSON error object ({"error":{"code":498,...}}); Esri\'s documentation shows that body but not the status line, and developers report that the status line often reads 200 while some deployments and request types put 498 there, so clients should check both. Not registered with IANA.',
  summary:
    'Esri ArcGIS: the token sent with the request is expired, revoked or otherwise not valid here. Get a new token and try again.',
  gist: 'ArcGIS: token expired or invalid; get a new one',
  explanation: [
    'Maps and data from ArcGIS Server or ArcGIS Online can be protected by tokens, strings an app sends with each request to prove it may see the data.',
    'A 498 means the app did send a token, but the server no longer accepts it: it may have expired, been revoked, or been issued for a different server.',
    'For someone using a map, signing in again usually fixes it; for a developer, it means the code has to obtain a fresh token.',
  ],
  definition:
    "498 Invalid Token is Esri's code for a request to an ArcGIS Server, Portal for ArcGIS or ArcGIS Online resource whose token is expired or otherwise not valid for that resource. It differs from 499 Token Required, which means no token was sent at all. The ArcGIS REST API delivers it as the code of a JSON error object, which developers report often arrives with HTTP 200 on the status line; Esri's ArcGIS REST JS library treats a body code of 498 or 499 as an authentication error and, when it manages the session, tries to refresh the token. A generic client that sees 498 on the status line treats it as 400.",
  causes: [
    'The token outlived its expiration time, which the requester sets within a maximum allowed by the server',
    'The token was issued by a different ArcGIS Server, portal or federated server than the one receiving it',
    'The token is bound to an HTTP referer or an IP address, and a proxy, NAT or another page changed what the server sees',
    'An administrator revoked tokens or changed the server settings that sign them',
    'A story map or web app saved a token inside its configuration or image URLs, and that token expired later',
    'An empty or malformed token parameter was sent, such as token= with no value',
  ],
  fix: {
    visitor: [
      'Sign out of the ArcGIS app or map viewer, sign in again and reload the map.',
      "If a public map shows broken layers or images, tell the map's owner: a token saved inside the map has probably expired.",
    ],
    owner: [
      'Request a new token (generateToken or OAuth 2.0) before the old one expires, and retry once when a response carries code 498.',
      'Check how the token is bound: use referer binding for browser apps, and make sure proxies do not change the client address for IP-bound tokens.',
      'Do not bake tokens into the item data or image URLs of public apps; share the underlying layers properly instead.',
      'Inspect the JSON body as well as the HTTP status, because ArcGIS often answers 200 with the error inside.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: { value: 'explicit', note: 'It concerns one token; nothing should store it.' },
    body: {
      value: 'allowed',
      note: "A JSON error object with code 498, a message such as 'Invalid Token' and optional details.",
    },
    retry: { value: 'after-change', note: 'Retry with a new token; the old one will not become valid again.' },
    seen: {
      value: 'wire',
      note: 'Returned by ArcGIS Server, Portal for ArcGIS and ArcGIS Online in the JSON body; the status line has been reported as 200 or as 498.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/arcgis/rest/services/Parcels/MapServer?f=json&token=expired-token-value',
      headers: [
        ['Host', 'gis.example.com'],
        ['Accept', 'application/json'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'application/json;charset=UTF-8'],
        ['Content-Length', '61'],
      ],
      body: '{"error":{"code":498,"message":"Invalid Token","details":[]}}',
    },
    note: 'Shown with 498 on the status line; developers report that many ArcGIS servers send this same body with HTTP 200.',
  },
  faq: [
    {
      question: 'Why does my ArcGIS request return HTTP 200 when the body says 498?',
      answer:
        "The ArcGIS REST API reports errors inside the JSON body, and developers find the status line often stays at 200. Check for an error object and read its code; Esri's own client libraries do exactly that before deciding whether a request succeeded.",
    },
    {
      question: 'What is the difference between 498 and 499 in ArcGIS?',
      answer:
        '499 Token Required means the resource is secured and the request carried no token at all. 498 Invalid Token means a token was sent but rejected, usually because it expired or belongs to another server. The first calls for signing in, the second for getting a fresh token.',
    },
    {
      question: 'How long does an ArcGIS token stay valid?',
      answer:
        'As long as the requester asked for when generating it, within a maximum set by the server administrator. There is no universal default, so read the expiry returned with the token and refresh it before that moment instead of waiting for a 498.',
    },
  ],
  related: ['499-esri', '401', '419', '403'],
});
