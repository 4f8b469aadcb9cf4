// The external contract of the eligibility engine (../../../shared/contracts/eligibility.md):
// Zod schemas for the input (single and batch) and the output, and a parser that turns any JSON
// value into either the typed input or field-level Vietnamese errors naming the field path.
import { z } from 'zod';
import {
  AWARD_TRACKS,
  type CatalogueAwardCode,
  CONTRACT_AWARD_CODES,
  type ContractAwardCode,
  DISCIPLINE_FORMS,
  INITIATIVE_SCOPES,
  PENDING_KINDS,
  RATINGS,
  SUBJECT_KINDS,
} from '../registry/vocab.js';
import { isValidDate } from '../vi-text/index.js';
import { parsePeriod } from './streaks.js';

export const SUBJECT_GROUPS = ['cbccvc', 'worker_farmer'] as const;
export type SubjectGroup = (typeof SUBJECT_GROUPS)[number];

export function isContractAwardCode(code: unknown): code is ContractAwardCode {
  return typeof code === 'string' && (CONTRACT_AWARD_CODES as readonly string[]).includes(code);
}

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  return m !== null && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const q = (v: unknown) => JSON.stringify(v);

const PeriodSchema = z.string().superRefine((v, ctx) => {
  if (!parsePeriod(v)) {
    ctx.addIssue({
      code: 'custom',
      message: `giá trị ${q(v)} không hợp lệ; kỳ xét phải là năm (ví dụ "2026") hoặc năm học gồm hai năm liên tiếp (ví dụ "2025-2026")`,
    });
  }
});

const DateSchema = z.string().superRefine((v, ctx) => {
  if (!isIsoDate(v)) {
    ctx.addIssue({ code: 'custom', message: `giá trị ${q(v)} không phải ngày hợp lệ dạng YYYY-MM-DD` });
  }
});

const AwardCodeSchema = z
  .string()
  .superRefine((v, ctx) => {
    if (!isContractAwardCode(v)) {
      ctx.addIssue({ code: 'custom', message: `mã danh hiệu ${q(v)} không có trong danh mục` });
    }
  })
  .transform((v) => v as ContractAwardCode);

/** Codes of held awards: the catalogue holds more than the contract's codes, so any code is read. */
const HeldAwardCodeSchema = z.string().min(1);

const Count = z.number().int().min(0);

export const RecordSchema = z.strictObject({
  period: PeriodSchema,
  award: HeldAwardCodeSchema,
  decisionDate: DateSchema.optional(),
  track: z.enum(AWARD_TRACKS).optional(),
});

export const RatingEntrySchema = z.strictObject({
  period: PeriodSchema,
  rating: z.enum(RATINGS),
});

export const UsedForSchema = z.strictObject({ award: HeldAwardCodeSchema, period: PeriodSchema });

export const InitiativeSchema = z.strictObject({
  id: z.string().min(1).optional(),
  recognizedOn: DateSchema,
  scope: z.enum(INITIATIVE_SCOPES),
  usedFor: UsedForSchema.nullable().optional(),
});

export const DisciplineSchema = z.strictObject({
  form: z.enum(DISCIPLINE_FORMS),
  from: DateSchema,
  to: DateSchema.optional(),
});

export const PendingSchema = z.strictObject({
  kind: z.enum(PENDING_KINDS),
  since: DateSchema.optional(),
});

export const MembersSchema = z.strictObject({
  total: Count.optional(),
  completedTasks: Count.optional(),
  ldtt: Count.optional(),
  cstdcs: Count.optional(),
  disciplined: z.strictObject({ canh_cao_or_above: Count.optional(), any: Count.optional() }).optional(),
});

export const SubjectSchema = z.strictObject({
  kind: z.enum(SUBJECT_KINDS),
  group: z.enum(SUBJECT_GROUPS).optional(),
});

export const EligibilityInputSchema = z
  .strictObject({
    award: AwardCodeSchema,
    period: PeriodSchema,
    decisionDate: DateSchema,
    subject: SubjectSchema,
    records: z.array(RecordSchema).default([]),
    ratings: z.array(RatingEntrySchema).default([]),
    initiatives: z.array(InitiativeSchema).default([]),
    discipline: z.array(DisciplineSchema).default([]),
    pending: z.array(PendingSchema).default([]),
    members: MembersSchema.optional(),
  })
  .superRefine(crossFieldChecks);

export const EligibilityBatchInputSchema = z.strictObject({ cases: z.array(EligibilityInputSchema) });

/** The input as a caller writes it (optional lists may be omitted). */
export type EligibilityInput = z.input<typeof EligibilityInputSchema>;
/** The input after parsing: lists are always present, the award code is typed. */
export type ParsedInput = z.output<typeof EligibilityInputSchema>;
export type HeldRecord = ParsedInput['records'][number];
export type RatingEntry = ParsedInput['ratings'][number];
export type Initiative = ParsedInput['initiatives'][number];
export type Discipline = ParsedInput['discipline'][number];
export type Pending = ParsedInput['pending'][number];
export type Members = NonNullable<ParsedInput['members']>;

type Ctx = z.RefinementCtx;

/** Checks that need more than one field; each names the field that is wrong. */
function crossFieldChecks(
  input: {
    period: string;
    decisionDate: string;
    ratings: Array<{ period: string; rating: string }>;
    initiatives: Array<{ id?: string }>;
    discipline: Array<{ from: string; to?: string }>;
    members?: z.output<typeof MembersSchema>;
  },
  ctx: Ctx,
): void {
  const p = parsePeriod(input.period);
  if (p && isIsoDate(input.decisionDate) && Number(input.decisionDate.slice(0, 4)) < p.year) {
    ctx.addIssue({
      code: 'custom',
      path: ['decisionDate'],
      message: `ngày quyết định ${input.decisionDate} ở trước kỳ xét ${input.period}`,
    });
  }
  const seenRating = new Map<string, number>();
  input.ratings.forEach((r, i) => {
    const j = seenRating.get(r.period);
    if (j !== undefined && input.ratings[j].rating !== r.rating) {
      ctx.addIssue({
        code: 'custom',
        path: ['ratings', i, 'period'],
        message: `kỳ ${r.period} đã có xếp loại khác ở ratings[${j}] (${input.ratings[j].rating} và ${r.rating})`,
      });
    }
    if (j === undefined) seenRating.set(r.period, i);
  });
  const seenId = new Map<string, number>();
  input.initiatives.forEach((s, i) => {
    if (s.id === undefined) return;
    const j = seenId.get(s.id);
    if (j !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['initiatives', i, 'id'],
        message: `mã sáng kiến ${q(s.id)} trùng với initiatives[${j}]`,
      });
    } else seenId.set(s.id, i);
  });
  input.discipline.forEach((d, i) => {
    if (d.to !== undefined && d.to < d.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['discipline', i, 'to'],
        message: `ngày kết thúc ${d.to} trước ngày bắt đầu ${d.from}`,
      });
    }
  });
  const m = input.members;
  if (m?.total !== undefined) {
    for (const key of ['completedTasks', 'ldtt', 'cstdcs'] as const) {
      const v = m[key];
      if (v !== undefined && v > m.total) {
        ctx.addIssue({
          code: 'custom',
          path: ['members', key],
          message: `${v} lớn hơn tổng số thành viên (members.total = ${m.total})`,
        });
      }
    }
    for (const key of ['canh_cao_or_above', 'any'] as const) {
      const v = m.disciplined?.[key];
      if (v !== undefined && v > m.total) {
        ctx.addIssue({
          code: 'custom',
          path: ['members', 'disciplined', key],
          message: `${v} lớn hơn tổng số thành viên (members.total = ${m.total})`,
        });
      }
    }
  }
  const d = m?.disciplined;
  if (d?.canh_cao_or_above !== undefined && d.any !== undefined && d.canh_cao_or_above > d.any) {
    ctx.addIssue({
      code: 'custom',
      path: ['members', 'disciplined', 'canh_cao_or_above'],
      message: `${d.canh_cao_or_above} lớn hơn số thành viên bị kỷ luật (members.disciplined.any = ${d.any})`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Output

export const CriterionResultSchema = z.strictObject({
  id: z.string().min(1),
  met: z.boolean().nullable(),
  basis: z.string().min(1),
  message: z.string().min(1),
});

export const BonusSchema = z.strictObject({
  multiplier: z.number().min(0),
  baseSalary: z.number().int().min(0),
  amount: z.number().int().min(0),
  amountInWords: z.string().min(1),
});

export const EligibilityOutputSchema = z.strictObject({
  award: z.enum(CONTRACT_AWARD_CODES),
  period: z.string(),
  eligible: z.boolean(),
  withheld: z.boolean(),
  criteria: z.array(CriterionResultSchema),
  bonus: BonusSchema,
});

export const EligibilityBatchOutputSchema = z.strictObject({ results: z.array(EligibilityOutputSchema) });

export type CriterionResult = z.output<typeof CriterionResultSchema>;
export type Bonus = z.output<typeof BonusSchema>;
export type EligibilityOutput = z.output<typeof EligibilityOutputSchema>;
export type EligibilityBatchOutput = z.output<typeof EligibilityBatchOutputSchema>;

// ---------------------------------------------------------------------------------------------
// Inside the product (not the contract): the same shapes for any catalogue award. The contract's
// doors never produce these for a non-contract code.

/** An input for any award of the catalogue (the contract's input is one of these). */
export type CatalogueInput = Omit<ParsedInput, 'award' | 'members'> & {
  award: CatalogueAwardCode;
  members?: CatalogueMembers;
};

/**
 * A collective's composition inside the product: the contract's, plus members' titles proposed in
 * the same round and not decided yet (counted provisionally: the verdict is then conditional).
 */
export type CatalogueMembers = NonNullable<ParsedInput['members']> & { proposed?: { ldtt?: number; cstdcs?: number } };

/**
 * A bonus for any award of the catalogue. For the contract's awards it is exactly the contract's
 * Bonus; an award whose amount depends on what is finally granted (quá trình cống hiến) has
 * multiplier and amount null, and `note` says why.
 */
export interface CatalogueBonus {
  multiplier: number | null;
  baseSalary: number;
  amount: number | null;
  amountInWords: string;
  note?: string;
}

export type CatalogueOutput = Omit<EligibilityOutput, 'award' | 'bonus'> & {
  award: CatalogueAwardCode;
  bonus: CatalogueBonus;
};

// ---------------------------------------------------------------------------------------------
// Parsing with Vietnamese field-level errors

export interface FieldError {
  /** Path of the field as written in JSON, e.g. 'records[2].period' ('' for the whole input). */
  field: string;
  /** Vietnamese sentence naming the field: 'Trường "records[2].period": …'. */
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  object: 'đối tượng JSON',
  array: 'danh sách (mảng JSON)',
  null: 'null',
};

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'một danh sách';
  if (typeof v === 'object') return 'một đối tượng';
  if (typeof v === 'string') return `chuỗi ${q(v)}`;
  return `${typeof v === 'number' ? 'số' : typeof v} ${String(v)}`;
}

function fieldMessage(field: string, detail: string): FieldError {
  return { field, message: field ? `Trường "${field}": ${detail}` : `Dữ liệu đầu vào: ${detail}` };
}

/** Turns Zod issues into Vietnamese field errors (one per unknown key). */
export function issuesToFieldErrors(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  prefix: ReadonlyArray<PropertyKey> = [],
): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const field = formatPath(path);
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push(
            fieldMessage(formatPath([...path, key]), 'trường không có trong hợp đồng dữ liệu, không được chấp nhận'),
          );
        }
        break;
      case 'invalid_type':
        if (input === undefined) out.push(fieldMessage(field, 'thiếu trường bắt buộc'));
        else {
          const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
          out.push(fieldMessage(field, `phải là ${expected}, nhận được ${describeValue(input)}`));
        }
        break;
      case 'invalid_value':
        if (input === undefined) {
          out.push(
            fieldMessage(
              field,
              `thiếu trường bắt buộc; phải là một trong ${issue.values.map((v) => String(v)).join(', ')}`,
            ),
          );
          break;
        }
        out.push(
          fieldMessage(
            field,
            `giá trị ${q(input)} không hợp lệ; phải là một trong ${issue.values.map((v) => String(v)).join(', ')}`,
          ),
        );
        break;
      case 'too_small':
        out.push(
          fieldMessage(
            field,
            issue.origin === 'string'
              ? 'không được để trống'
              : `phải lớn hơn hoặc bằng ${String(issue.minimum)}, nhận được ${describeValue(input)}`,
          ),
        );
        break;
      case 'custom':
        out.push(fieldMessage(field, issue.message));
        break;
      default:
        out.push(fieldMessage(field, `giá trị ${q(input)} không hợp lệ`));
    }
  }
  return out;
}

function parseWith<S extends z.ZodType>(schema: S, json: unknown): ParseResult<z.output<S>> {
  const r = schema.safeParse(json, { reportInput: true });
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, errors: issuesToFieldErrors(r.error.issues) };
}

/** One evaluation request: the typed input, or field-level Vietnamese errors. */
export function parseEligibilityInput(json: unknown): ParseResult<ParsedInput> {
  return parseWith(EligibilityInputSchema, json);
}

/** A batch request `{"cases": [...]}`; errors name the case, e.g. 'cases[3].award'. */
export function parseEligibilityBatch(json: unknown): ParseResult<{ cases: ParsedInput[] }> {
  return parseWith(EligibilityBatchInputSchema, json);
}

/** True when the JSON looks like a batch (an object with a "cases" field). */
export function isBatchRequest(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && 'cases' in json;
}
