// Imported first by the CLI entry: a command that needs DATA_DIR to itself stops at once, before
// the rest of the program is evaluated, when a live process already holds the directory.
import { DataDirLockedError, holderAlive, readLock } from './lock.js';

const EXCLUSIVE = new Set(['serve', 'migrate', 'seed', 'restore', 'users']);
const cmd = process.argv[2];
if (cmd && EXCLUSIVE.has(cmd)) {
  const dataDir = process.env.DATA_DIR ?? './data';
  const holder = readLock(dataDir);
  if (holder && holderAlive(holder)) {
    process.stderr.write(`Lỗi: ${new DataDirLockedError(dataDir, holder).message}\n`);
    process.exit(1);
  }
}
