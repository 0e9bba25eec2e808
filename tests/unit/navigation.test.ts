import { describe, expect, it } from 'vitest';
import { DESTINATIONS, headerItems, type Destination } from '../../src/navigation/destinations';
import { ariaCurrent, routeAnswers, routeOfPageFile } from '../../src/navigation/routes';
import { liveDestinations, pageExists } from '../../src/navigation/site';

describe('routeOfPageFile', () => {
  it.each([
    ['/src/pages/index.astro', '/'],
    ['/src/pages/cheat-sheet.astro', '/cheat-sheet/'],
    ['/src/pages/blog/index.astro', '/blog/'],
    ['/src/pages/blog/index.mdx', '/blog/'],
    ['/src/pages/which-status-code/[...step].astro', '/which-status-code/[...step]/'],
    ['/src/pages/compare/[pair].astro', '/compare/[pair]/'],
    ['/src/pages/api/codes.json.ts', '/api/codes.json'],
    ['/src/pages/blog/rss.xml.js', '/blog/rss.xml'],
    ['/src/pages/status/[code].ts', '/status/[code]'],
  ])('%s serves %s', (file, route) => {
    expect(routeOfPageFile(file)).toBe(route);
  });

  it.each(['/src/pages/_drafts/post.md', '/src/pages/blog/_helpers.ts', '/src/pages/notes.txt'])('%s is not a route', (file) => {
    expect(routeOfPageFile(file)).toBeNull();
  });

  it('refuses a file outside src/pages, naming it', () => {
    expect(() => routeOfPageFile('/src/components/Nav.astro')).toThrow('"/src/components/Nav.astro" is not under /src/pages/');
  });
});

describe('routeAnswers', () => {
  const routes = ['/', '/codes/', '/codes/[slug]/', '/api/codes.json', '/blog/[...page]/', '/[lang]/'];
  it.each([
    ['/codes/', true],
    ['/api/codes.json', true],
    ['/blog/', true], // a rest parameter may be empty: the first page of a paginated list
    ['/', true],
    ['/tools/', false], // `/[lang]/` would match anything: a single parameter never counts
    ['/compare/', false],
    ['/codes/404/', false], // getStaticPaths decides which slugs exist; a menu never links one
    ['/playground/', false],
  ])('%s exists: %s', (href, expected) => {
    expect(routeAnswers(routes, href)).toBe(expected);
  });
});

describe('ariaCurrent', () => {
  it.each([
    ['/codes/', '/codes/', 'page'],
    ['/codes/', '/codes/404/', 'true'],
    ['/codes/', '/compare/', undefined],
    ['/', '/codes/', undefined],
    ['/', '/', 'page'],
    ['/tools/', '/tools', 'page'],
    ['/api/codes.json', '/api/codes.json', 'page'],
  ] as const)('a link to %s on %s is %s', (href, path, expected) => {
    expect(ariaCurrent(href, path)).toBe(expected);
  });
});

describe('headerItems', () => {
  const all = () => true;
  const labels = (items: ReturnType<typeof headerItems>) =>
    items.map((item) => (item.type === 'menu' ? `${item.destination.label}: ${item.items.map((i) => i.destination.label).join(', ')}` : item.destination.label));

  it('orders the header Status Codes, Compare, Tools (with every tool), Blog', () => {
    expect(labels(headerItems(DESTINATIONS, all, '/'))).toEqual([
      'Status Codes',
      'Compare',
      'Tools: Cheat Sheet, Quiz, Which status code?, API Playground, URL Checker',
      'Blog',
    ]);
  });

  it('leaves out what does not exist yet, and keeps the rest in order', () => {
    const built = new Set(['/codes/', '/compare/', '/tools/', '/cheat-sheet/', '/quiz/']);
    expect(labels(headerItems(DESTINATIONS, (href) => built.has(href), '/'))).toEqual(['Status Codes', 'Compare', 'Tools: Cheat Sheet, Quiz']);
  });

  it('marks the current page and the section a page belongs to', () => {
    const items = headerItems(DESTINATIONS, all, '/quiz/');
    const menu = items.find((item) => item.type === 'menu');
    expect(menu?.type === 'menu' && menu.items.find((i) => i.destination.href === '/quiz/')?.current).toBe('page');
    expect(headerItems(DESTINATIONS, all, '/codes/418/')[0]).toMatchObject({ current: 'true' });
  });
});

describe('the destinations list', () => {
  it('has one entry per address', () => {
    const hrefs = DESTINATIONS.map((d) => d.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it.each(DESTINATIONS.map((d) => [d.label, d] as [string, Destination]))('%s: its summary is one sentence', (_, d) => {
    expect(d.summary).toMatch(/^[A-Z][^.!?]*(\.[A-Za-z][^.!?]*)*[.]$/);
    expect(d.summary.length).toBeLessThanOrEqual(140);
  });

  it('has exactly one Tools menu, so the header stays the same shape', () => {
    expect(DESTINATIONS.filter((d) => d.kind === 'tools-index')).toHaveLength(1);
  });
});

describe('destinations in this build', () => {
  it('finds the pages that exist in src/pages, and only those', () => {
    expect(pageExists('/codes/')).toBe(true);
    expect(pageExists('/cheat-sheet/')).toBe(true);
    expect(pageExists('/tools/')).toBe(true);
    expect(pageExists('/api/codes.json')).toBe(true);
    expect(pageExists('/no-such-page/')).toBe(false);
  });

  it('lists the tools whose pages exist', () => {
    const hrefs = liveDestinations('tool').map((d) => d.href);
    expect(hrefs).toEqual(expect.arrayContaining(['/cheat-sheet/', '/quiz/']));
    for (const href of hrefs) expect(pageExists(href)).toBe(true);
  });
});
