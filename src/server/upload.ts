// Reading the one uploaded file of a multipart form (field "file"), with a Vietnamese 400 for
// anything else.
import type { Context } from 'hono';
import { invalid } from './errors.js';

export async function uploadedFile(c: Context): Promise<{ name: string; bytes: Uint8Array }> {
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    form = {};
  }
  const file = form.file;
  if (!(file instanceof File))
    throw invalid([
      { field: 'file', label: 'Tệp', message: 'Chưa chọn tệp (gửi theo dạng multipart/form-data, trường "file").' },
    ]);
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
