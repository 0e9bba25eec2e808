/** Readings of an entry's header table shared by validation, the comparison table, the quiz and the servers. */

interface HeaderRuleLike {
  name: string;
  in: 'request' | 'response';
  requirement: string;
  when?: string;
}

/** Response fields the spec requires with MUST and no condition: every response with this code carries them. */
export function unconditionalMustHeaders<T extends HeaderRuleLike>(rules: readonly T[]): T[] {
  return rules.filter((rule) => rule.in === 'response' && rule.requirement === 'MUST' && !rule.when);
}
