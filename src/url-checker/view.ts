import { statusClassOf } from '../lib/status-class';
import type { CheckedUrl } from './results';

/** Renders the checker's results as DOM: one card per URL, a table row per hop, the verdict below. */

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const path = (url: string) => {
  try {
    return new URL(url, location.origin).pathname;
  } catch {
    return url;
  }
};

/** The class colour of a status, with the vendor colour for numbers outside 100-599 (full names, so Tailwind sees them). */
const toneClass = { '1xx': 'text-class-1xx', '2xx': 'text-class-2xx', '3xx': 'text-class-3xx', '4xx': 'text-class-4xx', '5xx': 'text-class-5xx', nonstandard: 'text-vendor' } as const;
const tone = (status: number) => toneClass[statusClassOf(status)];

const levelLabel = { ok: 'OK', note: 'Note', warning: 'Warning', problem: 'Problem' } as const;

function hopTable(result: CheckedUrl): HTMLElement {
  const rows = result.hops.map((hop, i) =>
    el(
      'tr',
      {},
      el('td', { className: 'font-mono' }, String(i + 1)),
      el(
        'td',
        { className: `font-mono font-semibold ${tone(hop.status)}` },
        hop.code ? el('a', { href: path(hop.code.url), title: hop.code.name }, String(hop.status)) : String(hop.status),
      ),
      el('td', {}, hop.statusText || hop.code?.name || ''),
      el('td', { className: 'break-all' }, hop.url, ...(hop.headers['location'] ? [el('br'), `→ ${hop.headers['location']}`] : [])),
      el('td', { className: 'font-mono whitespace-nowrap' }, `${hop.ms} ms`),
      el('td', { className: 'text-xs' }, ...Object.entries(hop.headers).filter(([name]) => name !== 'location').flatMap(([name, value]) => [el('code', {}, name), `: ${value}`, el('br')])),
    ),
  );
  const head = el('thead', {}, el('tr', {}, ...['#', 'Status', 'Reason', 'URL', 'Time', 'Headers'].map((label) => el('th', { scope: 'col' }, label))));
  return el('div', { className: 'mt-3 overflow-x-auto' }, el('table', { className: 'compare-table' }, el('caption', { className: 'sr-only' }, `Responses for ${result.url}`), head, el('tbody', {}, ...rows)));
}

export function renderResult(result: CheckedUrl): HTMLElement {
  const findings = result.verdict.findings.map((finding) =>
    el('li', {}, el('strong', {}, `${levelLabel[finding.level]}: `), finding.message, ...(finding.link ? [' ', el('a', { href: path(finding.link.url) }, `${finding.link.label} →`)] : [])),
  );
  return el(
    'article',
    { className: 'card mt-4 p-4' },
    el('h2', { className: 'break-all text-lg' }, result.url),
    el('p', { className: 'mt-1' }, el('strong', {}, levelLabel[result.verdict.level]), ` · ${result.verdict.summary}`),
    ...(result.hops.length > 0 ? [hopTable(result)] : []),
    ...(findings.length > 0 ? [el('ul', { className: 'mt-3 list-disc space-y-1 pl-5 text-sm' }, ...findings)] : []),
  );
}
