import { createRoute, z } from '@hono/zod-openapi';
import { fileResponse } from '../../server/download.js';
import { invalid } from '../../server/errors.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { IMPORT_KINDS, SPECS } from './kinds.js';
import { ImportJobOut, ImportListOut, ImportListQuery } from './schema.js';
import * as svc from './service.js';

const tags = ['Nhập, xuất Excel'];
const KindParam = z.object({
  kind: z
    .enum(IMPORT_KINDS, { error: 'Loại dữ liệu nhập không hợp lệ.' })
    .openapi({ param: { name: 'kind', in: 'path' } }),
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/imports/templates/{kind}',
      tags,
      summary: 'Tải tệp mẫu Excel',
      request: { params: KindParam },
      responses: { 200: fileResponse('Tệp .xlsx', XLSX), ...ERRORS },
    }),
    async (c) => {
      const kind = c.req.valid('param').kind;
      const buf = await svc.buildTemplate(kind);
      return c.body(new Uint8Array(buf), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="mau-nhap-${kind}.xlsx"; filename*=UTF-8''${encodeURIComponent(`Mẫu nhập ${SPECS[kind].title}.xlsx`)}`,
      });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/imports',
      tags,
      summary: 'Các lần nhập gần đây của tôi',
      request: { query: ImportListQuery },
      responses: { 200: json(ImportListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listImports(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/imports/{kind}',
      tags,
      summary: 'Tải tệp Excel lên để kiểm tra (multipart, trường "file")',
      request: {
        params: KindParam,
        body: {
          content: {
            'multipart/form-data': {
              schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }),
            },
          },
        },
      },
      responses: { 202: json(z.object({ id: z.string() }), 'Đang kiểm tra'), ...ERRORS },
    }),
    async (c) => {
      const form = await c.req.parseBody();
      const file = form.file;
      if (!(file instanceof File)) throw invalid([{ field: 'file', label: 'Tệp', message: 'Chưa chọn tệp Excel.' }]);
      return c.json(
        await svc.startImport(ctxOf(c), c.req.valid('param').kind, file.name, new Uint8Array(await file.arrayBuffer())),
        202,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/imports/jobs/{id}',
      tags,
      summary: 'Tiến độ và kết quả kiểm tra',
      request: { params: IdParam },
      responses: { 200: json(ImportJobOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getImport(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/imports/jobs/{id}/report',
      tags,
      summary: 'Tải báo cáo kiểm tra (Excel: các dòng của tệp, lỗi ghi bên cạnh từng dòng)',
      request: { params: IdParam },
      responses: { 200: fileResponse('Tệp .xlsx', XLSX), ...ERRORS },
    }),
    async (c) => {
      const report = await svc.buildImportReport(ctxOf(c), c.req.valid('param').id);
      const name = `Kết quả kiểm tra - ${report.fileName.replace(/\.xlsx$/i, '')}.xlsx`;
      return c.body(new Uint8Array(report.data), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="ket-qua-kiem-tra.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      });
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/imports/jobs/{id}/commit',
      tags,
      summary: 'Ghi toàn bộ dữ liệu đã kiểm tra (tất cả hoặc không)',
      request: { params: IdParam },
      responses: { 200: json(ImportJobOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.commitImport(ctxOf(c), c.req.valid('param').id), 200),
  );
