import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 449,
  slug: '449',
  name: 'Retry With',
  aliases: [
    { name: 'Reply With', note: "Reason phrase in the grammar and sample response of Microsoft's MS-WDV specification" },
    { name: 'Need Provisioning', note: "Name of the 449 constant (HTTP_NEED_PROVISIONING) in the Android Open Source Project's Exchange ActiveSync client" },
  ],
  emoji: '🔁',
  category: 'microsoft-iis',
  standing: 'unofficial',
  vendor: { name: 'Microsoft', product: 'WebDAV client extensions (MS-WDV); Exchange ActiveSync' },
  reference: {
    label: 'Microsoft [MS-WDV] 2.2.6: 449 Retry With Status Code',
    url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100',
  },
  caveat:
    '449 is not in the IANA registry. Microsoft\'s MS-WDV specification is inconsistent about the phrase: its section title and prose say "Retry With", while its grammar and sample response use "Reply With". Exchange ActiveSync reuses 449 with a narrower meaning (the device must fetch the security policy first), which Microsoft describes in its ActiveSync specifications (MS-ASPROV) rather than in MS-WDV; there the HTTP 449 belongs to protocol version 12.1 and earlier, while later versions report the same condition in a Status element of the response body.',
  summary:
    'Microsoft extension: the server needs more from the client and asks it to repeat the request; Exchange ActiveSync uses it to demand policy provisioning.',
  gist: 'Microsoft: resend with the extra info asked for',
  explanation: [
    'The server understood the request but wants the client to do something first and then ask again.',
    "In Microsoft's WebDAV extensions, the server sends a small piece of script or data along with the 449; the client processes it and repeats the same request carrying a token that proves it did so.",
    'Phones and tablets meet 449 from Exchange ActiveSync, where it means the device must download and accept the organisation\'s security policy before it may synchronise mail.',
  ],
  definition:
    "Microsoft's WebDAV Protocol: Client Extensions (MS-WDV) defines 449 Retry With: the request cannot be satisfied because the client provided insufficient information. A server sending it MUST include the Ms-Echo-Request header. A client that supports the extension processes the response body without displaying it and MUST repeat the request with an Ms-Echo-Reply header; the server MUST NOT answer that echoed request with another 449. Clients that do not implement the extension treat 449 as an unrecognised 4xx, that is like 400. Exchange ActiveSync reuses the number to say a device needs provisioning: the client must run the Provision command and retry with a current policy key.",
  causes: [
    'A WebDAV server implementing MS-WDV wants the client to run a script or supply data, such as a cookie, before it serves the resource',
    'An Exchange ActiveSync device sent a command such as FolderSync without a current policy key, so Exchange requires the Provision command first',
    'The administrator changed the mobile device policy, which invalidates the policy key every enrolled device holds',
    'A device that cannot apply the required policy keeps retrying without provisioning and keeps receiving 449',
    'A proxy in front of an MS-WDV server strips the Ms-Echo-Reply header from the repeated request, so the retry looks new and draws another 449',
  ],
  fix: {
    visitor: [
      'On a phone or tablet, open the work mail account and accept the security requirements it asks for (screen lock, encryption); syncing should then resume.',
      'If the device keeps asking and never syncs, remove the account and add it again.',
      'If your device cannot meet the policy, ask your IT department; only they can change what the server requires.',
    ],
    owner: [
      'For ActiveSync, check the mobile device mailbox policy and whether the device model can comply; the ActiveSync logs show which devices are stuck at provisioning.',
      'When implementing MS-WDV, always send Ms-Echo-Request with a 449 and never answer a request that already carries Ms-Echo-Reply with another 449.',
      'Make sure reverse proxies pass Ms-Echo-Request and Ms-Echo-Reply through unchanged.',
      'For ordinary web APIs, prefer a registered code (428, or 400 with a problem-details body) that every client understands.',
    ],
  },
  headers: [
    {
      name: 'Ms-Echo-Request',
      in: 'response',
      requirement: 'MUST',
      when: "when the 449 is sent under Microsoft's WebDAV client extensions (MS-WDV)",
      note: 'Carries a token that the client must echo back when it repeats the request.',
      reference: {
        label: '[MS-WDV] server processing of the 449 status code',
        url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/1c1f4d5b-4fed-48ef-9bb6-893c2b25b74d',
      },
    },
    {
      name: 'Ms-Echo-Reply',
      in: 'request',
      requirement: 'MUST',
      when: 'in the repeated request, from a client that supports the extension',
      note: 'Returns the token; a server must not answer a request carrying it with another 449.',
      reference: {
        label: '[MS-WDV] 3.1.5.5: Retrying a Request with the 449 Status Code',
        url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/31cfbd6d-fab9-475c-8309-96c91fc27936',
      },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Nothing makes 449 cacheable by default; with a per-request echo token, a stored copy would be useless anyway.',
    },
    body: { value: 'allowed', note: 'MS-WDV clients process the body (for example a script) but should not display it.' },
    retry: {
      value: 'after-change',
      note: 'Repeat only after doing what was asked: echo the token (MS-WDV) or run Provision (ActiveSync).',
    },
    seen: { value: 'wire', note: 'Sent by Microsoft WebDAV servers using MS-WDV and by Exchange to ActiveSync devices.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/files/plan.docx',
      headers: [
        ['Host', 'dav.example.com'],
        ['Accept', '*/*'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html'],
        ['Content-Length', '88'],
        ['Ms-Echo-Request', '7f3a9c'],
      ],
      body: '<html><body onload="document.cookie=\'tz=\'+new Date().getTimezoneOffset()"></body></html>',
    },
    note: 'Under MS-WDV the client runs the body, then repeats the GET with Ms-Echo-Reply: 7f3a9c and the new cookie.',
  },
  faq: [
    {
      question: 'What does 449 mean on an Exchange ActiveSync device?',
      answer:
        'The server will not synchronise until the device is provisioned with the current security policy. The device is expected to send the Provision command, accept the policy and retry with the new policy key. If the device cannot apply the policy, the administrator has to relax it or allow that device.',
    },
    {
      question: "Is the reason phrase 'Retry With' or 'Reply With'?",
      answer:
        "Microsoft's MS-WDV specification uses both: its heading and text say Retry With, while its grammar and sample response say Reply With. It hardly matters on the wire, because RFC 9112 tells clients to ignore the reason phrase. Libraries and lists almost all use Retry With.",
    },
    {
      question: 'How should a client that does not know 449 handle it?',
      answer:
        'As a generic client error. RFC 9110 requires a client to treat an unrecognised status code like the x00 code of its class, so 449 is handled as 400 Bad Request. MS-WDV agrees for clients without the extension and adds that they should ignore the Ms-Echo-Request header.',
    },
  ],
  related: ['428', '400', '451-iis', '401'],
});
