/**
 * The codes that matter most in everyday web and API work: marked on the cheat sheet and used
 * by the quiz's easiest level.
 */
export const EVERYDAY_CODES: readonly string[] = [
  '200', '201', '202', '204', '206',
  '301', '302', '303', '304', '307', '308',
  '400', '401', '403', '404', '405', '408', '409', '410', '412', '413', '415', '422', '429',
  '500', '501', '502', '503', '504',
];

export const isEveryday = (slug: string) => EVERYDAY_CODES.includes(slug);
