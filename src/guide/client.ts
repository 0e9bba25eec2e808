/**
 * Makes the decision guide instant. Every step is a real page, so the guide works without
 * JavaScript; with it, <decision-guide> fetches the next step's page (prefetched while the
 * reader decides), swaps its own content for the new page's, and keeps the address bar and
 * history in step. Nothing here imports the guide's data: it only moves between pages.
 */

const pages = new Map<string, Promise<string>>();
/** Scripts already run in this document, by src or by text, so a swapped-in page never runs one twice. */
const ran = new Set<string>();

function load(path: string): Promise<string> {
  let page = pages.get(path);
  if (!page) {
    page = fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.text();
    });
    // A failed fetch is forgotten, so the next attempt (or the full page load) tries again.
    page.catch(() => pages.delete(path));
    pages.set(path, page);
  }
  return page;
}

const prefetch = (path: string) => void load(path).catch(() => undefined);

const isJavaScript = (script: HTMLScriptElement) => !script.type || script.type === 'module' || script.type === 'text/javascript';

export class DecisionGuide extends HTMLElement {
  /** The path of the step on screen; a same-page jump (the skip link's #main) also fires popstate. */
  shown = location.pathname;

  connectedCallback() {
    for (const script of document.scripts) ran.add(script.src || script.text);
    this.addEventListener('click', (event) => this.onClick(event));
    // Prefetch a link the reader points at or tabs to, in case it was not prefetched already.
    for (const type of ['pointerover', 'focusin'])
      this.addEventListener(type, (event) => {
        const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-guide-link]');
        if (link) prefetch(link.pathname);
      });
    addEventListener('popstate', () => {
      if (location.pathname !== this.shown) void this.show(location.pathname, false);
    });
    this.prefetchNext();
  }

  onClick(event: MouseEvent) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-guide-link]');
    if (!link || link.origin !== location.origin) return;
    event.preventDefault();
    void this.show(link.pathname, true);
  }

  /** The answers and Back, fetched once the browser is idle. */
  prefetchNext() {
    const run = () => this.querySelectorAll<HTMLAnchorElement>('a[data-guide-link="next"]').forEach((link) => prefetch(link.pathname));
    if ('requestIdleCallback' in window) requestIdleCallback(run);
    else setTimeout(run, 100);
  }

  async show(path: string, push: boolean) {
    let page: Document | undefined;
    try {
      page = new DOMParser().parseFromString(await load(path), 'text/html');
    } catch {
      page = undefined;
    }
    const next = page?.querySelector('decision-guide');
    // Anything unexpected: fall back to an ordinary page load, which always works.
    if (!next || !page) return location.assign(path);
    if (push) history.pushState(null, '', path);
    this.shown = path;
    document.title = page.title;
    // Scripts never run from swapped-in markup; runScripts runs the ones this document lacks.
    for (const script of next.querySelectorAll('script')) script.remove();
    this.replaceChildren(...[...next.childNodes].map((node) => document.importNode(node, true)));
    this.runScripts(page);
    this.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    this.prefetchNext();
  }

  /**
   * Result pages carry scripts that question pages lack (the snippet tabs', the code blocks'),
   * and Astro may place them anywhere in the page, so look through the whole page and run each
   * one this document has not run yet. Inline ones pass the CSP because the build puts the
   * hash of every inline script it emits into the policy.
   */
  runScripts(page: Document) {
    for (const old of page.querySelectorAll('script')) {
      const key = old.src || old.text;
      if (!isJavaScript(old) || ran.has(key)) continue;
      ran.add(key);
      const script = document.createElement('script');
      for (const { name, value } of old.attributes) script.setAttribute(name, value);
      script.text = old.text;
      document.body.append(script);
    }
  }
}
