// How many uploaded files are being read at once: per tenant (one unit's clerks cannot starve
// the others) and in the whole process (memory stays bounded whatever arrives). A slot is taken
// before a file is even unzipped and given back when its reading ends (for an import, when the
// background validation ends). Threat model: UPLOADS.md beside this file.
import { AppError } from './errors.js';

/** Files of one tenant read at once. Each is bounded by src/documents/safe-zip.ts limits. */
export const MAX_UPLOADS_PER_TENANT = 2;
/**
 * Files read at once in the process. The most one file can hold in memory is about 150 MB of
 * shared strings plus its rows (src/documents/safe-zip.ts), so three keep the server well under
 * 1 GB together with its own working set.
 */
export const MAX_UPLOADS_TOTAL = 3;

const running = new Map<string, number>();
let total = 0;

/**
 * Takes a slot for reading one uploaded file of `tenantId`, or refuses with 429 THROTTLED and a
 * Vietnamese message. Call the returned function exactly once when the reading ends.
 */
export function acquireUploadSlot(tenantId: string): () => void {
  const mine = running.get(tenantId) ?? 0;
  if (mine >= MAX_UPLOADS_PER_TENANT) {
    throw new AppError(
      'THROTTLED',
      `Đang có ${mine} tệp của đơn vị bạn được xử lý; hãy chờ xử lý xong rồi thử lại sau.`,
    );
  }
  if (total >= MAX_UPLOADS_TOTAL) {
    throw new AppError('THROTTLED', `Hệ thống đang xử lý ${total} tệp tải lên; hãy thử lại sau ít phút.`);
  }
  running.set(tenantId, mine + 1);
  total++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    total--;
    const n = (running.get(tenantId) ?? 1) - 1;
    if (n > 0) running.set(tenantId, n);
    else running.delete(tenantId);
  };
}

/** Runs `fn` holding an upload slot of `tenantId` (see acquireUploadSlot). */
export async function withUploadSlot<T>(tenantId: string, fn: () => Promise<T>): Promise<T> {
  const release = acquireUploadSlot(tenantId);
  try {
    return await fn();
  } finally {
    release();
  }
}
