import { TransitionError } from '../domain/rounds/machines.js';

// Typed errors with codes, mapped once to HTTP statuses (here) and carrying a Vietnamese message.
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** The change would leave the tenant without an active administrator of its root organisation. */
  | 'LAST_ADMIN'
  | 'CSRF'
  | 'THROTTLED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL';

export interface FieldError {
  /** Dotted path of the field, e.g. 'cccd' or 'memberships.0.orgId'. */
  field: string;
  /** Vietnamese label of the field. */
  label: string;
  message: string;
  /** Spreadsheet row (1-based) for imports. */
  row?: number;
  column?: string;
  /** Stable code of what is wrong (REQUIRED, TOO_BIG, BAD_CHARACTER…), for clients to branch on. */
  code?: string;
}

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LAST_ADMIN: 409,
  CSRF: 403,
  THROTTLED: 429,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return STATUS[this.code];
  }
  toJSON() {
    return { error: { code: this.code, message: this.message, fields: this.fields } };
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}.`);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new AppError('FORBIDDEN', message);
export const conflict = (message: string, fields: FieldError[] = []) => new AppError('CONFLICT', message, fields);
/**
 * A 400 with its field errors. Without a message of its own, the message names the first field
 * ("Hạn sơ kết: Ngày không hợp lệ.") so that a client showing only the message still says where.
 */
export const invalid = (fields: FieldError[], message?: string) =>
  new AppError('VALIDATION', message ?? summary(fields), fields);

function summary(fields: FieldError[]): string {
  const first = fields[0];
  if (!first) return 'Dữ liệu không hợp lệ.';
  const head = first.label
    ? `${first.label}${first.row ? ` (dòng ${first.row})` : ''}: ${first.message}`
    : first.message;
  return fields.length > 1 ? `${head.replace(/\.$/, '')} (và ${fields.length - 1} lỗi khác).` : head;
}

/**
 * Runs a state-machine move of the domain (src/domain/rounds/machines.ts); a refused transition
 * becomes a 409 with its Vietnamese message.
 */
export function moved<S>(fn: () => S): S {
  try {
    return fn();
  } catch (e) {
    if (e instanceof TransitionError) throw conflict(e.message);
    throw e;
  }
}
