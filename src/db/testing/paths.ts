import { fileURLToPath } from 'node:url';

export const SNAPSHOT_PATH = fileURLToPath(new URL('../../../.tmp/pglite-migrated.tar', import.meta.url));
export const PG_TEMPLATE = 'tdkt_test_template';
