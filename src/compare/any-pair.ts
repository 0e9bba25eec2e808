import { compareRows } from '../lib/compare-rows';
import { codeJsonUrl } from '../lib/urls';
import { parseFetchedCode, type FetchedCode } from './parse-code';

/** Renders two codes side by side in the browser, from their /api/codes/<slug>.json files. */

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

async function fetchCode(slug: string): Promise<FetchedCode> {
  const response = await fetch(codeJsonUrl({ slug }));
  if (!response.ok) throw new Error(`Could not load ${slug} (HTTP ${response.status}).`);
  return parseFetchedCode(await response.json());
}

const codeLink = (code: FetchedCode) => el('a', { href: new URL(code.url).pathname }, el('span', { className: 'font-mono' }, code.number), ` ${code.name}`);

export async function renderPair(target: HTMLElement, a: string, b: string): Promise<void> {
  const [x, y] = await Promise.all([fetchCode(a), fetchCode(b)]);
  const table = el(
    'table',
    { className: 'compare-table' },
    el('caption', { className: 'sr-only' }, `${x.number} ${x.name} and ${y.number} ${y.name} side by side`),
    el('thead', {}, el('tr', {}, el('td'), el('th', { scope: 'col' }, codeLink(x)), el('th', { scope: 'col' }, codeLink(y)))),
    el(
      'tbody',
      {},
      ...compareRows(x, y).map((row) =>
        el('tr', { className: row.differs ? 'differs' : '' }, el('th', { scope: 'row' }, row.label), el('td', {}, row.a), el('td', {}, row.b)),
      ),
      el('tr', {}, el('th', { scope: 'row' }, 'Definition'), el('td', {}, x.definition), el('td', {}, y.definition)),
    ),
  );
  const details = (code: FetchedCode) =>
    el(
      'section',
      { className: 'card p-4' },
      el('h3', { className: 'text-lg' }, codeLink(code)),
      el('p', { className: 'mt-2 text-sm' }, code.explanation[0] ?? ''),
      el('h4', { className: 'mt-3 font-semibold' }, 'Header fields'),
      code.headers.length === 0
        ? el('p', { className: 'text-sm text-muted' }, 'None tied to this code by the specification.')
        : el('ul', { className: 'list-disc pl-5 text-sm' }, ...code.headers.map((h) => el('li', {}, el('code', {}, h.name), ` (${h.in}, ${h.requirement}): ${h.note}`))),
      el('p', { className: 'mt-3 text-sm' }, el('a', { href: new URL(code.url).pathname }, `Everything about ${code.number} ${code.name} →`)),
    );
  target.replaceChildren(
    el('h2', { id: 'pair-title', className: 'text-2xl' }, `${x.number} ${x.name} vs ${y.number} ${y.name}`),
    el('p', { className: 'mt-2 text-sm text-muted' }, 'Built from the data of both codes. No written guide exists for this pair yet.'),
    el('div', { className: 'mt-4 overflow-x-auto' }, table),
    el('div', { className: 'mt-6 grid gap-4 md:grid-cols-2' }, details(x), details(y)),
  );
}
