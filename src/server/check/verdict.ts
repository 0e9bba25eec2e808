import { isRedirect } from '../../lib/redirects';
import { codeUrl, compareUrl } from '../../lib/urls';

/** One response on the way, as the checker reports it. */
export interface Hop {
  url: string;
  method: 'GET';
  status: number;
  statusText: string;
  ms: number;
  headers: Record<string, string>;
  code: { slug: string; name: string; url: string } | null;
}

export interface Finding {
  level: 'problem' | 'warning' | 'note';
  message: string;
  /** A page of ours that explains the point. */
  link?: { label: string; url: string };
}

export interface Verdict {
  /** The worst level among the findings, or "ok". */
  level: 'ok' | Finding['level'];
  summary: string;
  findings: Finding[];
}

const rank = { ok: 0, note: 1, warning: 2, problem: 3 } as const;

/** Whether two URLs differ only by http to https, or by a leading "www.", with the same path and query. */
function sameResource(from: URL, to: URL): boolean {
  const bareHost = (url: URL) => url.hostname.replace(/^www\./, '');
  return bareHost(from) === bareHost(to) && from.pathname === to.pathname && from.search === to.search && (from.protocol !== to.protocol || from.hostname !== to.hostname);
}

/**
 * Reads a chain of hops and says what is wrong with it, in plain words. `error` is why the
 * chain stopped early (a refusal, a timeout, too many redirects), if it did.
 */
export function verdictFor(hops: readonly Hop[], error?: string): Verdict {
  const findings: Finding[] = [];
  const add = (finding: Finding) => findings.push(finding);

  hops.forEach((hop, i) => {
    const next = hops[i + 1];
    const here = new URL(hop.url);
    if (isRedirect(hop.status)) {
      const location = hop.headers['location'];
      if (location === undefined || location === '')
        add({ level: 'problem', message: `${hop.status} at ${hop.url} has no Location header, so a client has nowhere to go.`, link: { label: `${hop.status} explained`, url: hop.code?.url ?? codeUrl({ slug: String(hop.status) }) } });
      else if (!/^[a-z][a-z0-9+.-]*:/i.test(location))
        add({ level: 'note', message: `The Location "${location}" at hop ${i + 1} is relative. RFC 9110 §10.2.2 allows that, and clients resolve it against ${hop.url}.` });
      if (next && (hop.status === 302 || hop.status === 307) && sameResource(here, new URL(next.url)))
        add({
          level: 'warning',
          message: `${hop.url} answers ${hop.status} (temporary) for a move to ${next.url}, the same page on ${here.protocol !== new URL(next.url).protocol ? 'https' : 'another host name'}. A move like this is usually permanent: ${hop.status === 302 ? '301 or 308 let' : '308 lets'} browsers, caches and search engines remember it.`,
          link: hop.status === 302 ? { label: '301 vs 302', url: compareUrl('301-vs-302') } : { label: '307 vs 308', url: compareUrl('307-vs-308') },
        });
    }
    if (next && here.protocol === 'https:' && new URL(next.url).protocol === 'http:')
      add({ level: 'problem', message: `Hop ${i + 1} redirects from https to plain http (${next.url}): the request after it travels unencrypted and can be read or changed on the way.` });
  });

  const seen = new Map<string, number>();
  hops.forEach((hop, i) => {
    const first = seen.get(hop.url);
    if (first !== undefined && isRedirect(hop.status))
      add({ level: 'problem', message: `Redirect loop: hop ${i + 1} is ${hop.url} again, first seen at hop ${first + 1}. Clients give up after a few rounds.` });
    else if (first === undefined) seen.set(hop.url, i);
  });

  const redirects = hops.filter((hop) => isRedirect(hop.status)).length;
  if (redirects > 3)
    add({ level: 'warning', message: `${redirects} redirects before the final answer. Each costs a round trip; link straight to the final URL, and have old URLs redirect there in one step.`, link: { label: '301 vs 308', url: compareUrl('301-vs-308') } });

  const last = hops.at(-1);
  if (error) add({ level: 'problem', message: `The check stopped: ${error}.` });
  else if (last && (last.status < 200 || last.status > 299)) {
    const meaning = last.code ? `${last.status} ${last.code.name}` : `${last.status}`;
    add({
      level: last.status >= 400 || last.status < 100 ? 'problem' : 'warning',
      message: `The final answer is ${meaning}, not a success (2xx).`,
      link: last.code ? { label: `What ${last.status} means`, url: last.code.url } : undefined,
    });
  }

  const level = findings.reduce<Verdict['level']>((worst, f) => (rank[f.level] > rank[worst] ? f.level : worst), 'ok');
  const summary = error
    ? `Stopped after ${hops.length} ${hops.length === 1 ? 'response' : 'responses'}.`
    : last
      ? `${last.status} ${last.statusText || last.code?.name || ''}`.trim() + (redirects > 0 ? ` after ${redirects} redirect${redirects === 1 ? '' : 's'}.` : '.')
      : 'No response.';
  return { level, summary, findings };
}
