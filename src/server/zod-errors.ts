import { z } from 'zod';
import { type FieldError, invalid } from './errors.js';
import { fieldLabel } from '../domain/registry/field-labels.js';

z.config(z.locales.vi());

/** Turns a ZodError into field errors with Vietnamese labels ("Họ và tên: …"). */
export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return { field, label: field ? fieldLabel(field) : '', message: issue.message };
  });
}

export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const r = schema.safeParse(data);
  if (!r.success) throw invalid(zodFieldErrors(r.error));
  return r.data;
}
