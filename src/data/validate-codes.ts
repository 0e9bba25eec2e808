import { displayNumber, forbidsContent, statusClassOf } from '../lib/status-class';
import { snippetIds } from '../snippets/ids';
import { categories } from './categories';
import { parseModule, rawString, problemCollector, type DataProblem } from './problems';
import { codeEntrySchema, type CodeEntryData } from './schema';

/**
 * Every rule an entry must meet beyond its schema: the build, `npm run check:entries` and the
 * tests all run these, so an entry the suite rejects never passes the checker.
 */

/** The least an entry must say to be worth a page; the writing rules are in content/README.md. */
export const minimumDepth = {
  explanationSentences: 3,
  causes: 4,
  visitorFixes: 2,
  ownerFixes: 2,
  faq: 3,
  related: 2,
} as const;

const sentences = (paragraphs: string[]) => paragraphs.join(' ').split(/(?<=[.!?])\s+/).filter(Boolean).length;

/** Rules about one entry alone that involve several fields or its file; the schema checks each field. */
export function entryRules(entry: CodeEntryData, file: string): DataProblem[] {
  const { problems, add } = problemCollector(file, entry.slug);
  const padded = displayNumber(entry.code);

  if (!entry.slug.startsWith(padded) || (entry.slug.length > 3 && entry.slug[3] !== '-'))
    add('slug', `must start with the entry's code "${padded}"`);
  if (!file.endsWith(`/${entry.slug}.ts`)) add('slug', `is "${entry.slug}", so the file must be named ${entry.slug}.ts`);

  const category = categories[entry.category];
  if (category.kind === 'class') {
    if (category.statusClass !== statusClassOf(entry.code))
      add('category', `"${entry.category}" is for ${category.statusClass} codes, but the code is ${padded}`);
    if (entry.vendor) add('vendor', `must be absent for an entry in the "${entry.category}" class category`);
    if (entry.standing === 'unofficial') add('standing', 'an unofficial code belongs in a vendor category');
  } else {
    if (!entry.vendor) add('vendor', `is required for an entry in the vendor category "${entry.category}"`);
    if (!['unofficial', 'deprecated', 'obsolete'].includes(entry.standing))
      add('standing', `must be unofficial, deprecated or obsolete for a vendor code, not "${entry.standing}"`);
  }

  const depth: [string, number, number][] = [
    ['explanation', sentences(entry.explanation), minimumDepth.explanationSentences],
    ['causes', entry.causes.length, minimumDepth.causes],
    ['fix.visitor', entry.fix.visitor.length, minimumDepth.visitorFixes],
    ['fix.owner', entry.fix.owner.length, minimumDepth.ownerFixes],
    ['faq', entry.faq.length, minimumDepth.faq],
    ['related', entry.related.length, minimumDepth.related],
  ];
  for (const [field, count, minimum] of depth)
    if (count < minimum) add(field, `has ${count} ${field === 'explanation' ? 'sentences' : 'items'}; an entry needs at least ${minimum}`);

  if (forbidsContent(entry.code)) {
    if (entry.example.response?.body !== undefined)
      add('example.response.body', `a ${padded} response cannot carry content; remove the body`);
    if (entry.behaviour.body.value !== 'forbidden')
      add('behaviour.body.value', `must be "forbidden": a ${padded} response cannot carry content`);
  }

  const response = entry.example.response;
  if (response?.status !== undefined && response.status !== entry.code && !entry.example.note)
    add('example.note', `must explain why the response carries ${response.status} instead of ${padded}`);
  if (response) {
    const sent = new Set(response.headers.map(([name]) => name.toLowerCase()));
    entry.headers.forEach((rule, i) => {
      if (rule.in === 'response' && rule.requirement === 'MUST' && !rule.when && !sent.has(rule.name.toLowerCase()))
        add('example.response.headers', `the spec requires ${rule.name} (headers[${i}]) but the example response does not send it`);
    });
  }

  // An HTTP/1.1 message with content says where it ends (RFC 9112 §6.3): without Content-Length
  // or Transfer-Encoding, a request has no content at all and a response runs to the connection's close.
  for (const [part, message] of [
    ['request', entry.example.request],
    ['response', response],
  ] as const) {
    if (message?.body === undefined) continue;
    const header = (name: string) => message.headers.find(([n]) => n.toLowerCase() === name)?.[1];
    const length = header('content-length');
    const bytes = new TextEncoder().encode(message.body).length;
    if (length !== undefined) {
      if (Number(length) !== bytes) add(`example.${part}.headers`, `Content-Length is ${length} but the body is ${bytes} bytes (UTF-8)`);
    } else if (message.httpVersion !== '2' && header('transfer-encoding') === undefined) {
      add(`example.${part}.headers`, `the ${part} has a body of ${bytes} bytes, so HTTP/1.1 needs Content-Length: ${bytes} (or Transfer-Encoding)`);
    }
  }

  const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
  for (const dup of duplicates(entry.causes)) add('causes', `"${dup}" is listed twice`);
  for (const dup of duplicates(entry.faq.map((f) => f.question))) add('faq', `the question "${dup}" is asked twice`);
  for (const dup of duplicates(entry.related)) add('related', `"${dup}" is listed twice`);
  if (entry.related.includes(entry.slug)) add('related', 'must not list the entry itself');

  const known = new Set<string>(snippetIds);
  for (const id of Object.keys(entry.snippets ?? {}))
    if (!known.has(id)) add(`snippets.${id}`, `no snippet generator has the id "${id}" (known: ${snippetIds.join(', ')})`);

  return problems;
}

/** The paragraphs of an entry that must be its own: a copied paragraph is a sign of a rushed entry. */
const ownParagraphs = (entry: CodeEntryData) => [
  ...entry.explanation,
  entry.definition,
  ...entry.causes,
  ...entry.fix.visitor,
  ...entry.fix.owner,
  ...entry.faq.map((f) => f.answer),
  entry.summary,
];

/** Rules across entries: unique slugs and gists, related entries that exist, no paragraph in two entries. */
function catalogueRules(parsed: { file: string; entry: CodeEntryData }[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const firstFile = new Map<string, string>();
  const gistOwner = new Map<string, string>();
  const paragraphOwner = new Map<string, string>();
  for (const { file, entry } of parsed) {
    const add = (field: string, message: string) => problems.push({ file, slug: entry.slug, field, message });
    const first = firstFile.get(entry.slug);
    if (first) add('slug', `duplicates the slug of ${first}`);
    else firstFile.set(entry.slug, file);

    const gist = entry.gist.toLowerCase();
    const sameGist = gistOwner.get(gist);
    if (sameGist) add('gist', `is the same as the gist of ${sameGist}; quiz choices need each gist to be distinct`);
    else gistOwner.set(gist, entry.slug);

    for (const paragraph of new Set(ownParagraphs(entry))) {
      const key = paragraph.trim().toLowerCase();
      const owner = paragraphOwner.get(key);
      if (owner && owner !== entry.slug) add('(text)', `"${paragraph.slice(0, 60)}…" also appears in ${owner}; write it for this code`);
      else paragraphOwner.set(key, entry.slug);
    }
  }
  for (const { file, entry } of parsed)
    entry.related.forEach((slug, i) => {
      if (!firstFile.has(slug)) problems.push({ file, slug: entry.slug, field: `related[${i}]`, message: `"${slug}" is not the slug of any entry` });
    });
  return problems;
}

/** Parses every code module and checks every rule; returns the entries and every problem found. */
export function checkEntries(modules: Record<string, unknown>): { entries: CodeEntryData[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const parsed: { file: string; entry: CodeEntryData }[] = [];
  for (const [file, module] of Object.entries(modules)) {
    const result = parseModule(codeEntrySchema, file, module, (raw) => rawString(raw, 'slug'));
    problems.push(...result.problems);
    if (result.data === undefined) continue;
    problems.push(...entryRules(result.data, file));
    parsed.push({ file, entry: result.data });
  }
  problems.push(...catalogueRules(parsed));
  return { entries: parsed.map(({ entry }) => entry), problems };
}
