// Scoring tables of a cluster or bloc (thang điểm chấm thi đua): a tree of criteria with maximum
// points, bonus (điểm thưởng) and penalty (điểm trừ) items; each member's self-score and the
// reviewed score; totals, bounds and the ranking with ties broken by a stated rule. There is no
// national scale: each cluster's guidance sets the criteria and points, so all of it is data.

export type CriterionKind = 'normal' | 'bonus' | 'penalty';

export interface ScoreCriterion {
  id: string;
  label: string;
  /** Most points the item gives (bonus) or takes away (penalty); for a group, its children's sum. */
  maxPoints: number;
  kind?: CriterionKind;
  children?: readonly ScoreCriterion[];
}

export interface ScoreTable {
  criteria: readonly ScoreCriterion[];
  /** Total of the normal items the guidance announces (usually 100), checked live. */
  expectedTotal?: number;
}

export interface TableProblem {
  id: string | null;
  message: string;
}

const kindOf = (c: ScoreCriterion): CriterionKind => c.kind ?? 'normal';
const pts = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** Leaves of the tree with the kind they inherit from their group. */
export function leaves(table: ScoreTable): { criterion: ScoreCriterion; kind: CriterionKind; path: string[] }[] {
  const out: { criterion: ScoreCriterion; kind: CriterionKind; path: string[] }[] = [];
  const walk = (c: ScoreCriterion, kind: CriterionKind, path: string[]) => {
    const k = c.kind ?? kind;
    if (c.children?.length) for (const ch of c.children) walk(ch, k, [...path, c.id]);
    else out.push({ criterion: c, kind: k, path });
  };
  for (const c of table.criteria) walk(c, kindOf(c), []);
  return out;
}

/** Sum of the normal items' maximum points (bonus and penalty items are apart). */
export function normalMaximum(table: ScoreTable): number {
  return leaves(table)
    .filter((l) => l.kind === 'normal')
    .reduce((s, l) => s + l.criterion.maxPoints, 0);
}

/** What is wrong with a table, in Vietnamese: the builder shows it live as the officer types. */
export function checkTable(table: ScoreTable): TableProblem[] {
  const problems: TableProblem[] = [];
  const seen = new Set<string>();
  const walk = (c: ScoreCriterion) => {
    if (seen.has(c.id)) problems.push({ id: c.id, message: `Mã tiêu chí "${c.id}" bị trùng.` });
    seen.add(c.id);
    if (!c.label.trim()) problems.push({ id: c.id, message: `Tiêu chí "${c.id}" chưa có nội dung.` });
    if (!(c.maxPoints >= 0) || !Number.isFinite(c.maxPoints))
      problems.push({ id: c.id, message: `"${c.label}": điểm tối đa phải là số không âm.` });
    if (c.children?.length) {
      const sum = c.children.reduce((s, ch) => s + ch.maxPoints, 0);
      if (Math.abs(sum - c.maxPoints) > 1e-9)
        problems.push({
          id: c.id,
          message: `"${c.label}": điểm tối đa ${pts(c.maxPoints)} khác tổng các tiêu chí con (${pts(sum)}).`,
        });
      for (const ch of c.children) walk(ch);
    }
  };
  for (const c of table.criteria) walk(c);
  if (table.expectedTotal !== undefined) {
    const total = normalMaximum(table);
    if (Math.abs(total - table.expectedTotal) > 1e-9)
      problems.push({
        id: null,
        message: `Tổng điểm tối đa các tiêu chí là ${pts(total)}, khác ${pts(table.expectedTotal)} điểm theo hướng dẫn.`,
      });
  }
  return problems;
}

export interface SheetResult {
  /** Normal points + bonus − penalty. */
  total: number;
  normal: number;
  bonus: number;
  penalty: number;
  /** Points of each criterion, groups included (penalties as positive numbers taken away). */
  byCriterion: Record<string, number>;
  problems: TableProblem[];
  /** Leaves with no score yet. */
  missing: string[];
}

/**
 * Scores one member's sheet: every leaf between 0 and its maximum (a penalty item holds the points
 * taken away). Out-of-bounds entries are reported and not counted; missing ones count as 0.
 */
export function scoreSheet(
  table: ScoreTable,
  entries: Readonly<Record<string, number | null | undefined>>,
): SheetResult {
  const byCriterion: Record<string, number> = {};
  const problems: TableProblem[] = [];
  const missing: string[] = [];
  let normal = 0;
  let bonus = 0;
  let penalty = 0;
  const known = new Set(leaves(table).map((l) => l.criterion.id));
  for (const id of Object.keys(entries))
    if (!known.has(id)) problems.push({ id, message: `Không có tiêu chí "${id}" trong bảng điểm.` });
  const walk = (c: ScoreCriterion, kind: CriterionKind): number => {
    const k = c.kind ?? kind;
    let v = 0;
    if (c.children?.length) v = c.children.reduce((s, ch) => s + walk(ch, k), 0);
    else {
      const raw = entries[c.id];
      if (raw === undefined || raw === null) missing.push(c.id);
      else if (!Number.isFinite(raw) || raw < 0 || raw > c.maxPoints + 1e-9)
        problems.push({ id: c.id, message: `"${c.label}": điểm ${pts(raw)} ngoài khoảng 0 – ${pts(c.maxPoints)}.` });
      else {
        v = raw;
        if (k === 'normal') normal += raw;
        else if (k === 'bonus') bonus += raw;
        else penalty += raw;
      }
    }
    byCriterion[c.id] = round2(v);
    return v;
  };
  for (const c of table.criteria) walk(c, kindOf(c));
  return {
    total: round2(normal + bonus - penalty),
    normal: round2(normal),
    bonus: round2(bonus),
    penalty: round2(penalty),
    byCriterion,
    problems,
    missing,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Ways to break a tie, in the order the cluster's rules state them. */
export type TieBreak =
  | { kind: 'criterion'; id: string } // higher points on this criterion (e.g. the core-tasks group)
  | { kind: 'fewer_penalty' } // fewer penalty points
  | { kind: 'more_bonus' }; // more bonus points

export interface RankInput {
  memberId: string;
  name: string;
  sheet: SheetResult;
}

export interface RankRow extends RankInput {
  /** 1-based; members still tied after every rule share a rank (1, 2, 2, 4). */
  rank: number;
  /** Vietnamese note on how a tie with the member above was broken, or that it remains. */
  tieNote: string | null;
}

const TIE_TEXT: Record<TieBreak['kind'], string> = {
  criterion: 'điểm tiêu chí',
  fewer_penalty: 'ít điểm trừ hơn',
  more_bonus: 'nhiều điểm thưởng hơn',
};

function keyOf(r: RankInput, t: TieBreak): number {
  if (t.kind === 'criterion') return r.sheet.byCriterion[t.id] ?? 0;
  if (t.kind === 'fewer_penalty') return -r.sheet.penalty;
  return r.sheet.bonus;
}

/** Ranks by total, then by each tie-break in turn; names only order equal members for display. */
export function rankMembers(
  rows: readonly RankInput[],
  rules: readonly TieBreak[],
  labels: Readonly<Record<string, string>> = {},
): RankRow[] {
  const cmp = (a: RankInput, b: RankInput) => {
    if (a.sheet.total !== b.sheet.total) return b.sheet.total - a.sheet.total;
    for (const t of rules) {
      const d = keyOf(b, t) - keyOf(a, t);
      if (d !== 0) return d;
    }
    return 0;
  };
  const sorted = [...rows].sort((a, b) => cmp(a, b) || a.name.localeCompare(b.name, 'vi'));
  const out: RankRow[] = [];
  sorted.forEach((r, i) => {
    const prev = sorted[i - 1];
    let rank = i + 1;
    let tieNote: string | null = null;
    if (prev && prev.sheet.total === r.sheet.total) {
      if (cmp(prev, r) === 0) {
        rank = out[i - 1]!.rank;
        tieNote = 'Bằng điểm và bằng nhau ở mọi tiêu chí phụ: đồng hạng.';
      } else {
        const decided = rules.find((t) => keyOf(prev, t) !== keyOf(r, t))!;
        const what =
          decided.kind === 'criterion'
            ? `${TIE_TEXT.criterion} "${labels[decided.id] ?? decided.id}"`
            : TIE_TEXT[decided.kind];
        tieNote = `Bằng tổng điểm với ${prev.name}; xếp sau theo ${what}.`;
      }
    }
    out.push({ ...r, rank, tieNote });
  });
  return out;
}
