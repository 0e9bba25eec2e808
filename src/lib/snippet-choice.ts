/**
 * The reader's preferred snippet stack, remembered across pages and visits: one language for
 * every group on the page, and a framework per group ("return": FastAPI, "handle": requests).
 */
export interface TabChoice {
  language?: string;
  frameworks?: Record<string, string>;
}

export interface TabOption {
  language: string;
  framework: string;
}

const KEY = 'snippet-choice';

export function readChoice(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): TabChoice {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    // Another version of the site may have stored another shape: keep only what fits.
    const { language, frameworks } = parsed as Record<string, unknown>;
    const choice: TabChoice = {};
    if (typeof language === 'string') choice.language = language;
    if (typeof frameworks === 'object' && frameworks !== null)
      choice.frameworks = Object.fromEntries(Object.entries(frameworks).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
    return choice;
  } catch {
    return {};
  }
}

export function rememberChoice(choice: TabChoice, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(choice));
  } catch {
    /* storage blocked: the choice lasts for this page */
  }
}

/** The choice after the reader picks a tab in one group. */
export function withPick(choice: TabChoice, group: string, picked: TabOption): TabChoice {
  return { language: picked.language, frameworks: { ...choice.frameworks, [group]: picked.framework } };
}

/**
 * The tab a group shows: the framework last picked in this group if it is of the preferred
 * language, else that language's first framework, else the group's first tab.
 */
export function pickTab(options: TabOption[], choice: TabChoice, group: string): TabOption | undefined {
  const framework = choice.frameworks?.[group];
  const language = choice.language;
  return (
    options.find((o) => o.framework === framework && (language === undefined || o.language === language)) ??
    options.find((o) => o.language === language) ??
    options[0]
  );
}
