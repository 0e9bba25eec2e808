import { arrayOf, nullable, number, object, oneOf, optional, string, type Checker } from '../lib/shape';

/** The /api/check answer as the page reads it; checked, not cast (see src/lib/shape.ts). */
export interface CheckedHop {
  url: string;
  method: string;
  status: number;
  statusText: string;
  ms: number;
  headers: Record<string, string>;
  code: { slug: string; name: string; url: string } | null;
}
export interface CheckedUrl {
  url: string;
  hops: CheckedHop[];
  error?: string;
  verdict: {
    level: 'ok' | 'note' | 'warning' | 'problem';
    summary: string;
    findings: { level: 'note' | 'warning' | 'problem'; message: string; link?: { label: string; url: string } }[];
  };
}

const headers: Checker<Record<string, string>> = (value, path) => {
  const record = object<Record<string, never>>({})(value, path) as Record<string, unknown>;
  for (const [key, v] of Object.entries(record)) string(v, `${path}.${key}`);
  return record as Record<string, string>;
};

const hop = object<CheckedHop>({
  url: string,
  method: string,
  status: number,
  statusText: string,
  ms: number,
  headers,
  code: nullable(object({ slug: string, name: string, url: string })),
});

const checkedUrl = object<CheckedUrl>({
  url: string,
  hops: arrayOf(hop),
  error: optional(string),
  verdict: object<CheckedUrl['verdict']>({
    level: oneOf(['ok', 'note', 'warning', 'problem'] as const),
    summary: string,
    findings: arrayOf(
      object<CheckedUrl['verdict']['findings'][number]>({
        level: oneOf(['note', 'warning', 'problem'] as const),
        message: string,
        link: optional(object({ label: string, url: string })),
      }),
    ),
  }),
});

export const parseResults = (json: unknown): CheckedUrl[] => object<{ results: CheckedUrl[] }>({ results: arrayOf(checkedUrl) })(json, '').results;

/** The URLs a reader typed, one per line; blank lines and surrounding spaces dropped. */
export const urlsFromText = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

/** The results as plain text, for the "Copy as text" button: one block per URL, one line per hop. */
export function resultsAsText(results: readonly CheckedUrl[]): string {
  return results
    .map((result) => {
      const lines = [result.url];
      result.hops.forEach((h, i) => {
        const location = h.headers['location'];
        const parts = [`${i + 1}.`, String(h.status), h.statusText, h.code ? `(${h.code.name})` : '', h.url, `${h.ms} ms`, location ? `-> ${location}` : ''];
        lines.push(`  ${parts.filter(Boolean).join(' ')}`);
      });
      if (result.error) lines.push(`  stopped: ${result.error}`);
      lines.push(`  verdict: ${result.verdict.summary}`);
      for (const finding of result.verdict.findings) lines.push(`  - ${finding.level}: ${finding.message}`);
      return lines.join('\n');
    })
    .join('\n\n');
}

/** The share link for a list of URLs: /url-checker/?url=...&url=... */
export const shareUrl = (urls: readonly string[]) => `/url-checker/?${urls.map((url) => `url=${encodeURIComponent(url)}`).join('&')}`;
