// Small pieces shared by the cluster pages: kinds of points, number formats, the steps of a year's
// scoring, and the criteria of a table as the rows of a score sheet.
import { Steps } from 'antd';
import type { CriterionKind, ScoreCriterion, ScoreTable } from '../../../../src/domain/emulation/scoring';
import type { ScoringStatus } from './types';

export const KIND_LABELS: Record<CriterionKind, string> = {
  normal: 'Điểm chuẩn',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
};

/** 12,5 — points with a Vietnamese decimal comma. */
export const pointsText = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

export interface SheetRow {
  criterion: ScoreCriterion;
  kind: CriterionKind;
  depth: number;
  leaf: boolean;
}

/** Every criterion in order, groups first, with the kind it inherits and its depth. */
export function sheetRows(table: ScoreTable): SheetRow[] {
  const out: SheetRow[] = [];
  const walk = (c: ScoreCriterion, kind: CriterionKind, depth: number) => {
    const k = c.kind ?? kind;
    const leaf = !c.children?.length;
    out.push({ criterion: c, kind: k, depth, leaf });
    for (const ch of c.children ?? []) walk(ch, k, depth + 1);
  };
  for (const c of table.criteria) walk(c, c.kind ?? 'normal', 0);
  return out;
}

const STEP: Record<ScoringStatus, number> = { draft: 0, scoring: 1, reviewing: 2, published: 3 };

export function ScoringSteps({ status }: { status: ScoringStatus | null }) {
  const current = status ? STEP[status] : 0;
  return (
    <Steps
      size="small"
      className="cs-steps"
      current={current}
      status={status === 'published' ? 'finish' : 'process'}
      items={[
        { title: 'Xây dựng thang điểm' },
        { title: 'Đơn vị tự chấm' },
        { title: 'Thẩm định' },
        { title: 'Công bố kết quả' },
      ]}
    />
  );
}
