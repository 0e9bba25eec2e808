/** Build-time entry, bundled and run by scripts/build-server.mjs: prints the status table as JSON. */
import { getCodesByNumber } from '../../data/queries';
import { buildStatusTable } from './table';

process.stdout.write(JSON.stringify(buildStatusTable(getCodesByNumber)));
