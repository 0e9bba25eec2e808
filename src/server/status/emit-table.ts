/** Build-time entry (bundled by scripts/build-server.mjs): the status table as JSON on stdout. */
import { getCodesByNumber } from '../../data/queries';
import { buildStatusTable } from './table';

export const table = buildStatusTable(getCodesByNumber);
