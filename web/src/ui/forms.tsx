// Forms and server errors: field errors from the API go next to the matching form field; what no
// field can show (the general message, errors on fields the form does not have) goes in an alert
// at the top of the form.
import { Alert, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from './api';

export interface FormProblem {
  message: string;
  details: string[];
}

/** "grants.0.orgId" → ['grants', 0, 'orgId'] */
const toNamePath = (field: string) => field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

function registeredNames(form: FormInstance): Set<string> {
  const names = new Set<string>();
  form.getFieldsValue(true, (meta) => {
    if (meta) names.add(meta.name.join('.'));
    return false;
  });
  return names;
}

/**
 * Shows an API error on a form. `fieldMap` renames server fields to form fields (e.g. the server's
 * 'fromDate' is the form's 'movedOn'). Returns what must be shown above the form, or null.
 */
export function applyApiError(form: FormInstance, err: unknown, fieldMap: Record<string, string> = {}): FormProblem {
  if (!(err instanceof ApiError)) return { message: errorMessage(err), details: [] };
  const names = registeredNames(form);
  const byField = new Map<string, string[]>();
  const details: string[] = [];
  for (const f of err.fields) {
    const name = fieldMap[f.field] ?? f.field;
    if (names.has(name)) byField.set(name, [...(byField.get(name) ?? []), f.message]);
    else details.push(f.label ? `${f.label}: ${f.message}` : f.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: toNamePath(name), errors })));
  const onFields = byField.size > 0;
  return {
    message:
      onFields && details.length === 0 && err.code === 'VALIDATION'
        ? 'Có thông tin chưa hợp lệ, xem ghi chú màu đỏ ở từng ô.'
        : err.message,
    details,
  };
}

/** State of the alert above a form. */
export function useFormProblem() {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  return { problem, setProblem, clear: () => setProblem(null) };
}

export function FormProblemAlert({ problem }: { problem: FormProblem | null }) {
  if (!problem) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={problem.message}
      description={
        problem.details.length ? (
          <ul className="plain-list">
            {problem.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

/** Trims strings and turns empty strings into null, for optional text fields. */
export function cleanValues<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    out[k] = typeof v === 'string' ? (v.trim() === '' ? null : v.trim()) : v;
  }
  return out as T;
}
