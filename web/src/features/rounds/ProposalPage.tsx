// /ho-so/:id — a unit's dossier in a round. The clerk writes the covering text, picks people,
// collectives and households from the registry with the award for each, sees the engine's verdict
// beside every nominee, writes the achievements, attaches evidence, downloads the pre-filled
// achievement report and sends the dossier, which then freezes until the office returns it.
// The office opens the same page read-only.
import { ArrowLeftOutlined, EditOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Grid, Table, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { api, ApiError, errorMessage } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDateTime } from '../../ui/format';
import type { FormProblem } from '../../ui/forms';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { periodText } from '../eligibility/labels';
import { proposalKeys, roundKeys } from './keys';
import { nomineeOfField, nomineeOpen } from './labels';
import { useNomineeColumns } from './NomineeColumns';
import { AddNomineeModal, EditNomineeModal } from './NomineeModals';
import { NomineeDetails, SummaryCard } from './ProposalCards';
import { ProposalStatusCard } from './ProposalStatusCard';
import { EvidenceUpload, FileList } from './parts';
import type { EvidenceFile, Nominee, ProposalDetail } from './types';
import { useAwardsFor } from './useAwardsFor';

export function ProposalPage() {
  const { id = '' } = useParams();
  const { me, can } = useAuth();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const q = useQuery({ queryKey: proposalKeys.detail(id), queryFn: () => api.get<ProposalDetail>(`/proposals/${id}`) });
  const awardsFor = useAwardsFor(q.data);
  // The office reads a unit's dossier read-only; it may still step in and edit for the unit.
  const [helping, setHelping] = useState(false);
  const raw = q.data;
  const officeView = !!raw && can('round.manage') && !me.grants.some((g) => g.orgId === raw.orgId);
  const data = useMemo(
    () => (raw ? { ...raw, editable: raw.editable && (!officeView || helping) } : undefined),
    [raw, officeView, helping],
  );
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Nominee | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [submitProblem, setSubmitProblem] = useState<FormProblem | null>(null);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [removingFile, setRemovingFile] = useState<string | null>(null);
  useDocumentTitle(q.data ? `Hồ sơ đề nghị — ${q.data.orgName}` : 'Hồ sơ đề nghị');

  const refresh = () => qc.invalidateQueries({ queryKey: proposalKeys.detail(id) });
  const remove = useMutation({
    mutationFn: (n: Nominee) => api.del<ProposalDetail>(`/nominees/${n.id}`),
    onSuccess: async (p, n) => {
      qc.setQueryData(proposalKeys.detail(id), p);
      await qc.invalidateQueries({ queryKey: roundKeys.all });
      void message.success(`Đã bỏ ${n.displayName} khỏi hồ sơ.`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const removeFile = async (f: EvidenceFile) => {
    setRemovingFile(f.id);
    try {
      await api.del(`/files/${f.id}`);
      void message.success(`Đã bỏ tệp "${f.fileName}".`);
      await refresh();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setRemovingFile(null);
    }
  };
  const submit = useMutation({
    mutationFn: () => api.post<ProposalDetail>(`/proposals/${id}/submit`),
    onSuccess: async (p) => {
      qc.setQueryData(proposalKeys.detail(id), p);
      setSubmitProblem(null);
      setMissing(new Set());
      await qc.invalidateQueries({ queryKey: roundKeys.all });
      void message.success('Đã gửi hồ sơ. Hồ sơ bị khóa cho đến khi cơ quan thẩm định trả lại (nếu có).');
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length) {
        const ids = new Set(e.fields.map((f) => nomineeOfField(f.field)).filter((x): x is string => !!x));
        setMissing(ids);
        setExpanded((cur) => [...new Set([...cur, ...ids])]);
        setSubmitProblem({ message: e.message, details: e.fields.map((f) => f.message) });
      } else setSubmitProblem({ message: errorMessage(e), details: [] });
    },
  });

  const rows = data?.nominees ?? [];
  const onRemove = useCallback((n: Nominee) => remove.mutateAsync(n), [remove.mutateAsync]);
  const columns = useNomineeColumns(!!data?.editable, phone, setEditing, onRemove);

  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const p = data!;
  const toSend = p.nominees.filter((n) => nomineeOpen(n.status)).length;
  const allOpen = rows.length > 0 && expanded.length === rows.length;

  const listActions = (
    <Flex gap={8} wrap>
      {rows.length > 0 && (
        <Button onClick={() => setExpanded(allOpen ? [] : rows.map((n) => n.id))}>
          {allOpen ? 'Thu gọn' : 'Xem chi tiết tất cả'}
        </Button>
      )}
      {p.editable && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
          Thêm đề nghị
        </Button>
      )}
    </Flex>
  );

  const confirmSubmit = () =>
    modal.confirm({
      title: p.submissions ? 'Gửi lại hồ sơ đã bổ sung?' : 'Gửi hồ sơ đề nghị khen thưởng?',
      content: (
        <>
          <p>
            Hồ sơ gồm {toSend} đề nghị sẽ được gửi đến cơ quan thường trực để thẩm định; kết quả xét điều kiện hiện tại
            được lưu kèm từng đề nghị.
          </p>
          <p>
            <strong>Sau khi gửi, hồ sơ bị khóa:</strong> không thêm, sửa, bỏ người được đề nghị hay tệp đính kèm được
            nữa, trừ khi hồ sơ bị trả lại để bổ sung.
          </p>
        </>
      ),
      okText: 'Gửi hồ sơ',
      cancelText: 'Hủy',
      onOk: () => submit.mutateAsync().catch(() => undefined),
    });

  return (
    <>
      <PageHeader
        title={`Hồ sơ đề nghị khen thưởng — ${p.orgName}`}
        subtitle={`${p.round.name} · ${periodText(p.round.period)}`}
        actions={
          <>
            <ButtonLink to={`/dot-xet/${p.round.id}`} icon={<ArrowLeftOutlined aria-hidden />}>
              Về đợt xét
            </ButtonLink>
            {p.editable && (
              <Button
                type="primary"
                icon={<SendOutlined aria-hidden />}
                onClick={confirmSubmit}
                loading={submit.isPending}
                disabled={toSend === 0}
              >
                {p.submissions ? 'Gửi lại hồ sơ' : 'Gửi hồ sơ'}
              </Button>
            )}
          </>
        }
      />
      {p.status === 'returned' && p.returnReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Hồ sơ bị trả lại để bổ sung"
          description={
            <>
              <div className="pre-line">{p.returnReason}</div>
              {p.editable && <div style={{ marginTop: 6 }}>Sửa các đề nghị bị trả lại rồi bấm "Gửi lại hồ sơ".</div>}
            </>
          }
        />
      )}
      {p.status === 'submitted' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Hồ sơ đã gửi lúc ${fmtDateTime(p.submittedAt)}, đang chờ thẩm định.`}
          description="Hồ sơ bị khóa: không sửa được cho đến khi cơ quan thẩm định trả lại (nếu cần bổ sung)."
        />
      )}
      {!p.editable && (p.status === 'draft' || p.status === 'returned') && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            p.round.status !== 'open'
              ? 'Đợt xét không còn nhận hồ sơ: hồ sơ chỉ xem được.'
              : 'Bạn đang xem hồ sơ của đơn vị (chỉ đọc).'
          }
          action={
            officeView && raw?.editable ? (
              <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setHelping(true)}>
                Sửa thay đơn vị
              </Button>
            ) : undefined
          }
        />
      )}
      {submitProblem && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={submitProblem.message}
          closable={{ onClose: () => setSubmitProblem(null) }}
          description={
            submitProblem.details.length ? (
              <ul className="plain-list">
                {submitProblem.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <ProposalStatusCard p={p} />
      <Card
        title={`Danh sách đề nghị (${rows.length})`}
        style={{ marginBottom: 16 }}
        styles={{ body: { padding: 0 } }}
        extra={phone ? undefined : listActions}
      >
        {phone && (rows.length > 0 || p.editable) && <div style={{ padding: '12px 16px 4px' }}>{listActions}</div>}
        {rows.length === 0 ? (
          <Empty
            style={{ padding: 24 }}
            description={
              p.editable
                ? 'Chưa có ai trong hồ sơ. Bấm "Thêm đề nghị" để chọn từ cơ sở dữ liệu của đơn vị.'
                : 'Hồ sơ chưa có đề nghị nào.'
            }
          />
        ) : (
          <Table<Nominee>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            pagination={false}
            size="middle"
            rowClassName={(n) => (missing.has(n.id) && !n.achievement ? 'row-problem' : '')}
            expandable={{
              expandedRowKeys: expanded,
              onExpandedRowsChange: (keys) => setExpanded(keys.map(String)),
              expandedRowRender: (n) => (
                <NomineeDetails
                  n={n}
                  editable={p.editable}
                  missing={missing.has(n.id)}
                  onChanged={refresh}
                  onRemoveFile={removeFile}
                  removingFile={removingFile}
                />
              ),
            }}
          />
        )}
      </Card>
      <SummaryCard p={p} />
      <Card title="Tệp đính kèm hồ sơ" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          Tờ trình có chữ ký, biên bản họp xét của đơn vị và các tài liệu chung của hồ sơ.
        </Typography.Paragraph>
        <FileList files={p.files} onRemove={p.editable ? removeFile : undefined} removing={removingFile} />
        {p.editable && (
          <div style={{ marginTop: 12 }}>
            <EvidenceUpload path={`/proposals/${p.id}/files`} label="Tải lên tệp của hồ sơ" onDone={refresh} />
          </div>
        )}
      </Card>
      {p.editable && (
        <AddNomineeModal proposal={p} open={adding} onClose={() => setAdding(false)} awardsFor={awardsFor} />
      )}
      <EditNomineeModal nominee={editing} proposalId={p.id} onClose={() => setEditing(null)} awardsFor={awardsFor} />
    </>
  );
}
