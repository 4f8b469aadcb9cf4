// Small Zod building blocks shared by the features' boundary schemas.
import { z } from '@hono/zod-openapi';
import { badCharMessage, cleanName, cleanText, findBadChar, parseDateVN } from '../domain/vi-text/index.js';

export const Uuid = z.string().uuid('Mã định danh không hợp lệ.');

/**
 * A string that holds no NUL, other control character (TAB, LF, CR aside) or broken UTF-16.
 * The HTTP layer already refuses these in every request (src/server/text-guard.ts); this keeps
 * the schemas safe where they are used without it (spreadsheet imports, the CLI).
 */
export const SafeString = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).superRefine((s, ctx) => {
    const bad = findBadChar(s);
    if (bad) ctx.addIssue({ code: 'custom', message: badCharMessage(bad), params: { code: 'BAD_CHARACTER' } });
  });

/** Text input: NFC, trimmed, inner whitespace collapsed; must not be empty. */
export const RequiredText = (max: number) =>
  SafeString({ error: 'Không được để trống.' })
    .transform((s) => cleanText(s))
    .pipe(z.string().min(1, 'Không được để trống.').max(max, `Không được dài quá ${max} ký tự.`));

/** Optional text: empty becomes null. */
export const OptionalText = (max: number) =>
  SafeString()
    .nullable()
    .optional()
    .transform((s) => (s == null ? null : cleanText(s) || null))
    .pipe(z.string().max(max, `Không được dài quá ${max} ký tự.`).nullable());

/**
 * A name (person, organisation, household head, council member, signer…) as RequiredText, with
 * zero-width and bidirectional control characters removed: names are printed on public notices
 * and in documents, where such characters could hide or reorder text.
 */
export const NameText = (max: number) =>
  SafeString({ error: 'Không được để trống.' })
    .transform((s) => cleanName(s))
    .pipe(z.string().min(1, 'Không được để trống.').max(max, `Không được dài quá ${max} ký tự.`));

/** An optional name: empty becomes null. */
export const OptionalName = (max: number) =>
  SafeString()
    .nullable()
    .optional()
    .transform((s) => (s == null ? null : cleanName(s) || null))
    .pipe(z.string().max(max, `Không được dài quá ${max} ký tự.`).nullable());

/** A date as ISO 'YYYY-MM-DD' (dd/mm/yyyy is accepted too). */
export const IsoDate = z.string({ error: 'Ngày không hợp lệ.' }).transform((s, ctx) => {
  const iso = parseDateVN(s);
  if (!iso) {
    ctx.addIssue({ code: 'custom', message: `Ngày "${s}" không hợp lệ (định dạng dd/mm/yyyy).` });
    return z.NEVER;
  }
  return iso;
});

export const Paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const ErrorOut = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(
        z.object({
          field: z.string(),
          label: z.string(),
          message: z.string(),
          row: z.number().optional(),
          column: z.string().optional(),
          code: z.string().optional(),
        }),
      ),
    }),
  })
  .openapi('Error');

export const Reason = z.object({ reason: z.string().trim().max(500).optional() });

/**
 * Any JSON value, for the few response fields that are free-form by nature (an audit entry's
 * before/after snapshot). Prefer a precise schema wherever the shape is known.
 */
// Typed `unknown` for TypeScript: what c.json() makes of an unknown jsonb value is what this accepts.
export const JsonValue: z.ZodType<unknown> = z
  .lazy(() =>
    z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonValue), z.record(z.string(), JsonValue)]),
  )
  .openapi('JsonValue');
