import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '451',
  b: '451-iis',
  theme: 'clashes',
  summary:
    'Same number, unrelated meanings: RFC 7725\'s 451 reports a legal block; Exchange ActiveSync\'s 451 tells a mail app to switch servers via X-MS-Location or Autodiscover.',
  answer:
    'These share nothing but the digits. The registered 451, from RFC 7725, says access is refused because of a legal demand, answers ordinary web requests, and should carry Link: <...>; rel="blocked-by" naming whoever enforces the block. Microsoft\'s 451 belongs to the Exchange ActiveSync protocol (MS-ASHTTP): the mail app is talking to an Exchange server that either cannot get at the mailbox or knows a more suitable one, and X-MS-Location or a fresh Autodiscover run points to the right endpoint. Tell them apart by context, never by the number: a request to /Microsoft-Server-ActiveSync carrying MS-ASProtocolVersion and answered with X-MS-Location is Exchange; anything else is the legal code. If you are designing a service, 451 only ever means a legal block; to send a client elsewhere, HTTP already has 307 and 308.',
  useA: [
    'A streaming service must stop offering a documentary in one country after an injunction: 451 for requests from that country, with the injunction described in the body and the service itself named in Link rel="blocked-by".',
    'A forum operator receives a government order to block one thread for local users: 451 on that thread\'s URL, so users and researchers can see that a legal demand, not moderation, is the reason.',
  ],
  useB: [
    'A user\'s mailbox is moved to another Exchange site while their phone keeps syncing with the old host: the old server answers the ActiveSync command with 451 and an X-MS-Location naming the new endpoint, and the phone sends every later request there.',
    'During a migration between Exchange deployments, a server that can no longer reach a mailbox answers 451 without X-MS-Location: the mail app reruns Autodiscover, as MS-ASHTTP prescribes, to find its new server.',
  ],
  mistakes: [
    'Counting Exchange 451s as legal blocks. Log analytics, security dashboards and censorship-measurement crawlers that key on the number report phantom legal blocks on a mail server; filter on the ActiveSync path or the presence of X-MS-Location first.',
    'Reusing 451 as a general "go elsewhere" code in your own API because Exchange does. Browsers and HTTP libraries follow redirects only for 3xx responses with Location, and caches apply the legal code\'s rules, which make 451 cacheable by default; use 307 or 308.',
    'Putting a reverse proxy or web application firewall in front of Exchange that replaces 4xx responses with its own error pages or drops unfamiliar headers. If X-MS-Location is lost, devices cannot follow the redirect and have to fall back to Autodiscover, or stay stuck on the wrong server.',
    'Writing a custom ActiveSync client that treats 451 as a fatal error. MS-ASHTTP expects the client to switch to the X-MS-Location URL for all later requests, or to rerun Autodiscover; giving up leaves the account unsynchronised.',
  ],
  faq: [
    {
      question: 'What will my HTTP library or log tool call an Exchange 451?',
      answer:
        'Almost certainly "Unavailable For Legal Reasons". Libraries with a table of reason phrases, Node\'s http.STATUS_CODES among them, know only the registered meaning, so mail traffic can be labelled as a legal block in logs and dashboards. Read the request path and the headers, not the label.',
    },
    {
      question: 'Does the Exchange 451 follow any RFC 7725 rules?',
      answer:
        'No. It carries no Link rel="blocked-by" and no explanation of a legal demand; Microsoft\'s samples send an empty body, X-MS-Location when the better server is known, and Cache-Control: private. Its only specification is MS-ASHTTP, and only ActiveSync clients act on it.',
    },
  ],
});
