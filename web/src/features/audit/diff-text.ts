// The text of an audit entry's "before / after": field labels in Vietnamese, codes as their
// labels, dates dd/mm/yyyy, organisation ids as names. Pure: no React, no Ant Design.
import {
  AWARD_TRACK_LABELS,
  awardName,
  CLUSTER_KIND_LABELS,
  CLUSTER_ROLE_LABELS,
  DISCIPLINE_FORM_LABELS,
  EDUCATION_LEVEL_LABELS,
  GENDER_LABELS,
  INITIATIVE_SCOPE_LABELS,
  ORG_LINK_KIND_LABELS,
  ORG_TYPE_LABELS,
  PERSON_CATEGORY_LABELS,
  RATING_LABELS,
  ROLE_LABELS,
} from '../../../../src/domain/registry/vocab';
import { FIELD_LABELS } from '../../../../src/domain/registry/field-labels';
import { EMPTY, fmtDate } from '../../ui/format';
import type { OrgIndex } from '../../ui/org-index';

const CODE_LABELS: Record<string, Record<string, string>> = {
  gender: GENDER_LABELS,
  category: PERSON_CATEGORY_LABELS,
  educationLevel: EDUCATION_LEVEL_LABELS,
  type: ORG_TYPE_LABELS,
  role: { ...ROLE_LABELS, ...CLUSTER_ROLE_LABELS },
  rating: RATING_LABELS,
  scope: INITIATIVE_SCOPE_LABELS,
  form: DISCIPLINE_FORM_LABELS,
  track: AWARD_TRACK_LABELS,
  kind: { ...ORG_LINK_KIND_LABELS, ...CLUSTER_KIND_LABELS },
};

const HIDDEN = new Set(['tenantId', 'id', 'searchKey', 'sortKey']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const fieldLabel = (key: string) => FIELD_LABELS[key] ?? key;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One value as text, knowing the field it belongs to. */
export function formatValue(key: string, v: unknown, orgs: OrgIndex): string {
  if (v === null || v === undefined || v === '') return EMPTY;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'number') return v.toLocaleString('vi-VN', { useGrouping: key !== 'year' });
  if (typeof v === 'string') {
    if (key === 'awardCode') return awardName(v);
    const codes = CODE_LABELS[key];
    if (codes?.[v]) return codes[v];
    if (UUID.test(v) && orgs.byId.has(v)) return orgs.label(v);
    if (ISO_DATE.test(v)) return fmtDate(v);
    if (ISO_TIME.test(v)) return fmtDate(v.slice(0, 10));
    return v;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return EMPTY;
    const parts = v.map((x) => {
      if (isPlainObject(x)) {
        if ('label' in x) return String(x.label);
        if ('role' in x && 'orgId' in x)
          return `${formatValue('role', x.role, orgs)} — ${formatValue('orgId', x.orgId, orgs)}`;
        return formatObject(x, orgs);
      }
      return formatValue(key, x, orgs);
    });
    const MAX = 12;
    return parts.length > MAX
      ? `${parts.slice(0, MAX).join('; ')}; … và ${parts.length - MAX} mục khác`
      : parts.join('; ');
  }
  if (isPlainObject(v)) return formatObject(v, orgs);
  return String(v);
}

function formatObject(o: Record<string, unknown>, orgs: OrgIndex): string {
  return Object.entries(o)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, x]) => `${fieldLabel(k)}: ${formatValue(k, x, orgs)}`)
    .join('; ');
}

export interface DiffRow {
  key: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

export function diffRows(before: unknown, after: unknown, orgs: OrgIndex): DiffRow[] {
  if ((before === null || isPlainObject(before)) && (after === null || isPlainObject(after))) {
    const b = (before ?? {}) as Record<string, unknown>;
    const a = (after ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HIDDEN.has(k));
    return keys.map((k) => {
      const bt = k in b ? formatValue(k, b[k], orgs) : EMPTY;
      const at = k in a ? formatValue(k, a[k], orgs) : EMPTY;
      return {
        key: k,
        label: fieldLabel(k),
        before: before === null ? '' : bt,
        after: after === null ? '' : at,
        changed: before !== null && after !== null && JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null),
      };
    });
  }
  return [
    {
      key: 'value',
      label: 'Giá trị',
      before: formatValue('value', before, orgs),
      after: formatValue('value', after, orgs),
      changed: JSON.stringify(before) !== JSON.stringify(after),
    },
  ];
}
