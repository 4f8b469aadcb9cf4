// HTTP doors of training courses (tập huấn, bồi dưỡng nghiệp vụ TĐKT): thin handlers over ./service.ts.
import { createRoute, z } from '@hono/zod-openapi';
import { EVIDENCE_MIME_TYPES } from '../../domain/rounds/dossier.js';
import { fileResponse, sendFile, XLSX_TYPE } from '../../server/download.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { RequiredText } from '../../server/schemas.js';
import { uploadedFile } from '../../server/upload.js';
import { StoredFileOut } from '../files/schema.js';
import {
  AttendanceBody,
  CertFormatQuery,
  FileParam,
  ListFormatQuery,
  ParticipantsBody,
  PersonParam,
  TrainingBody,
  TrainingDetail,
  TrainingPage,
  TrainingQuery,
  UntrainedPage,
  UntrainedQuery,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Tập huấn nghiệp vụ thi đua, khen thưởng'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FileForm = {
  body: {
    content: {
      'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) },
    },
  },
};

export const trainingRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/trainings',
      tags,
      summary: 'Các lớp tập huấn (lọc theo năm, đơn vị, trạng thái; phân trang)',
      request: { query: TrainingQuery },
      responses: { 200: json(TrainingPage), ...ERRORS },
    }),
    async (c) => c.json(await svc.listTrainings(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/trainings/untrained',
      tags,
      summary: 'Những người chưa từng tham dự lớp tập huấn nào, theo từng đơn vị',
      request: { query: UntrainedQuery },
      responses: { 200: json(UntrainedPage), ...ERRORS },
    }),
    async (c) => c.json(await svc.listUntrained(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/trainings',
      tags,
      summary: 'Lập kế hoạch một lớp tập huấn: nội dung, báo cáo viên, đơn vị được mời',
      request: body(TrainingBody),
      responses: { 201: json(TrainingDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.createTraining(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/trainings/{id}',
      tags,
      summary: 'Một lớp tập huấn: học viên, điểm danh, tài liệu',
      request: { params: IdParam },
      responses: { 200: json(TrainingDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.getTraining(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/trainings/{id}/participants',
      tags,
      summary: 'Thêm học viên từ danh sách cán bộ, công chức',
      request: { params: IdParam, ...body(ParticipantsBody) },
      responses: { 200: json(TrainingDetail), ...ERRORS },
    }),
    async (c) =>
      c.json(await svc.addParticipants(ctxOf(c), c.req.valid('param').id, c.req.valid('json').personIds), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/trainings/{id}/attendance',
      tags,
      summary: 'Điểm danh (có mặt, vắng); người có mặt được cấp số giấy chứng nhận',
      request: { params: IdParam, ...body(AttendanceBody) },
      responses: { 200: json(TrainingDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.takeAttendance(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/trainings/{id}/cancel',
      tags,
      summary: 'Hủy lớp tập huấn chưa tổ chức',
      request: { params: IdParam, ...body(z.object({ reason: RequiredText(1000) }).strict()) },
      responses: { 200: json(TrainingDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.cancelTraining(ctxOf(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/trainings/{id}/files',
      tags,
      summary: 'Tải lên tài liệu của lớp (PDF, DOCX, ảnh; tối đa 10 MB)',
      request: { params: IdParam, ...FileForm },
      responses: { 201: json(StoredFileOut), ...ERRORS },
    }),
    async (c) => {
      const f = await uploadedFile(c);
      return c.json(await svc.attachMaterial(ctxOf(c), c.req.valid('param').id, f.name, f.bytes), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/trainings/{id}/files/{fileId}',
      tags,
      summary: 'Tải về tài liệu của lớp',
      request: { params: FileParam },
      responses: { 200: fileResponse('Tài liệu', ...EVIDENCE_MIME_TYPES), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const f = await svc.readMaterial(ctxOf(c), p.id, p.fileId);
      return sendFile(c, Buffer.from(f.content), f.fileName, f.mime);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/trainings/{id}/attendance-list',
      tags,
      summary: 'Danh sách học viên có điểm danh (Excel hoặc DOCX)',
      request: { params: IdParam, query: ListFormatQuery },
      responses: { 200: fileResponse('Danh sách', XLSX_TYPE, DOCX), ...ERRORS },
    }),
    async (c) => {
      const { format } = c.req.valid('query');
      const f = await svc.attendanceList(ctxOf(c), c.req.valid('param').id, format);
      return sendFile(c, f.data, f.name, format === 'xlsx' ? XLSX_TYPE : DOCX);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/trainings/{id}/certificates/{personId}',
      tags,
      summary: 'Giấy chứng nhận tham dự lớp tập huấn của một học viên (DOCX hoặc PDF)',
      request: { params: PersonParam, query: CertFormatQuery },
      responses: { 200: fileResponse('Giấy chứng nhận', DOCX, 'application/pdf'), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const { format } = c.req.valid('query');
      const f = await svc.certificate(ctxOf(c), p.id, p.personId, format);
      return sendFile(c, f.data, f.name, format === 'pdf' ? 'application/pdf' : DOCX);
    },
  );
