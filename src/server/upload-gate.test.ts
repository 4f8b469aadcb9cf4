import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { acquireUploadSlot, MAX_UPLOADS_PER_TENANT, MAX_UPLOADS_TOTAL, withUploadSlot } from './upload-gate.js';

function refused(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('not refused');
}

describe('upload slots', () => {
  it('lets a tenant read a bounded number of files at once and says to retry later (429)', async () => {
    const held = Array.from({ length: MAX_UPLOADS_PER_TENANT }, () => acquireUploadSlot('t1'));
    const e = refused(() => acquireUploadSlot('t1'));
    expect(e.status).toBe(429);
    expect(e.code).toBe('THROTTLED');
    expect(e.message).toBe(
      `Đang có ${MAX_UPLOADS_PER_TENANT} tệp của đơn vị bạn được xử lý; hãy chờ xử lý xong rồi thử lại sau.`,
    );
    // Another tenant is not blocked by this one.
    await expect(withUploadSlot('t2', async () => 'ok')).resolves.toBe('ok');
    held[0]();
    held[0](); // releasing twice gives back one slot only
    const again = acquireUploadSlot('t1');
    expect(() => acquireUploadSlot('t1')).toThrow(AppError);
    again();
    held[1]();
  });

  it('bounds the files read at once in the whole process', () => {
    const held = Array.from({ length: MAX_UPLOADS_TOTAL }, (_, i) => acquireUploadSlot(`tenant-${i}`));
    const e = refused(() => acquireUploadSlot('someone-else'));
    expect(e.status).toBe(429);
    expect(e.message).toBe(`Hệ thống đang xử lý ${MAX_UPLOADS_TOTAL} tệp tải lên; hãy thử lại sau ít phút.`);
    for (const r of held) r();
    acquireUploadSlot('someone-else')();
  });

  it('gives the slot back when the work fails', async () => {
    for (let i = 0; i < MAX_UPLOADS_PER_TENANT + 1; i++) {
      await expect(withUploadSlot('t3', async () => Promise.reject(new Error('hỏng')))).rejects.toThrow('hỏng');
    }
  });
});
