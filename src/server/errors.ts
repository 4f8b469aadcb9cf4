import { TransitionError } from '../domain/rounds/machines.js';

// Typed errors with codes, mapped once to HTTP statuses (here) and carrying a Vietnamese message.
// Every error has a kind (below), which gives its HTTP status. A refusal a client may want to branch
// on also has a specific, stable code of its own (ROUND_CLOSED, NOTICE_NOT_ENDED…): made with
// `refuse(code, message)`, or by a state machine (src/domain/rounds/machines.ts). The JSON body's
// `code` is the specific code when there is one, else the kind. Specific codes never change meaning.
export type ErrorKind =
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
  /** What was asked for existed but is no longer kept (derived results past their retention). */
  | 'GONE'
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

/** @deprecated name: the kind of an error. */
export type ErrorCode = ErrorKind;

/** A specific code: upper-case words joined by underscores, the thing first (ROUND_CLOSED). */
export type SpecificCode = Uppercase<string>;

const STATUS: Record<ErrorKind, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LAST_ADMIN: 409,
  CSRF: 403,
  THROTTLED: 429,
  PAYLOAD_TOO_LARGE: 413,
  GONE: 410,
  INTERNAL: 500,
};

export class AppError extends Error {
  /** The specific code if the error has one, else its kind. */
  readonly code: string;
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly fields: FieldError[] = [],
    specific?: SpecificCode,
  ) {
    super(message);
    this.name = 'AppError';
    this.code = specific ?? kind;
  }
  get status(): number {
    return STATUS[this.kind];
  }
  toJSON() {
    return { error: { code: this.code, message: this.message, fields: this.fields } };
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}.`);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new AppError('FORBIDDEN', message);
export const conflict = (message: string, fields: FieldError[] = []) => new AppError('CONFLICT', message, fields);
/**
 * A 409 with a specific code: the request is well formed but the state of things refuses it
 * (the round is closed, the notice has not ended…). Prefer it to `conflict` in new code.
 */
export const refuse = (code: SpecificCode, message: string, fields: FieldError[] = []) =>
  new AppError('CONFLICT', message, fields, code);
/** A 410 with a specific code: the thing existed, but is no longer kept (its retention ended). */
export const gone = (code: SpecificCode, message: string) => new AppError('GONE', message, [], code);
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
    if (e instanceof TransitionError) throw refuse(e.code as SpecificCode, e.message);
    throw e;
  }
}
