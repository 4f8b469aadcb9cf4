// The legal library's use cases and HTTP doors (officers): add a document, attach its file, list.
import { createRoute, z } from '@hono/zod-openapi';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import { legalDocuments } from '../../db/schema.js';
import { LEGAL_DOC_KINDS } from '../../domain/models/index.js';
import { searchKey } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { invalid, notFound } from '../../server/errors.js';
import { grantRoots, requireAnywhere } from '../../server/policy.js';
import { ctxOf, ERRORS, IdParam, json } from '../../server/router.js';
import { IsoDate, OptionalText, Paging, RequiredText, Uuid } from '../../server/schemas.js';
import { uploadedFile } from '../../server/upload.js';
import { recordAudit } from '../audit/append.js';
import { labelledRouter } from '../councils/router.js';
import { storeFile } from '../files/store.js';
import { searchCondition } from '../organisations/scope.js';

const LABELS: Record<string, string> = {
  kind: 'Loại văn bản',
  number: 'Số, ký hiệu',
  title: 'Trích yếu',
  issuer: 'Cơ quan ban hành',
  issuedOn: 'Ngày ban hành',
  effectiveOn: 'Ngày hiệu lực',
  summary: 'Tóm tắt',
  q: 'Tìm kiếm',
};

export const LegalDocBody = z
  .object({
    kind: z.enum(LEGAL_DOC_KINDS, { error: 'Loại văn bản không hợp lệ.' }),
    number: RequiredText(60),
    title: RequiredText(500),
    issuer: RequiredText(200),
    issuedOn: IsoDate,
    effectiveOn: IsoDate.nullable().optional(),
    summary: OptionalText(2000),
  })
  .strict()
  .openapi('LegalDocumentCreate');

const LegalDocOut = z
  .object({
    id: Uuid,
    kind: z.enum(LEGAL_DOC_KINDS),
    number: z.string(),
    title: z.string(),
    issuer: z.string(),
    issuedOn: z.string(),
    effectiveOn: z.string().nullable(),
    summary: z.string().nullable(),
    fileId: Uuid.nullable(),
    published: z.boolean(),
  })
  .openapi('LegalDocument');
const LegalDocListOut = z
  .object({ items: z.array(LegalDocOut), total: z.number(), page: z.number(), pageSize: z.number() })
  .openapi('LegalDocumentList');
const LegalDocsQuery = z.object({ q: z.string().trim().max(100).optional(), ...Paging });

type Row = typeof legalDocuments.$inferSelect;
const present = (r: Row) => ({
  id: r.id,
  kind: r.kind as (typeof LEGAL_DOC_KINDS)[number],
  number: r.number,
  title: r.title,
  issuer: r.issuer,
  issuedOn: r.issuedOn,
  effectiveOn: r.effectiveOn,
  summary: r.summary,
  fileId: r.fileId,
  published: r.published,
});

/** The library belongs to the tenant; its changes are audited against the grant that allows them. */
const rootOrg = async (ctx: Ctx) => grantRoots(ctx.actor, 'portal.manage')[0] ?? null;

export async function addLegalDocument(ctx: Ctx, input: z.output<typeof LegalDocBody>) {
  requireAnywhere(ctx.actor, 'portal.manage');
  const id = crypto.randomUUID();
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(legalDocuments).values({
      tenantId: t,
      id,
      ...input,
      effectiveOn: input.effectiveOn ?? null,
      published: true,
      searchKey: searchKey(`${input.number} ${input.title} ${input.issuer}`),
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'legal_document.create',
      entityType: 'legal_document',
      entityId: id,
      orgId: await rootOrg(ctx),
      summary: `Thêm văn bản ${input.number} vào thư viện văn bản công khai`,
      after: input,
    });
  });
  return getLegalDocument(ctx, id);
}

async function getLegalDocument(ctx: Ctx, id: string) {
  const [r] = await ctx.db
    .select()
    .from(legalDocuments)
    .where(and(eq(legalDocuments.tenantId, ctx.actor.tenantId), eq(legalDocuments.id, id)));
  if (!r) throw notFound('văn bản');
  return present(r);
}

export async function attachLegalDocumentFile(ctx: Ctx, id: string, fileName: string, bytes: Uint8Array) {
  requireAnywhere(ctx.actor, 'portal.manage');
  const doc = await getLegalDocument(ctx, id);
  if (!/\.(pdf|docx)$/i.test(fileName))
    throw invalid([{ field: 'file', label: 'Tệp', message: 'Tệp văn bản phải là PDF hoặc DOCX.' }]);
  const orgId = await rootOrg(ctx);
  const stored = await storeFile(ctx, {
    ownerType: 'legal_document',
    ownerId: id,
    fileName,
    bytes,
    orgId: orgId!,
    label: `văn bản ${doc.number}`,
  });
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(legalDocuments)
      .set({ fileId: stored.id })
      .where(and(eq(legalDocuments.tenantId, ctx.actor.tenantId), eq(legalDocuments.id, id)));
    await recordAudit(tx, ctx, {
      action: 'legal_document.file',
      entityType: 'legal_document',
      entityId: id,
      orgId,
      summary: `Đính kèm tệp "${stored.fileName}" cho văn bản ${doc.number}`,
      before: { fileId: doc.fileId },
      after: { fileId: stored.id },
    });
  });
  return getLegalDocument(ctx, id);
}

export async function listLegalDocuments(ctx: Ctx, q: z.output<typeof LegalDocsQuery>) {
  const where = and(eq(legalDocuments.tenantId, ctx.actor.tenantId), ...searchCondition(legalDocuments.searchKey, q.q));
  const [{ total }] = await ctx.db.select({ total: count() }).from(legalDocuments).where(where);
  const rows = await ctx.db
    .select()
    .from(legalDocuments)
    .where(where)
    .orderBy(desc(legalDocuments.issuedOn), asc(legalDocuments.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
}

const tags = ['Thư viện văn bản'];
const FileForm = {
  body: {
    content: {
      'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) },
    },
  },
};

export const libraryRoutes = labelledRouter(LABELS)
  .openapi(
    createRoute({
      method: 'get',
      path: '/legal-documents',
      tags,
      summary: 'Thư viện văn bản (công khai tại /cong-khai/van-ban)',
      request: { query: LegalDocsQuery },
      responses: { 200: json(LegalDocListOut), ...ERRORS },
    }),
    async (c) => c.json(await listLegalDocuments(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/legal-documents',
      tags,
      summary: 'Thêm văn bản vào thư viện',
      request: { body: { content: { 'application/json': { schema: LegalDocBody } }, required: true } },
      responses: { 201: json(LegalDocOut), ...ERRORS },
    }),
    async (c) => c.json(await addLegalDocument(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/legal-documents/{id}/file',
      tags,
      summary: 'Đính kèm tệp văn bản (PDF, DOCX)',
      request: { params: IdParam, ...FileForm },
      responses: { 201: json(LegalDocOut), ...ERRORS },
    }),
    async (c) => {
      const f = await uploadedFile(c);
      return c.json(await attachLegalDocumentFile(ctxOf(c), c.req.valid('param').id, f.name, f.bytes), 201);
    },
  );
