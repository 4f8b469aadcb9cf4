import { z } from 'zod';
import { type FieldError, invalid } from './errors.js';
import { fieldLabel } from '../domain/registry/field-labels.js';

// Plain Vietnamese for the checks a schema leaves to Zod's defaults. Zod's own Vietnamese locale
// speaks to programmers ("Đầu vào không hợp lệ: mong đợi object, nhận được undefined"); a
// schema's own message, when it has one, still wins over these.
const TYPE_NAMES: Record<string, string> = {
  string: 'văn bản',
  number: 'một số',
  int: 'một số nguyên',
  bigint: 'một số nguyên',
  boolean: 'đúng hoặc sai (true/false)',
  array: 'một danh sách',
  object: 'một nhóm trường (đối tượng JSON)',
  record: 'một nhóm trường (đối tượng JSON)',
  date: 'một ngày',
  null: 'để trống (null)',
};

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

function viMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Không được để trống.';
      return `Phải là ${TYPE_NAMES[issue.expected] ?? 'giá trị đúng kiểu'}.`;
    case 'invalid_value':
      if (issue.values.length === 1) return `Phải là ${show(issue.values[0])}.`;
      return `Phải là một trong các giá trị: ${issue.values.map(show).join(', ')}.`;
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `Không được dài quá ${max} ký tự.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Tối đa ${max} mục.`;
      return issue.inclusive === false ? `Phải nhỏ hơn ${max}.` : `Không được lớn hơn ${max}.`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'Không được để trống.' : `Phải có ít nhất ${min} ký tự.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(issue.minimum) <= 1 ? 'Cần ít nhất một mục.' : `Cần ít nhất ${min} mục.`;
      return issue.inclusive === false ? `Phải lớn hơn ${min}.` : `Không được nhỏ hơn ${min}.`;
    }
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return 'Mã định danh không hợp lệ.';
      if (issue.format === 'email') return 'Địa chỉ thư điện tử không hợp lệ.';
      return 'Không đúng định dạng.';
    case 'not_multiple_of':
      return `Phải là bội số của ${String(issue.divisor)}.`;
    case 'unrecognized_keys':
      return `Có trường không được nhận: ${issue.keys.join(', ')}.`;
    case 'invalid_key':
      return 'Có tên trường không hợp lệ.';
    case 'invalid_element':
      return 'Có phần tử không hợp lệ.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}

z.config({ localeError: (issue) => viMessage(issue) });

/** The stable code of a field error, for clients to branch on (the message is for people). */
const FIELD_CODES: Record<string, string> = {
  invalid_type: 'INVALID_TYPE',
  invalid_value: 'INVALID_VALUE',
  too_big: 'TOO_BIG',
  too_small: 'TOO_SMALL',
  invalid_format: 'INVALID_FORMAT',
  not_multiple_of: 'INVALID_VALUE',
  unrecognized_keys: 'UNKNOWN_FIELD',
  invalid_key: 'INVALID_VALUE',
  invalid_element: 'INVALID_VALUE',
  invalid_union: 'INVALID_VALUE',
  custom: 'INVALID_VALUE',
};

function fieldCode(issue: z.core.$ZodIssue): string {
  // A final issue no longer carries its input; the missing value shows in the message made above.
  if (issue.code === 'invalid_type' && issue.message === 'Không được để trống.') return 'REQUIRED';
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) return 'REQUIRED';
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') return issue.params.code;
  return FIELD_CODES[issue.code] ?? 'INVALID_VALUE';
}

/** The label of the whole request body, when what is wrong is the body itself. */
export const BODY_LABEL = 'Nội dung gửi lên';

/** The Vietnamese label of a field path ('members.0.fullName' → 'Họ và tên'); the body's for ''. */
export function validationLabel(path: string, labels?: Record<string, string>): string {
  if (!path) return BODY_LABEL;
  const field = path.replace(/\[(\d+)\]/g, '.$1'); // 'records[2].period' as 'records.2.period'
  if (labels) {
    const own = field
      .split('.')
      .reverse()
      .find((p) => labels[p]);
    if (own) return labels[own]!;
  }
  return fieldLabel(field);
}

/** Turns a ZodError into field errors with Vietnamese labels ("Họ và tên: …"). */
export function zodFieldErrors(error: z.ZodError, labels?: Record<string, string>): FieldError[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return { field, label: validationLabel(field, labels), message: issue.message, code: fieldCode(issue) };
  });
}

export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const r = schema.safeParse(data);
  if (!r.success) throw invalid(zodFieldErrors(r.error));
  return r.data;
}
