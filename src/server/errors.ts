import { TransitionError } from '../domain/rounds/machines.js';

// Typed errors with codes, mapped once to HTTP statuses (here) and carrying a Vietnamese message.
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
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
}

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
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
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError('FORBIDDEN', message);
export const conflict = (message: string, fields: FieldError[] = []) => new AppError('CONFLICT', message, fields);
export const invalid = (fields: FieldError[], message = 'Dữ liệu không hợp lệ.') =>
  new AppError('VALIDATION', message, fields);

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
