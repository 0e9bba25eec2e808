import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '307',
  b: '308',
  theme: 'redirects',
  summary: '307 and 308 both repeat the exact request at the new URL; 307 is a temporary detour that is not cached by default, 308 a permanent move that clients and search engines adopt.',
  answer:
    '307 and 308 are the method-preserving pair, so the follow-up request is identical for both: same method, same content, new URL. What differs is how long the new URL is meant to last. With a 307 the detour is temporary: the original URL stays the one to call, caches hold on to the redirect only when given explicit freshness, and search engines keep the old address in their index. With a 308 the move is permanent: caches may keep it by default, clients may rewrite stored links, and search engines index the target in place of the old URL. Choose by asking whether the old URL should ever be used again; when unsure, start with 307 and promote it to 308 once the move is settled.',
  useA: [
    'A newly created Amazon S3 bucket outside the default region is reached through the global endpoint before its DNS has settled: S3 answers 307 so the request, body included, is repeated at the regional endpoint; once DNS catches up the detour is no longer needed, which is exactly why it must not be remembered.',
    'An API runs a planned failover to its secondary region for a maintenance window: writes are answered with 307 to the secondary endpoint so the POST bodies survive, and clients return to the primary URL as soon as the window closes.',
    'A service accepts uploads on a node that is about to be drained and sends clients to a peer for the next few minutes: the redirect must carry the upload intact and must not be remembered, which rules out 308.',
  ],
  useB: [
    'A public API retires its /v1 base path in favour of /api/v1 for good, with SDKs in the field sending PUT and PATCH: a 308 carries those requests across and lets clients that cache redirects stop asking the old path.',
    'A contact form handler moves permanently from /contact.php to /contact while copies of the old form remain embedded on partner sites: a 308 makes those forms post their fields to the new URL instead of landing there as an empty GET.',
    'A Next.js application renames a route that also receives form posts and configures the redirect with permanent: true: the framework answers 308, so links, bookmarks and form submissions all end up at the new route intact.',
  ],
  mistakes: [
    'Using 307 for a move that is in fact permanent, just because it keeps the method: every client goes on hitting the old URL, paying a round trip and sending the body twice on each call, and search engines never consolidate onto the new address.',
    'Using 308 for a failover or maintenance detour: clients and caches may keep it, so traffic continues to flow to the standby after the primary is back, and there is no way to recall a permanent redirect already stored.',
    'Relying on 308 with clients older than RFC 7538: those that do not recognise it treat it like 300 Multiple Choices and stop, whereas 307 has been understood since 1999. Check who calls you before making 308 the only path.',
    'Forgetting that both codes make the client send the body again: redirecting large uploads doubles the traffic, and clients that stream the upload cannot replay it. A server can send the redirect in reply to Expect: 100-continue, before the body is sent, or publish the final URL directly.',
  ],
  faq: [
    {
      question: 'Why does Next.js answer with 307 and 308 rather than 302 and 301?',
      answer:
        'Its documentation explains that browsers historically changed the method to GET when following 302 and 301, so it uses 307 for temporary and 308 for permanent redirects to keep the original method. The permanent option in a redirect rule is simply the switch between the two.',
    },
    {
      question: 'Chrome shows "307 Internal Redirect" for my site. Should my server send 308 instead?',
      answer:
        'That entry is not from your server. When a site has sent Strict-Transport-Security, or is on the HSTS preload list, Chrome upgrades http:// to https:// before any request leaves the browser and labels the step as a 307 in its developer tools. There is nothing to change there; the redirect your server sends to first-time visitors and non-browser clients is a separate choice, where 301 or 308 fits a permanent HTTPS move.',
    },
    {
      question: 'How do search engines treat 307 compared with 308?',
      answer:
        'Google\'s documentation groups 307 with 302 and 303 as temporary redirects, which it reads as a weak hint about the canonical URL, and groups 308 with 301 as permanent redirects, which it treats as a strong one. The method behaviour plays no part in that decision; only permanence does.',
    },
  ],
});
