// Small pieces shared by the council pages: status tags, the threshold, the quorum indicator.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Tag } from 'antd';
import type { MeetingStatus } from '../../../../src/domain/rounds/vocab';
import type { Meeting, Threshold } from './types';

const STATUS_COLOR: Record<MeetingStatus, string> = { draft: 'default', voting: 'processing', closed: 'success' };

export function MeetingStatusTag({ status, label }: { status: MeetingStatus; label: string }) {
  return <Tag color={STATUS_COLOR[status]}>{label}</Tag>;
}

/** The threshold and, once verified or confirmed for the tenant, its basis (never a doubt: issue 9.3). */
export function ThresholdText({ t }: { t: Threshold }) {
  return (
    <span>
      {t.text}
      {t.basis && (
        <>
          <br />
          <small className="muted">{t.basis}</small>
        </>
      )}
    </span>
  );
}

export function QuorumAlert({ m }: { m: Meeting }) {
  const q = m.quorum;
  return (
    <Alert
      type={q.met ? 'success' : 'warning'}
      showIcon
      icon={q.met ? <CheckCircleFilled /> : <CloseCircleFilled />}
      title={q.met ? 'Đủ số thành viên để biểu quyết' : 'Chưa đủ số thành viên để biểu quyết'}
      description={
        <span>
          {q.text}
          {q.basis && (
            <>
              <br />
              <small className="muted">Căn cứ: {q.basis}</small>
            </>
          )}
        </span>
      }
    />
  );
}
