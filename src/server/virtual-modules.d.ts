/** The status table, generated from the catalogue at build time (scripts/build-server.mjs). */
declare module 'virtual:status-table' {
  const table: import('./status/table').StatusTable;
  export default table;
}
