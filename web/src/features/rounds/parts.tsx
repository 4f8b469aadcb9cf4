// Small pieces shared by the round screens: status tags, the deadline countdown, the appraisal
// clock, a verdict with its criteria, evidence files and the "reason" dialog.
import { ClockCircleOutlined, DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Tag, Tooltip, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import {
  NOMINEE_STATUS_LABELS,
  PROPOSAL_STATUS_LABELS,
  ROUND_STATUS_LABELS,
  type NomineeStatus,
  type ProposalStatus,
  type RoundStatus,
} from '../../../../src/domain/rounds/vocab';
import { api, downloadUrl, errorMessage, isApiError } from '../../ui/api';
import { fmtMoney } from '../../ui/format';
import { CriteriaList } from '../../ui/criteria-list';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { STATUS, verdictStatus } from '../eligibility/labels';
import { StatusTag } from '../eligibility/parts';
import {
  clockText,
  countdownText,
  countdownUrgent,
  EVIDENCE_ACCEPT,
  EVIDENCE_HINT,
  evidenceProblem,
  fileSizeText,
  verdictChanged,
} from './labels';
import type { AppraisalClock, EvidenceFile, NomineeVerdict } from './types';

const ROUND_COLOURS: Record<RoundStatus, string> = {
  draft: 'default',
  open: 'green',
  closed: 'orange',
  finished: 'blue',
};
const PROPOSAL_COLOURS: Record<ProposalStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  appraised: 'success',
};
const NOMINEE_COLOURS: Record<NomineeStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  accepted: 'success',
  returned: 'warning',
  rejected: 'error',
  passed: 'green',
  failed: 'red',
  withheld: 'orange',
  sent_up: 'purple',
  awarded: 'gold',
  revoked: 'default',
};

export const RoundStatusTag = ({ status }: { status: RoundStatus }) => (
  <Tag color={ROUND_COLOURS[status]}>{ROUND_STATUS_LABELS[status]}</Tag>
);
export const ProposalStatusTag = ({ status }: { status: ProposalStatus }) => (
  <Tag color={PROPOSAL_COLOURS[status]}>{PROPOSAL_STATUS_LABELS[status]}</Tag>
);
export const NomineeStatusTag = ({ status }: { status: NomineeStatus }) => (
  <Tag color={NOMINEE_COLOURS[status]}>{NOMINEE_STATUS_LABELS[status]}</Tag>
);

/** "Còn 13 ngày", red when three days or fewer remain or the deadline is past. */
export function Countdown({ daysLeft }: { daysLeft: number }) {
  const urgent = countdownUrgent(daysLeft);
  return (
    <Tag color={urgent ? 'red' : 'blue'} icon={<ClockCircleOutlined aria-hidden />} className="round-countdown">
      {countdownText(daysLeft)}
    </Tag>
  );
}

/** "Hạn thẩm định dd/mm/yyyy — còn N ngày làm việc", red when late. */
export function ClockLine({ clock }: { clock: AppraisalClock }) {
  return (
    <Typography.Text type={clock.late ? 'danger' : undefined} strong={clock.late} className="round-clock">
      <ClockCircleOutlined aria-hidden /> {clockText(clock)}
    </Typography.Text>
  );
}

/** The award of a nominee, with the school year it is judged on when it is one (a school in a calendar-year round). */
export function AwardCell({ n }: { n: { awardName: string; period: string } }) {
  return (
    <div>
      <div>{n.awardName}</div>
      {/^\d{4}-\d{4}$/.test(n.period) && <div className="muted">Xét theo năm học {n.period}</div>}
    </div>
  );
}

/** The verdict tag; a second tag with what was shown at submission when it differs. */
export function VerdictTags({
  verdict,
  submitted,
}: {
  verdict: NomineeVerdict | null;
  submitted?: NomineeVerdict | null;
}) {
  if (!verdict) return <Tag>Chưa xét</Tag>;
  const changed = verdictChanged(verdict, submitted ?? null);
  return (
    <span className="verdict-tags">
      <StatusTag status={verdictStatus(verdict)} text={verdict.statusText} />
      {changed && submitted && (
        <Tooltip title="Kết quả xét điều kiện lúc gửi hồ sơ khác kết quả hiện tại (dữ liệu đã thay đổi sau khi gửi).">
          <Tag tabIndex={0} className="override-tag">
            Lúc gửi: {STATUS[verdictStatus(submitted)].label}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}

/** A nominee's verdict: its criteria, then the bonus it would carry and the rules applied. */
function VerdictCriteria({ verdict, title }: { verdict: NomineeVerdict; title?: string }) {
  return (
    <div className="nominee-criteria">
      <CriteriaList criteria={verdict.criteria} title={title}>
        <div className="verdict-bonus muted">
          Tiền thưởng nếu được tặng: {verdict.amount === null ? 'chưa xác định' : fmtMoney(verdict.amount)}
          {verdict.amountInWords && verdict.amount !== null ? ` (${verdict.amountInWords})` : ''} · Áp dụng:{' '}
          {verdict.rules}
        </div>
      </CriteriaList>
    </div>
  );
}

/** The live verdict's criteria, and the submitted one's beside it when they differ. */
export function VerdictDetails({
  verdict,
  submitted,
}: {
  verdict: NomineeVerdict | null;
  submitted?: NomineeVerdict | null;
}) {
  if (!verdict) return null;
  if (submitted && verdictChanged(verdict, submitted)) {
    return (
      <div className="verdict-compare">
        <VerdictCriteria verdict={verdict} title={`Kết quả hiện tại: ${STATUS[verdictStatus(verdict)].label}`} />
        <VerdictCriteria
          verdict={submitted}
          title={`Kết quả lúc gửi hồ sơ: ${STATUS[verdictStatus(submitted)].label}`}
        />
      </div>
    );
  }
  return <VerdictCriteria verdict={verdict} />;
}

/**
 * Evidence files: download links (a dossier's by default, or `hrefOf` for other owners); a
 * remove button while the record can be changed.
 */
export function FileList<F extends Pick<EvidenceFile, 'id' | 'fileName' | 'size'>>({
  files,
  onRemove,
  removing,
  hrefOf,
}: {
  files: F[];
  onRemove?: (f: F) => void;
  removing?: string | null;
  hrefOf?: (f: F) => string;
}) {
  if (!files.length) return <Typography.Text type="secondary">Chưa có tệp.</Typography.Text>;
  return (
    <ul className="file-list">
      {files.map((f) => (
        <li key={f.id}>
          <PaperClipOutlined aria-hidden />{' '}
          <a href={hrefOf ? hrefOf(f) : downloadUrl(`/files/${f.id}`)} download={f.fileName}>
            {f.fileName}
          </a>{' '}
          <span className="muted">({fileSizeText(f.size)})</span>
          {onRemove && (
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={`Bỏ tệp ${f.fileName}`}
              loading={removing === f.id}
              onClick={() => onRemove(f)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Upload of one evidence file to `path` (/proposals/:id/files, /nominees/:id/files, a movement
 * report's or an initiative's), with the
 * accepted types and size shown, checked here first and by the server on the content.
 */
export function EvidenceUpload({ path, label, onDone }: { path: string; label: string; onDone: () => void }) {
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file);
      return api.upload<EvidenceFile>(path, form);
    },
    onSuccess: (f) => {
      setError(null);
      void message.success(`Đã tải lên "${f.fileName}".`);
      onDone();
    },
    onError: (e) =>
      setError(isApiError(e) && e.fields.length ? e.fields.map((f) => f.message).join(' ') : errorMessage(e)),
  });
  return (
    <div className="evidence-upload">
      <Upload
        accept={EVIDENCE_ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          const problem = evidenceProblem(file.name, file.size);
          if (problem) setError(problem);
          else upload.mutate(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
          {label}
        </Button>
      </Upload>
      <div className="muted evidence-hint">{EVIDENCE_HINT}</div>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginTop: 8 }}
          closable={{ onClose: () => setError(null) }}
          role="alert"
        />
      )}
    </div>
  );
}

/**
 * A dialog asking for a written reason (return, reject, accept against the engine). `field` is
 * the server's name for it, so that its message lands under the box.
 */
export function ReasonModal({
  open,
  title,
  intro,
  label,
  okText,
  danger,
  field = 'reason',
  placeholder,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  intro?: ReactNode;
  label: string;
  okText: string;
  danger?: boolean;
  field?: string;
  placeholder?: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const state = useFormModal<Record<string, string>, unknown>({
    open,
    submit: (v) => onSubmit(v[field]!.trim()),
    onSuccess: () => onClose(),
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title={title}
      okText={okText}
      okDanger={danger}
      name={`reason-${field}`}
      intro={intro}
    >
      <Form.Item
        name={field}
        label={label}
        rules={[
          { required: true, whitespace: true, message: 'Chưa ghi lý do.' },
          { max: 1000, message: 'Không được dài quá 1000 ký tự.' },
        ]}
      >
        <Input.TextArea rows={4} maxLength={1000} showCount placeholder={placeholder} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
