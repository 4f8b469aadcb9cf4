// A verdict's criteria as every screen shows them (the eligibility card of a person or unit, a
// nominee in a dossier or an appraisal): ✓ met, ✗ not met, ? for the council, each with its
// message (dates as dd/mm/yyyy) and the legal basis beneath.
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { isoDatesToVN } from './format';

export interface Criterion {
  id: string;
  met: boolean | null;
  message: string;
  basis: string;
}

/** ✓ met, ✗ not met, ? for the council; each with words for screen readers. */
export function MetIcon({ met }: { met: boolean | null }) {
  if (met === true) return <CheckCircleFilled className="met-icon met-yes" aria-label="Đạt" role="img" />;
  if (met === false) return <CloseCircleFilled className="met-icon met-no" aria-label="Chưa đạt" role="img" />;
  return <QuestionCircleFilled className="met-icon met-council" aria-label="Hội đồng xem xét" role="img" />;
}

/** The heading ("Tiêu chí" unless told), the criteria, then `children` (e.g. the bonus line). */
export function CriteriaList({
  criteria,
  title = 'Tiêu chí',
  children,
}: {
  criteria: readonly Criterion[];
  title?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="criteria">
      <Typography.Text strong className="criteria-title">
        {title}
      </Typography.Text>
      <ul className="criteria-list">
        {criteria.map((c) => (
          <li key={c.id}>
            <MetIcon met={c.met} />
            <div style={{ minWidth: 0 }}>
              <div className="criterion-message">
                {isoDatesToVN(c.message)}
                {c.met === null && (
                  <Tag color="blue" style={{ marginInlineStart: 8 }}>
                    Hội đồng xem xét
                  </Tag>
                )}
              </div>
              <div className="criterion-basis">{c.basis}</div>
            </div>
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
