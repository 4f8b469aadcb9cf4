import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a file with an ASCII fallback name and the Vietnamese name for browsers that read it. */
export function sendFile(c: Context, data: Buffer, fileName: string, type = XLSX_TYPE) {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return c.body(new Uint8Array(data), 200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  });
}

/** The OpenAPI success response of a route that answers a file (sendFile) of one of `types`. */
export const fileResponse = (description: string, ...types: string[]) => ({
  description,
  content: Object.fromEntries(types.map((type) => [type, { schema: z.string().openapi({ format: 'binary' }) }])),
});
