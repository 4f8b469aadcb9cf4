// One process per DATA_DIR: `serve`, `migrate`, `seed` and `restore` take DATA_DIR/server.lock,
// created with O_EXCL (only one creator can win), holding the owner's pid, host and start time.
// A lock left by a process that died (kill -9, power loss) is taken over once its pid is gone, or
// belongs to a process that is not this program, or is our own pid (a container restarted as pid 1).
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'server.lock';

export interface LockInfo {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
  /** Where the running server answers local admin requests (backup), when it listens. */
  adminSocket?: string | null;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo | null,
  ) {
    super(
      holder
        ? `Thư mục dữ liệu ${dataDir} đang được dùng bởi tiến trình ${holder.pid} (lệnh "${holder.command}", từ ${holder.startedAt}${holder.host !== hostname() ? `, máy ${holder.host}` : ''}). Mỗi thư mục dữ liệu chỉ được một máy chủ hay lệnh dùng tại một thời điểm: hãy dừng tiến trình đó trước, hoặc dùng DATA_DIR khác.`
        : `Thư mục dữ liệu ${dataDir} đang bị khóa bởi một tiến trình khác (${join(dataDir, LOCK_FILE_NAME)}).`,
    );
  }
}

export interface DataDirLock {
  path: string;
  info: LockInfo;
  /** Records where the admin socket listens (read by `backup`). */
  update(patch: Partial<LockInfo>): void;
  release(): void;
}

export function readLock(dataDir: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(join(dataDir, LOCK_FILE_NAME), 'utf8')) as LockInfo;
    return typeof info?.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

/** Whether the process named by a lock still runs and is this program (node). */
export function holderAlive(info: LockInfo): boolean {
  if (info.host !== hostname()) return true; // another machine (shared disk): never guess, keep it
  if (info.pid === process.pid) return false;
  try {
    process.kill(info.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid runs; on Linux, check it is a Node.js process and not an unrelated one that got the pid.
  try {
    const cmd = readFileSync(`/proc/${info.pid}/cmdline`, 'utf8');
    return /node|tsx/.test(cmd);
  } catch {
    return true;
  }
}

/** Takes the lock or throws DataDirLockedError at once. */
export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, LOCK_FILE_NAME);
  const info: LockInfo = { pid: process.pid, host: hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeNew(path, info);
      return handle(path, info);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readLock(dataDir);
    if (holder && holderAlive(holder)) throw new DataDirLockedError(dataDir, holder);
    if (!holder && Date.now() - safeMtime(path) < 5000) {
      // Just created by another process that has not written its pid yet.
      throw new DataDirLockedError(dataDir, null);
    }
    breakStale(path, holder);
  }
  throw new DataDirLockedError(dataDir, readLock(dataDir));
}

function writeNew(path: string, info: LockInfo) {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(info));
  } finally {
    closeSync(fd);
  }
}

/**
 * Removes a stale lock. Renaming it to a name of our own first means that of two processes
 * breaking the same stale lock, only one removes it; the other's rename fails and it retries
 * (and then finds the winner's fresh lock).
 */
function breakStale(path: string, seen: LockInfo | null) {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = (() => {
    try {
      return JSON.parse(readFileSync(aside, 'utf8')) as LockInfo;
    } catch {
      return null;
    }
  })();
  if (seen && moved && (moved.pid !== seen.pid || moved.startedAt !== seen.startedAt)) {
    // We moved a fresh lock someone took meanwhile: put it back if the name is still free.
    try {
      writeNew(path, moved);
    } catch {
      /* someone else holds it now */
    }
  } else if (seen) {
    console.warn(`Đã gỡ khóa cũ của tiến trình ${seen.pid} (không còn chạy) trên thư mục dữ liệu.`);
  }
  rmSync(aside, { force: true });
}

function safeMtime(path: string) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function handle(path: string, info: LockInfo): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      const now = readLock(join(path, '..'));
      if (now && now.pid === info.pid && now.startedAt === info.startedAt) unlinkSync(path);
    } catch {
      /* already gone */
    }
  };
  process.once('exit', release);
  return {
    path,
    info,
    update(patch) {
      Object.assign(info, patch);
      const tmp = `${path}.${process.pid}.tmp`;
      const fd = openSync(tmp, 'w', 0o600);
      try {
        writeSync(fd, JSON.stringify(info));
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
    },
    release,
  };
}

export const lockExists = (dataDir: string) => existsSync(join(dataDir, LOCK_FILE_NAME));
