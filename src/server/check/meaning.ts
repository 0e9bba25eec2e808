/**
 * Which catalogue entry explains a status as the checker saw it. A number can have several
 * meanings (451 and Microsoft's 451-iis; 499 from nginx and from Esri): the vendor's entry is
 * linked only when the response shows that vendor, otherwise the registered meaning.
 */

import type { StatusTable } from '../status/table';

export interface CatalogueCode {
  slug: string;
  code: number;
  name: string;
  /** The entry's category slug: "cloudflare", "nginx", "aws-elb", "microsoft-iis", a class category... */
  category: string;
}

export interface CodeRef {
  slug: string;
  name: string;
  url: string;
}

type Headers = Record<string, string | string[] | undefined>;
const header = (headers: Headers, name: string) => [headers[name]].flat().join(' ').toLowerCase();

/** How a response shows which vendor's software answered, by category. */
const vendorSignatures: Record<string, (headers: Headers) => boolean> = {
  cloudflare: (h) => header(h, 'cf-ray') !== '' || header(h, 'server') === 'cloudflare',
  nginx: (h) => header(h, 'server').startsWith('nginx'),
  'aws-elb': (h) => header(h, 'server').startsWith('awselb'),
  'microsoft-iis': (h) => header(h, 'server').includes('microsoft-iis') || header(h, 'x-powered-by').includes('asp.net'),
};

export function codeMeaning(
  status: number,
  headers: Headers,
  catalogue: readonly CatalogueCode[],
  pageUrl: (slug: string) => string,
): CodeRef | null {
  const meanings = catalogue.filter((entry) => entry.code === status);
  const shown = meanings.find((entry) => vendorSignatures[entry.category]?.(headers));
  const registered = meanings.find((entry) => entry.slug === String(status).padStart(3, '0') && !(entry.category in vendorSignatures));
  const pick = shown ?? registered ?? (meanings.length === 1 ? meanings[0] : undefined);
  return pick ? { slug: pick.slug, name: pick.name, url: pageUrl(pick.slug) } : null;
}

/** Every meaning of every number, from the status server's table (built from the catalogue at build time). */
export function catalogueFromTable(table: StatusTable): CatalogueCode[] {
  return Object.values(table).flatMap((row) => [
    { slug: row.slug, code: row.code, name: row.phrase, category: row.category },
    ...row.otherMeanings.map((other) => ({ slug: other.slug, code: row.code, name: other.phrase, category: other.category })),
  ]);
}
