/** Which cheat-sheet rows show for the chosen filters. Pure, so it is unit-tested. */

export interface CheatFilter {
  /** "" for every group, "registered" for the IANA classes, or a category slug. */
  group: string;
  everydayOnly: boolean;
}

export interface CheatRow {
  category: string;
  registered: boolean;
  everyday: boolean;
}

export function cheatRowVisible(row: CheatRow, filter: CheatFilter): boolean {
  const inGroup = filter.group === '' || filter.group === row.category || (filter.group === 'registered' && row.registered);
  return inGroup && (!filter.everydayOnly || row.everyday);
}
