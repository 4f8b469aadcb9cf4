// The four things that can be imported from Excel, each described once: its columns (which also
// make the downloadable template), how a row becomes a validated record (through the same Zod
// schemas as the forms), and how the records are written.
import type { z } from '@hono/zod-openapi';
import {
  AWARD_NAMES,
  AWARD_TRACK_LABELS,
  AWARD_TRACKS,
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  type EducationLevel,
  GENDER_LABELS,
  ORG_TYPE_LABELS,
  ORG_TYPES,
  PERSON_CATEGORIES,
  PERSON_CATEGORY_LABELS,
  RATING_LABELS,
  RATINGS,
  type Rating,
} from '../../domain/registry/vocab.js';
import { overlappingOtherKind } from '../../domain/eligibility/streaks.js';
import { awardRecordConflict, type RecordLike } from '../../domain/eligibility/grants.js';
import type { Rules } from '../../domain/eligibility/rule-model.js';
import { earliestRuleDate, resolveRules } from '../../domain/eligibility/rulesets.js';
import { badCharMessage, findBadChar, formatDateVN, parseDateVN, searchKey } from '../../domain/vi-text/index.js';
import { zodFieldErrors } from '../../server/zod-errors.js';
import { OrgCreateBody } from '../organisations/schema.js';
import { AwardRecordBody, PersonCreateBody, RatingBody } from '../people/schema.js';
import { ratingPeriodProblem } from '../people/service.js';
import { HouseholdBody } from '../households/schema.js';

export const IMPORT_KINDS = ['organisations', 'people', 'households', 'awards', 'ratings'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportColumn {
  key: string;
  header: string;
  required: boolean;
  help: string;
  values?: string[];
  example: string;
  width?: number;
  /** A date column: date cells and Excel serial numbers are read as dates (src/documents/xlsx.ts). */
  date?: boolean;
}

export interface OrgRef {
  id: string;
  code: string;
  name: string;
  type: string;
}

/** What validation needs to know about the tenant, loaded once per import. */
export interface Lookups {
  orgByCode: Map<string, OrgRef>;
  /** Organisations the importer may write to; null = all. */
  writable: Set<string> | null;
  personByCccd: Map<string, { id: string; fullName: string; orgId: string | null }>;
  /** Organisations a unit may be named by (its exact name) or suggested from: those the importer may write to. */
  orgsInScope: OrgRef[];
  /** Today in Vietnam on the server clock, ISO. */
  today: string;
  /** Ratings on record per person id (ratings import only). */
  ratingsByPerson: Map<string, { period: string; rating: string }[]>;
  /** Awards on record per person or organisation id (awards import), when loaded. */
  awardsBySubject?: Map<string, RecordLike[]>;
}

export interface RowError {
  key: string;
  message: string;
}

export type RowResult<T> = { value: T } | { errors: RowError[] };

export interface KindSpec<T> {
  title: string;
  columns: ImportColumn[];
  validate(cells: Record<string, string>, lk: Lookups, file: FileState): RowResult<T>;
}

/** State shared by the rows of one file (duplicates within the file, codes it defines). */
export interface FileState {
  seen: Map<string, number>;
  fileOrgCodes: Set<string>;
  /** Ratings of earlier valid rows of the file, per person id. */
  fileRatings?: Map<string, { period: string; rating: string; row: number }[]>;
  /** The spreadsheet row being validated. */
  row?: number;
  /** Awards of earlier valid rows of the file, per person or organisation id. */
  fileAwards?: Map<string, (RecordLike & { row: number })[]>;
}

const pick = (value: string, options: Record<string, string>): string | undefined => {
  const k = searchKey(value);
  if (!k) return undefined;
  for (const [code, label] of Object.entries(options)) {
    if (searchKey(label) === k || searchKey(code) === k) return code;
  }
  return undefined;
};

/** A training level by its label, or a postgraduate degree's name (thạc sĩ, tiến sĩ) for "Trên đại học". */
const pickEducation = (v: string): EducationLevel | undefined => {
  if (['thac si', 'tien si', 'sau dai hoc', 'tien si khoa hoc'].includes(searchKey(v))) return 'tren_dai_hoc';
  return pick(v, EDUCATION_LEVEL_LABELS) as EducationLevel | undefined;
};

const yesNo = (v: string) => {
  const k = searchKey(v);
  if (['co', 'x', 'yes', '1', 'true'].includes(k)) return true;
  if (['', 'khong', 'no', '0', 'false'].includes(k)) return false;
  return undefined;
};

/** Maps schema field paths back to the import's column keys. */
function fromZod(error: z.ZodError, fieldToKey: Record<string, string> = {}): RowError[] {
  return zodFieldErrors(error).map((f) => ({ key: fieldToKey[f.field] ?? f.field.split('.')[0], message: f.message }));
}

/** Similarity of two search keys: Dice's coefficient over character pairs (0 to 1). */
function similarity(a: string, b: string): number {
  const pairs = (x: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < x.length - 1; i++) m.set(x.slice(i, i + 2), (m.get(x.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pa = pairs(a);
  const pb = pairs(b);
  let common = 0;
  for (const [k, n] of pa) common += Math.min(n, pb.get(k) ?? 0);
  return (2 * common) / (a.length - 1 + b.length - 1);
}

/** Up to three units of the importer's scope whose name (or code) is closest to what was typed. */
export function closestOrgs(typed: string, orgs: OrgRef[]): OrgRef[] {
  const k = searchKey(typed);
  return orgs
    .map((o) => ({ o, score: Math.max(similarity(k, searchKey(o.name)), similarity(k, searchKey(o.code))) }))
    .filter((x) => x.score >= 0.3)
    .sort((x, y) => y.score - x.score || x.o.name.localeCompare(y.o.name, 'vi'))
    .slice(0, 3)
    .map((x) => x.o);
}

/**
 * A unit given by its code, or by its exact name (compared without case or diacritics) among the
 * units the importer may write to. When neither matches, the message suggests the closest names.
 */
function requireOrg(
  typed: string,
  lk: Lookups,
  key: string,
  errors: RowError[],
  permissionNeeded = true,
): OrgRef | undefined {
  if (!typed) {
    errors.push({ key, message: 'Chưa nhập mã đơn vị.' });
    return undefined;
  }
  let org = lk.orgByCode.get(typed.toUpperCase()) ?? lk.orgByCode.get(typed);
  if (!org) {
    const k = searchKey(typed);
    const named = lk.orgsInScope.filter((o) => searchKey(o.name) === k);
    if (named.length > 1) {
      errors.push({
        key,
        message: `Có ${named.length} đơn vị cùng tên "${typed}" (${named.map((o) => o.code).join(', ')}); hãy ghi mã đơn vị.`,
      });
      return undefined;
    }
    org = named[0];
  }
  if (!org) {
    const near = closestOrgs(typed, lk.orgsInScope);
    const hint = near.length ? ` Có phải: ${near.map((o) => `"${o.name}" (mã ${o.code})`).join('; ')}?` : '';
    errors.push({ key, message: `Không có đơn vị mã hoặc tên "${typed}".${hint}` });
    return undefined;
  }
  if (permissionNeeded && lk.writable && !lk.writable.has(org.id)) {
    errors.push({ key, message: `Bạn không có quyền nhập dữ liệu cho "${org.name}".` });
    return undefined;
  }
  return org;
}

const parsed = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  fieldToKey?: Record<string, string>,
): RowResult<z.output<S>> => {
  const r = schema.safeParse(input);
  return r.success ? { value: r.data } : { errors: fromZod(r.error, fieldToKey) };
};

export type OrgImport = z.output<typeof OrgCreateBody> & { parentCode: string };

const organisations: KindSpec<OrgImport> = {
  title: 'Cơ quan, đơn vị',
  columns: [
    {
      key: 'code',
      header: 'Mã đơn vị*',
      required: true,
      help: 'Duy nhất trong hệ thống; chữ không dấu, số, dấu chấm.',
      example: 'DEMO.MLAY.THCS2',
      width: 22,
    },
    {
      key: 'name',
      header: 'Tên đơn vị*',
      required: true,
      help: 'Tên đầy đủ.',
      example: 'Trường THCS số 2 phường Mường Lay',
      width: 40,
    },
    {
      key: 'type',
      header: 'Loại đơn vị*',
      required: true,
      help: 'Một trong các loại ở cột giá trị.',
      values: ORG_TYPES.map((t) => ORG_TYPE_LABELS[t]),
      example: ORG_TYPE_LABELS.school,
      width: 24,
    },
    {
      key: 'parentCode',
      header: 'Mã đơn vị cấp trên*',
      required: true,
      help: 'Mã (hoặc tên đầy đủ) một đơn vị đã có, hoặc mã một đơn vị ở dòng khác của tệp.',
      example: 'DEMO.MLAY',
      width: 22,
    },
    { key: 'shortName', header: 'Tên viết tắt', required: false, help: '', example: 'THCS số 2', width: 18 },
    {
      key: 'address',
      header: 'Địa chỉ',
      required: false,
      help: '',
      example: 'Tổ dân phố 3, phường Mường Lay',
      width: 30,
    },
    {
      key: 'effectiveFrom',
      header: 'Ngày hiệu lực',
      required: false,
      help: 'dd/mm/yyyy; bỏ trống là hôm nay.',
      example: '01/07/2025',
      width: 14,
      date: true,
    },
  ],
  validate(c, lk, file) {
    const errors: RowError[] = [];
    const type = pick(c.type, ORG_TYPE_LABELS);
    if (!type)
      errors.push({
        key: 'type',
        message: c.type ? `Loại đơn vị "${c.type}" không hợp lệ.` : 'Chưa nhập loại đơn vị.',
      });
    if (c.code && lk.orgByCode.has(c.code))
      errors.push({ key: 'code', message: `Mã "${c.code}" đã có trong hệ thống.` });
    if (c.code && file.seen.has(`org:${c.code}`))
      errors.push({ key: 'code', message: `Mã "${c.code}" trùng với dòng ${file.seen.get(`org:${c.code}`)}.` });
    let parentId = '00000000-0000-4000-8000-000000000000';
    if (!c.parentCode) errors.push({ key: 'parentCode', message: 'Chưa nhập mã đơn vị cấp trên.' });
    else if (!file.fileOrgCodes.has(c.parentCode)) {
      const parent = requireOrg(c.parentCode, lk, 'parentCode', errors);
      if (parent) parentId = parent.id;
    } else if (c.parentCode === c.code)
      errors.push({ key: 'parentCode', message: 'Đơn vị không thể là cấp trên của chính mình.' });
    const r = parsed(OrgCreateBody, {
      parentId,
      type: type ?? 'other',
      code: c.code,
      name: c.name,
      shortName: c.shortName || null,
      address: c.address || null,
      ...(c.effectiveFrom ? { effectiveFrom: c.effectiveFrom } : {}),
    });
    if ('errors' in r) errors.push(...r.errors);
    if (errors.length) return { errors };
    return { value: { ...(r as { value: z.output<typeof OrgCreateBody> }).value, parentCode: c.parentCode } };
  },
};

/** Whether a person found by CCCD belongs to a unit the importer may write to. */
const withinWriteScope = (p: { orgId: string | null }, lk: Lookups) =>
  lk.writable === null || (p.orgId !== null && lk.writable.has(p.orgId));

/**
 * A CCCD that matches nobody the importer may write for. A person of another unit gets the same
 * words as no person at all: never their name.
 */
const notInScope = (cccd: string) => `Không có cá nhân mang số CCCD ${cccd} trong phạm vi bạn được nhập dữ liệu.`;

export type PersonImport = z.output<typeof PersonCreateBody>;

const people: KindSpec<PersonImport> = {
  title: 'Cá nhân',
  columns: [
    { key: 'fullName', header: 'Họ và tên*', required: true, help: 'Viết có dấu.', example: 'Lò Thị Hương', width: 26 },
    {
      key: 'gender',
      header: 'Giới tính*',
      required: true,
      help: 'Nam hoặc Nữ.',
      values: Object.values(GENDER_LABELS),
      example: 'Nữ',
      width: 10,
    },
    {
      key: 'birthDate',
      header: 'Ngày sinh',
      required: false,
      help: 'dd/mm/yyyy.',
      example: '12/05/1988',
      width: 12,
      date: true,
    },
    {
      key: 'cccd',
      header: 'Số CCCD',
      required: false,
      help: '12 chữ số; khớp giới tính và năm sinh.',
      example: '011188001234',
      width: 16,
    },
    { key: 'position', header: 'Chức vụ', required: false, help: '', example: 'Giáo viên', width: 20 },
    {
      key: 'isManager',
      header: 'Giữ chức vụ quản lý',
      required: false,
      help: 'Có hoặc Không.',
      values: ['Có', 'Không'],
      example: 'Không',
      width: 12,
    },
    {
      key: 'category',
      header: 'Đối tượng*',
      required: true,
      help: 'Cán bộ, công chức, viên chức, người lao động, công nhân, nông dân…',
      values: PERSON_CATEGORIES.map((k) => PERSON_CATEGORY_LABELS[k]),
      example: 'Viên chức',
      width: 18,
    },
    {
      key: 'orgCode',
      header: 'Mã đơn vị*',
      required: true,
      help: 'Mã hoặc tên đầy đủ của cơ quan, đơn vị nơi công tác.',
      example: 'DEMO.MLAY.THCS',
      width: 20,
    },
    { key: 'phone', header: 'Số điện thoại', required: false, help: '', example: '0912345678', width: 14 },
    { key: 'email', header: 'Thư điện tử', required: false, help: '', example: '', width: 22 },
    // Added after the first templates: at the end, so files made from an older template still read.
    {
      key: 'hometown',
      header: 'Quê quán',
      required: false,
      help: 'In vào báo cáo thành tích.',
      example: 'Xã Mường Phăng, tỉnh Điện Biên',
      width: 28,
    },
    {
      key: 'educationLevel',
      header: 'Trình độ đào tạo',
      required: false,
      help: 'Sơ cấp, Trung cấp, Cao đẳng, Đại học hoặc Trên đại học (thạc sĩ, tiến sĩ).',
      values: EDUCATION_LEVELS.map((k) => EDUCATION_LEVEL_LABELS[k]),
      example: 'Đại học',
      width: 16,
    },
  ],
  validate(c, lk, file) {
    const errors: RowError[] = [];
    const gender = pick(c.gender, GENDER_LABELS);
    const educationLevel = c.educationLevel ? pickEducation(c.educationLevel) : null;
    if (educationLevel === undefined)
      errors.push({
        key: 'educationLevel',
        message: `Trình độ đào tạo "${c.educationLevel}" không hợp lệ (Sơ cấp, Trung cấp, Cao đẳng, Đại học hoặc Trên đại học).`,
      });
    if (!gender)
      errors.push({
        key: 'gender',
        message: c.gender ? `Giới tính "${c.gender}" không hợp lệ (Nam hoặc Nữ).` : 'Chưa nhập giới tính.',
      });
    const category = pick(c.category, PERSON_CATEGORY_LABELS);
    if (!category)
      errors.push({
        key: 'category',
        message: c.category ? `Đối tượng "${c.category}" không hợp lệ.` : 'Chưa nhập đối tượng.',
      });
    const isManager = yesNo(c.isManager);
    if (isManager === undefined)
      errors.push({ key: 'isManager', message: `"${c.isManager}" không hợp lệ (Có hoặc Không).` });
    const org = requireOrg(c.orgCode, lk, 'orgCode', errors);
    const cccd = c.cccd.replace(/\s+/g, '');
    if (cccd) {
      // Only that the number is taken: the holder may be in another unit, whose people this clerk may not see.
      if (lk.personByCccd.has(cccd)) errors.push({ key: 'cccd', message: `Số CCCD ${cccd} đã có trong hệ thống.` });
      const prev = file.seen.get(`cccd:${cccd}`);
      if (prev) errors.push({ key: 'cccd', message: `Số CCCD ${cccd} trùng với dòng ${prev}.` });
    }
    const r = parsed(PersonCreateBody, {
      fullName: c.fullName,
      gender: gender ?? 'male',
      birthDate: c.birthDate || null,
      cccd: cccd || null,
      position: c.position || null,
      isManager: isManager ?? false,
      category: category ?? 'other',
      hometown: c.hometown || null,
      educationLevel: educationLevel ?? null,
      phone: c.phone || null,
      email: c.email || null,
      orgId: org?.id ?? '00000000-0000-4000-8000-000000000000',
    });
    if ('errors' in r)
      errors.push(...r.errors.filter((e) => !(e.key === 'gender' && !gender) && !(e.key === 'category' && !category)));
    const born = c.birthDate ? parseDateVN(c.birthDate) : null;
    if (born && born > lk.today) {
      errors.push({
        key: 'birthDate',
        message: `Ngày sinh ${formatDateVN(born)} là ngày trong tương lai (hôm nay là ${formatDateVN(lk.today)}).`,
      });
    }
    return errors.length ? { errors } : r;
  },
};

export type HouseholdImport = z.output<typeof HouseholdBody>;

const householdsSpec: KindSpec<HouseholdImport> = {
  title: 'Hộ gia đình',
  columns: [
    {
      key: 'headName',
      header: 'Chủ hộ*',
      required: true,
      help: 'Họ và tên chủ hộ.',
      example: 'Quàng Văn Sơn',
      width: 26,
    },
    {
      key: 'headCccd',
      header: 'Số CCCD chủ hộ',
      required: false,
      help: 'Nếu chủ hộ đã có trong danh sách cá nhân.',
      example: '',
      width: 16,
    },
    {
      key: 'address',
      header: 'Địa chỉ*',
      required: true,
      help: '',
      example: 'Bản Na Lay, phường Mường Lay',
      width: 34,
    },
    {
      key: 'villageCode',
      header: 'Mã thôn, tổ dân phố*',
      required: true,
      help: 'Mã hoặc tên đầy đủ của thôn, bản hoặc tổ dân phố.',
      example: 'DEMO.MLAY.TDP1',
      width: 22,
    },
    { key: 'memberCount', header: 'Số nhân khẩu*', required: true, help: 'Số nguyên từ 1.', example: '4', width: 12 },
  ],
  validate(c, lk) {
    const errors: RowError[] = [];
    const village = requireOrg(c.villageCode, lk, 'villageCode', errors);
    if (village && !['village', 'residential_group'].includes(village.type)) {
      errors.push({ key: 'villageCode', message: `"${village.name}" không phải thôn, bản hoặc tổ dân phố.` });
    }
    let headPersonId: string | null = null;
    const cccd = c.headCccd.replace(/\s+/g, '');
    if (cccd) {
      const p = lk.personByCccd.get(cccd);
      if (!p || !withinWriteScope(p, lk)) errors.push({ key: 'headCccd', message: notInScope(cccd) });
      else headPersonId = p.id;
    }
    const n = Number(c.memberCount);
    const r = parsed(HouseholdBody, {
      headName: c.headName,
      headPersonId,
      address: c.address,
      villageOrgId: village?.id ?? '00000000-0000-4000-8000-000000000000',
      memberCount: c.memberCount === '' || Number.isNaN(n) ? undefined : n,
    });
    if ('errors' in r)
      errors.push(
        ...r.errors.map((e) =>
          e.key === 'memberCount' && (c.memberCount === '' || Number.isNaN(n))
            ? { key: 'memberCount', message: 'Số nhân khẩu phải là số nguyên từ 1.' }
            : e,
        ),
      );
    return errors.length ? { errors } : r;
  },
};

/** The catalogue in force on a day (titles, their counting periods and subjects), once per day. */
const catalogueCache = new Map<string, Rules>();
export function catalogueRules(day: string): Rules {
  let rules = catalogueCache.get(day);
  if (!rules) {
    rules = (resolveRules(day) ?? resolveRules(earliestRuleDate()!))!.rules;
    if (catalogueCache.size > 8) catalogueCache.clear();
    catalogueCache.set(day, rules);
  }
  return rules;
}

export type AwardImport = z.output<typeof AwardRecordBody> & {
  subjectKind: 'individual' | 'collective';
  personId: string | null;
  orgId: string | null;
  label: string;
};

const SUBJECT_LABELS = { individual: 'Cá nhân', collective: 'Tập thể' };

const awards: KindSpec<AwardImport> = {
  title: 'Quá trình khen thưởng',
  columns: [
    {
      key: 'subject',
      header: 'Đối tượng*',
      required: true,
      help: 'Cá nhân hoặc Tập thể.',
      values: Object.values(SUBJECT_LABELS),
      example: 'Cá nhân',
      width: 12,
    },
    {
      key: 'cccd',
      header: 'Số CCCD',
      required: false,
      help: 'Bắt buộc với cá nhân.',
      example: '011188001234',
      width: 16,
    },
    {
      key: 'orgCode',
      header: 'Mã đơn vị',
      required: false,
      help: 'Mã hoặc tên đầy đủ; bắt buộc với tập thể.',
      example: '',
      width: 20,
    },
    {
      key: 'award',
      header: 'Danh hiệu, hình thức*',
      required: true,
      help: 'Tên hoặc mã, ví dụ Lao động tiên tiến (LDTT).',
      values: Object.values(AWARD_NAMES),
      example: 'Chiến sĩ thi đua cơ sở',
      width: 32,
    },
    {
      key: 'period',
      header: 'Năm*',
      required: true,
      help: '2025, hoặc năm học 2024-2025.',
      example: '2025',
      width: 12,
    },
    { key: 'decisionNo', header: 'Số quyết định', required: false, help: '', example: '125/QĐ-UBND', width: 16 },
    {
      key: 'decisionDate',
      header: 'Ngày quyết định',
      required: false,
      help: 'dd/mm/yyyy.',
      example: '20/12/2025',
      width: 14,
      date: true,
    },
    {
      key: 'issuer',
      header: 'Cấp quyết định',
      required: false,
      help: '',
      example: 'Chủ tịch UBND phường Mường Lay',
      width: 30,
    },
    {
      key: 'track',
      header: 'Loại hình',
      required: false,
      help: 'Bỏ trống là Công trạng.',
      values: AWARD_TRACKS.map((t) => AWARD_TRACK_LABELS[t]),
      example: 'Công trạng',
      width: 16,
    },
  ],
  validate(c, lk, file) {
    const errors: RowError[] = [];
    const kind = pick(c.subject, SUBJECT_LABELS) as 'individual' | 'collective' | undefined;
    if (!kind)
      errors.push({
        key: 'subject',
        message: c.subject ? `Đối tượng "${c.subject}" không hợp lệ (Cá nhân hoặc Tập thể).` : 'Chưa nhập đối tượng.',
      });
    let personId: string | null = null;
    let orgId: string | null = null;
    let label = '';
    if (kind === 'individual') {
      const cccd = c.cccd.replace(/\s+/g, '');
      const p = cccd ? lk.personByCccd.get(cccd) : undefined;
      if (!cccd) errors.push({ key: 'cccd', message: 'Khen thưởng cá nhân cần số CCCD.' });
      else if (!p || !withinWriteScope(p, lk)) errors.push({ key: 'cccd', message: notInScope(cccd) });
      else {
        personId = p.id;
        label = p.fullName;
      }
    } else if (kind === 'collective') {
      const org = requireOrg(c.orgCode, lk, 'orgCode', errors);
      if (org) {
        orgId = org.id;
        label = org.name;
      }
    }
    const awardCode = pick(c.award, AWARD_NAMES) ?? (c.award ? c.award.toUpperCase() : '');
    if (c.award && !AWARD_NAMES[awardCode])
      errors.push({ key: 'award', message: `Không có danh hiệu, hình thức "${c.award}" trong danh mục.` });
    const track = c.track ? pick(c.track, AWARD_TRACK_LABELS) : 'cong_trang';
    if (!track) errors.push({ key: 'track', message: `Loại hình "${c.track}" không hợp lệ.` });
    const key = `award:${personId ?? orgId}:${awardCode}:${c.period}`;
    if ((personId || orgId) && file.seen.has(key))
      errors.push({ key: 'award', message: `Trùng với dòng ${file.seen.get(key)}.` });
    const r = parsed(AwardRecordBody, {
      awardCode,
      period: c.period,
      track: track ?? 'cong_trang',
      decisionNo: c.decisionNo || null,
      decisionDate: c.decisionDate || null,
      issuer: c.issuer || null,
    });
    if ('errors' in r) errors.push(...r.errors.map((e) => (e.key === 'awardCode' ? { ...e, key: 'award' } : e)));
    if (errors.length) return { errors };
    const value = (r as { value: z.output<typeof AwardRecordBody> }).value;
    // One achievement rewarded once (Law 06/2022 Art. 5.2.c): against the awards on record and
    // the file's earlier rows, across calendar and school years.
    const subjectId = (personId ?? orgId)!;
    file.fileAwards ??= new Map();
    const inFile = file.fileAwards.get(subjectId) ?? [];
    const clash = awardRecordConflict(
      kind === 'individual' ? `"${label}"` : label,
      [...(lk.awardsBySubject?.get(subjectId) ?? []), ...inFile],
      value,
      catalogueRules(lk.today),
    );
    if (clash) {
      const row = inFile.find((x) => x === clash.record)?.row;
      return { errors: [{ key: 'period', message: row ? `${clash.message} (dòng ${row})` : clash.message }] };
    }
    file.fileAwards.set(subjectId, [...inFile, { ...value, row: file.row ?? 0 }]);
    return { value: { ...value, subjectKind: kind!, personId, orgId, label } };
  },
};

export type RatingImport = {
  personId: string;
  period: string;
  rating: Rating;
  /** Why a rating overlapping one of the other kind is recorded anyway; null otherwise. */
  reason: string | null;
  label: string;
};

const RATING_WORDS: Record<string, string> = Object.fromEntries(RATINGS.map((r) => [r, RATING_LABELS[r]]));

const ratings: KindSpec<RatingImport> = {
  title: 'Đánh giá, xếp loại',
  columns: [
    {
      key: 'cccd',
      header: 'Số CCCD*',
      required: true,
      help: 'Số CCCD của một cá nhân đã có trong danh sách, thuộc đơn vị bạn được nhập dữ liệu.',
      example: '011188001234',
      width: 16,
    },
    {
      key: 'fullName',
      header: 'Họ và tên',
      required: false,
      help: 'Để đối chiếu; nếu ghi thì phải khớp với người mang số CCCD.',
      example: 'Lò Thị Hương',
      width: 26,
    },
    {
      key: 'period',
      header: 'Năm*',
      required: true,
      help: 'Năm công tác (2026) hoặc năm học (2025-2026).',
      example: '2026',
      width: 12,
    },
    {
      key: 'rating',
      header: 'Xếp loại*',
      required: true,
      help: 'Mức xếp loại chất lượng, ghi đầy đủ hoặc viết tắt (HTXSNV, HTTNV, HTNV, KHTNV).',
      values: RATINGS.map((r) => RATING_LABELS[r]),
      example: RATING_LABELS.HTTNV,
      width: 32,
    },
    {
      key: 'orgCode',
      header: 'Đơn vị',
      required: false,
      help: 'Mã hoặc tên đầy đủ; nếu ghi thì phải là đơn vị hiện tại của người đó.',
      example: '',
      width: 22,
    },
    {
      key: 'reason',
      header: 'Lý do',
      required: false,
      help: 'Bắt buộc khi năm xếp loại trùng thời gian với một xếp loại khác loại năm (năm và năm học).',
      example: '',
      width: 30,
    },
  ],
  validate(c, lk, file) {
    const errors: RowError[] = [];
    const cccd = c.cccd.replace(/\s+/g, '');
    const p = cccd ? lk.personByCccd.get(cccd) : undefined;
    if (!cccd) errors.push({ key: 'cccd', message: 'Chưa nhập số CCCD.' });
    else if (!p || !withinWriteScope(p, lk)) errors.push({ key: 'cccd', message: notInScope(cccd) });
    else if (c.fullName && searchKey(c.fullName) !== searchKey(p.fullName)) {
      errors.push({
        key: 'fullName',
        message: `Họ và tên "${c.fullName}" không khớp với người mang số CCCD ${cccd} ("${p.fullName}").`,
      });
    }
    const rating = pick(c.rating, RATING_WORDS) as Rating | undefined;
    if (!rating)
      errors.push({
        key: 'rating',
        message: c.rating
          ? `Xếp loại "${c.rating}" không hợp lệ (HTXSNV, HTTNV, HTNV hoặc KHTNV).`
          : 'Chưa nhập mức xếp loại.',
      });
    if (c.orgCode && p && withinWriteScope(p, lk)) {
      const org = requireOrg(c.orgCode, lk, 'orgCode', errors);
      if (org && org.id !== p.orgId)
        errors.push({ key: 'orgCode', message: `"${p.fullName}" hiện không công tác tại "${org.name}".` });
    }
    const r = parsed(RatingBody, { period: c.period, rating: rating ?? 'HTNV', reason: c.reason || null });
    if ('errors' in r) errors.push(...r.errors.filter((e) => e.key !== 'rating'));
    if (errors.length || 'errors' in r || !p || !rating) return { errors };
    const { period } = r.value;
    const reason = r.value.reason ?? null;
    const inFile = file.fileRatings?.get(p.id) ?? [];
    const same = inFile.find((x) => x.period === period);
    if (same) return { errors: [{ key: 'period', message: `Trùng với dòng ${same.row} (cùng người, cùng năm).` }] };
    // The rule of the person's form, against the ratings on record and those of earlier rows.
    const known = [...(lk.ratingsByPerson.get(p.id) ?? []), ...inFile];
    const problem = ratingPeriodProblem(p.fullName, known, period, reason);
    if (problem) return { errors: [{ key: problem.duplicate ? 'period' : 'reason', message: problem.message }] };
    if (file.fileRatings) file.fileRatings.set(p.id, [...inFile, { period, rating, row: file.row ?? 0 }]);
    // As on the form, a reason is kept only where it was needed.
    const needed = overlappingOtherKind(known, period).length > 0;
    return { value: { personId: p.id, period, rating, reason: needed ? reason : null, label: p.fullName } };
  },
};

/**
 * A cell holding NUL, another control character or broken UTF-16 is refused before the row is
 * read (PostgreSQL cannot store NUL; the form's schemas would otherwise see it only in some columns).
 */
function guarded<T>(spec: KindSpec<T>): KindSpec<unknown> {
  return {
    ...spec,
    validate(cells, lk, file) {
      const errors: RowError[] = [];
      for (const [key, value] of Object.entries(cells)) {
        const bad = findBadChar(value);
        if (bad) errors.push({ key, message: badCharMessage(bad) });
      }
      return errors.length ? { errors } : spec.validate(cells, lk, file);
    },
  };
}

export const SPECS: Record<ImportKind, KindSpec<unknown>> = {
  organisations: guarded(organisations),
  people: guarded(people),
  households: guarded(householdsSpec),
  awards: guarded(awards),
  ratings: guarded(ratings),
};

/** Keys under which a row registers itself, to catch duplicates in the same file. */
export function rowKeys(kind: ImportKind, c: Record<string, string>, value: unknown): string[] {
  if (kind === 'organisations') return c.code ? [`org:${c.code}`] : [];
  if (kind === 'people') return c.cccd ? [`cccd:${c.cccd.replace(/\s+/g, '')}`] : [];
  if (kind === 'awards' && value) {
    const v = value as AwardImport;
    return [`award:${v.personId ?? v.orgId}:${v.awardCode}:${v.period}`];
  }
  return [];
}
