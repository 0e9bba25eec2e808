/**
 * The header's search dialog, built the first time the reader opens it (SiteSearch.astro loads
 * this module then), so no page carries its markup. It holds the same search as the /search/
 * page: the box, the class and category filters, a status line and the results list. The filter
 * values arrive with the search vocabulary, fetched as the dialog opens.
 */
import { filterValues } from './pagefind';
import { SearchView } from './results-view';

export interface HeaderSearch {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  view: SearchView;
}

const selectClass = 'rounded-md border border-line bg-background px-2 py-1 text-foreground';

const markup = `
  <div class="flex items-center gap-2 border-b border-line p-3">
    <label for="dialog-search" class="sr-only">Search status codes</label>
    <input id="dialog-search" type="search" autocomplete="off" placeholder="A number, a name, an old name or a symptom" class="min-w-0 flex-1 bg-transparent px-2 py-2 text-lg text-foreground outline-none placeholder:text-muted">
    <button type="button" data-close class="rounded-md border border-line px-2 py-1 text-sm text-muted hover:text-foreground">Esc</button>
  </div>
  <div class="flex flex-wrap gap-3 border-b border-line px-4 py-2 text-sm">
    <label class="flex items-center gap-2"><span class="text-muted">Class</span>
      <select name="class" id="dialog-class" class="${selectClass}"><option value="">Any</option></select></label>
    <label class="flex items-center gap-2"><span class="text-muted">Category</span>
      <select name="category" id="dialog-category" class="${selectClass}"><option value="">Any</option></select></label>
  </div>
  <p class="px-4 pt-3 text-sm text-muted" role="status" aria-live="polite" data-status></p>
  <ul id="dialog-results" role="listbox" aria-label="Results" class="search-results px-2 pb-3"></ul>`;

/** Appends the dialog to `host` and binds it to a search view; closing it is wired here too. */
export function createHeaderSearch(host: HTMLElement): HeaderSearch {
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-label', 'Search status codes');
  dialog.innerHTML = markup;
  host.append(dialog);
  const input = dialog.querySelector<HTMLInputElement>('#dialog-search')!;
  const selects = [...dialog.querySelectorAll('select')];
  dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  // Without the vocabulary the filters offer "Any" only, and the search reports the failure itself.
  filterValues()
    .then((values) => {
      for (const select of selects)
        select.append(...(values[select.name as keyof typeof values] ?? []).map((value) => new Option(value, value)));
    })
    .catch(() => undefined);
  const view = new SearchView({ input, list: dialog.querySelector('#dialog-results')!, status: dialog.querySelector('[data-status]')!, filters: selects });
  return { dialog, input, view };
}
