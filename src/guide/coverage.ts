/**
 * The registered codes a server application normally sends (issue 15), grouped as the guide's
 * overview groups them. The build fails if any of them is not the answer of a reachable result.
 */
export const guideCoverage = {
  success: ['200', '201', '202', '204', '206'],
  conditional: ['304', '412', '428'],
  redirects: ['301', '302', '303', '307', '308'],
  client: ['400', '401', '403', '404', '405', '406', '409', '410', '413', '414', '415', '416', '422', '429', '431', '451'],
  server: ['500', '501', '502', '503', '504'],
} as const;

export const mustReach: readonly string[] = Object.values(guideCoverage).flat();
