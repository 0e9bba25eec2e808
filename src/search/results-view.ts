import { exactCodeTarget, moveSelection } from './query';
import { knownCodeNumbers, searchSite, SearchUnavailableError, type SearchHit } from './pagefind';

export interface SearchViewElements {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  filters: HTMLSelectElement[];
}

/**
 * Binds a search box to a results list as an ARIA combobox with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): arrows move through results, Enter
 * opens one, and an exact code number opens that code's page.
 */
export class SearchView {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  /** A query the reader asked to search as typed, without spelling correction. */
  private literal: string | undefined;

  constructor(private readonly el: SearchViewElements) {
    el.input.setAttribute('role', 'combobox');
    el.input.setAttribute('aria-autocomplete', 'list');
    el.input.setAttribute('aria-controls', el.list.id);
    el.input.setAttribute('aria-expanded', 'false');
    el.input.addEventListener('input', () => {
      this.literal = undefined;
      this.schedule();
    });
    el.input.addEventListener('keydown', (event) => void this.onKey(event));
    for (const select of el.filters) select.addEventListener('change', () => this.run());
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), 120);
  }

  filters(): Record<string, string> {
    return Object.fromEntries(this.el.filters.filter((s) => s.value !== '').map((s) => [s.name, s.value]));
  }

  async run(): Promise<void> {
    const query = this.el.input.value.trim();
    const generation = ++this.generation;
    if (query === '') {
      this.render([]);
      this.el.status.textContent = '';
      return;
    }
    this.el.status.textContent = 'Searching…';
    try {
      const answer = await searchSite(query, this.filters(), { literal: this.literal === query });
      if (answer === null || generation !== this.generation) return;
      this.render(answer.hits);
      this.announce(query, answer.hits.length, answer.correctedQuery);
    } catch (error) {
      if (generation !== this.generation) return;
      this.render([]);
      this.el.status.textContent =
        error instanceof SearchUnavailableError ? error.message : 'Search failed to load. Reload the page to try again.';
    }
  }

  /**
   * Says what was found in the status region (announced by screen readers). After a spelling
   * correction it says so, with a button that searches the reader's own words instead.
   */
  private announce(query: string, count: number, corrected: string | undefined) {
    const quoted = (text: string) => {
      const em = document.createElement('em');
      em.textContent = text;
      return em;
    };
    if (corrected !== undefined && count > 0) {
      const instead = document.createElement('button');
      instead.type = 'button';
      instead.className = 'search-instead';
      instead.append('Search for ', quoted(query), ' instead');
      instead.addEventListener('click', () => {
        this.literal = query;
        this.el.input.focus();
        void this.run();
      });
      this.el.status.replaceChildren('Showing results for ', quoted(corrected), '. ', instead, '.');
      return;
    }
    this.el.status.textContent =
      count === 0
        ? `No code matches “${query}”. Try a number (404), a name (“not found”), an old name (“payload too large”) or a symptom (“rate limit”).`
        : `${count} result${count === 1 ? '' : 's'} for “${query}”.`;
  }

  private render(hits: SearchHit[]) {
    this.hits = hits;
    this.active = -1;
    this.el.list.replaceChildren(
      ...hits.map((hit, i) => {
        const option = document.createElement('li');
        option.id = `${this.el.list.id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.className = 'search-hit';
        // Options cannot hold links (nested interactive content), so the option itself navigates.
        option.dataset.url = hit.url;
        option.addEventListener('click', () => location.assign(hit.url));
        const badge = document.createElement('span');
        badge.className = 'search-hit-badge';
        badge.textContent = hit.code ?? hit.kind;
        const title = document.createElement('span');
        title.className = 'search-hit-title';
        title.textContent = `${hit.code ? hit.title.replace(new RegExp(`^${hit.code}\\s*`), '') : hit.title}${hit.vendor ? ` (${hit.vendor})` : ''}`;
        const summary = document.createElement('span');
        summary.className = 'search-hit-summary';
        summary.textContent = hit.summary;
        option.append(badge, title, summary);
        return option;
      }),
    );
    this.el.input.setAttribute('aria-expanded', String(hits.length > 0));
    this.el.input.removeAttribute('aria-activedescendant');
  }

  private select(index: number) {
    const options = [...this.el.list.querySelectorAll<HTMLElement>('[role=option]')];
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    this.active = index;
    const chosen = options[index];
    if (chosen) {
      this.el.input.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    } else this.el.input.removeAttribute('aria-activedescendant');
  }

  private async onKey(event: KeyboardEvent) {
    if (['ArrowDown', 'ArrowUp'].includes(event.key) || (this.active >= 0 && ['Home', 'End'].includes(event.key))) {
      event.preventDefault();
      this.select(moveSelection(this.active, event.key, this.hits.length));
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const chosen = this.hits[this.active];
    // The numbers come with the search vocabulary, which the first query has already loaded.
    const numbers = chosen ? new Set<string>() : await knownCodeNumbers().catch(() => new Set<string>());
    const target = chosen?.url ?? exactCodeTarget(this.el.input.value, numbers);
    if (target) location.assign(target);
    else if (this.hits[0] && this.el.input.value.trim() !== '') location.assign(this.hits[0].url);
  }
}
