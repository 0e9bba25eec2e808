import type { z } from 'zod';
import { defaultExport } from './modules';
import { categories } from './categories';
import { codeEntrySchema, type CodeEntryData } from './schema';
import { displayNumber, forbidsContent, statusClassOf } from './status-class';

/** One problem with one entry, located precisely enough to fix without searching. */
export interface DataProblem {
  file: string;
  slug: string | undefined;
  field: string;
  message: string;
}

export function formatProblem({ file, slug, field, message }: DataProblem): string {
  const entry = slug === undefined ? '' : ` (entry "${slug}")`;
  return `${file}${entry}: ${field || '(entry)'}: ${message}`;
}

export class DataValidationError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the status-code data:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'DataValidationError';
  }
}

const fieldPath = (path: (string | number)[]) =>
  path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');

/** Rules that involve several fields of one entry; the schema checks each field alone. */
function entryRules(entry: CodeEntryData): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const padded = displayNumber(entry.code);

  if (!entry.slug.startsWith(padded) || (entry.slug.length > 3 && entry.slug[3] !== '-'))
    add('slug', `must start with the entry's code "${padded}"`);

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
        add(`example.response.headers`, `the spec requires ${rule.name} (headers[${i}]) but the example response does not send it`);
    });
  }

  for (const [part, message] of [
    ['request', entry.example.request],
    ['response', response],
  ] as const) {
    const length = message?.headers.find(([name]) => name.toLowerCase() === 'content-length')?.[1];
    if (length === undefined || message?.body === undefined) continue;
    const bytes = new TextEncoder().encode(message.body).length;
    if (Number(length) !== bytes)
      add(`example.${part}.headers`, `Content-Length is ${length} but the body is ${bytes} bytes (UTF-8)`);
  }

  const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
  for (const dup of duplicates(entry.causes)) add('causes', `"${dup}" is listed twice`);
  for (const dup of duplicates(entry.faq.map((f) => f.question))) add('faq', `the question "${dup}" is asked twice`);
  for (const dup of duplicates(entry.related)) add('related', `"${dup}" is listed twice`);
  if (entry.related.includes(entry.slug)) add('related', 'must not list the entry itself');

  return problems;
}

/**
 * Parses every module's default export as an entry and checks the rules that span
 * entries (unique slugs, related entries that exist). Throws one error listing every
 * problem, each naming the file, the entry and the field.
 */
export function validateEntries(modules: Record<string, unknown>): CodeEntryData[] {
  const problems: DataProblem[] = [];
  const parsed: { file: string; entry: CodeEntryData }[] = [];

  for (const [file, value] of Object.entries(modules)) {
    const raw = defaultExport(value);
    const rawSlug = typeof (raw as { slug?: unknown })?.slug === 'string' ? (raw as { slug: string }).slug : undefined;
    const result = codeEntrySchema.safeParse(raw);
    if (!result.success) {
      for (const issue of (result.error as z.ZodError).issues)
        problems.push({ file, slug: rawSlug, field: fieldPath(issue.path), message: issue.message });
      continue;
    }
    for (const p of entryRules(result.data)) problems.push({ file, slug: result.data.slug, ...p });
    parsed.push({ file, entry: result.data });
  }

  const fileBySlug = new Map<string, string>();
  for (const { file, entry } of parsed) {
    const first = fileBySlug.get(entry.slug);
    if (first) problems.push({ file, slug: entry.slug, field: 'slug', message: `duplicates the slug of ${first}` });
    else fileBySlug.set(entry.slug, file);
  }
  for (const { file, entry } of parsed) {
    entry.related.forEach((slug, i) => {
      if (!fileBySlug.has(slug))
        problems.push({ file, slug: entry.slug, field: `related[${i}]`, message: `"${slug}" is not the slug of any entry` });
    });
  }

  if (problems.length > 0) throw new DataValidationError(problems);
  return parsed.map(({ entry }) => entry);
}
