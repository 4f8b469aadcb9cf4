// /ho-so/:id — a unit's dossier in a round. The clerk writes the covering text, picks people,
// collectives and households from the registry with the award for each, sees the engine's verdict
// beside every nominee, writes the achievements, attaches evidence, downloads the pre-filled
// achievement report and sends the dossier, which then freezes until the office returns it.
// The office opens the same page read-only.
import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PlusOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import type { SubjectKind } from '../../../../src/domain/registry/vocab';
import { isoDateInVietnam } from '../../../../src/domain/vi-text/index';
import { api, ApiError, downloadUrl, errorMessage } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EMPTY, fmtDate, fmtDateTime, fmtMoney } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem, type FormProblem } from '../../ui/forms';
import { useDebounced, useOnChange } from '../../ui/hooks';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { periodText, SUBJECT_KIND_LABELS } from '../eligibility/labels';
import type { Catalogue } from '../eligibility/types';
import { CANDIDATE_KINDS, daysUntil, nomineeOfField, nomineeOpen, SUBJECT_KINDS_OF } from './labels';
import {
  AwardCell,
  ClockLine,
  Countdown,
  EvidenceUpload,
  FileList,
  NomineeStatusTag,
  ProposalStatusTag,
  VerdictDetails,
  VerdictTags,
} from './parts';
import { ROUNDS_KEY } from './RoundsPage';
import type { CandidateKind, CandidateList, EvidenceFile, Nominee, ProposalDetail } from './types';

export const proposalKey = (id: string) => ['proposal', id] as const;

type Award = { code: string; name: string };

/** The round's awards that fit a kind of subject (all of them while the catalogue loads). */
function useAwardsFor(p: ProposalDetail | undefined) {
  const cat = useQuery({
    queryKey: ['catalogue', p?.round.decisionBy],
    queryFn: () => api.get<Catalogue>('/catalogue', { date: p!.round.decisionBy }),
    enabled: !!p,
    staleTime: 5 * 60_000,
  });
  return (kinds: readonly SubjectKind[]): Award[] => {
    const awards = p?.round.awards ?? [];
    if (!cat.data) return awards;
    const byCode = new Map(cat.data.awards.map((a) => [a.code as string, a]));
    return awards.filter((a) => {
      const c = byCode.get(a.code);
      return !c || c.subjectKinds.some((k) => kinds.includes(k));
    });
  };
}

const kindOfSubject = (k: SubjectKind): CandidateKind =>
  k === 'individual' ? 'person' : k === 'household' ? 'household' : 'org';

interface AddValues {
  kind: CandidateKind;
  subjectId: string;
  awardCode: string;
  achievement?: string;
}

function AddNomineeModal({
  proposal,
  open,
  onClose,
  awardsFor,
}: {
  proposal: ProposalDetail;
  open: boolean;
  onClose: () => void;
  awardsFor: (k: readonly SubjectKind[]) => Award[];
}) {
  const [form] = Form.useForm<AddValues>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { problem, setProblem, clear } = useFormProblem();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const kind: CandidateKind = Form.useWatch('kind', form) ?? 'person';
  useOnChange([open], () => {
    if (open) {
      clear();
      form.resetFields();
      form.setFieldsValue({ kind: 'person' });
      setText('');
    }
  });
  const candidates = useQuery({
    queryKey: ['proposal', proposal.id, 'candidates', kind, search],
    queryFn: () => api.get<CandidateList>(`/proposals/${proposal.id}/candidates`, { kind, q: search }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const awards = awardsFor(SUBJECT_KINDS_OF[kind]);
  const add = useMutation({
    mutationFn: (v: AddValues) =>
      api.post<ProposalDetail>(`/proposals/${proposal.id}/nominees`, {
        subjectKind: CANDIDATE_KINDS.find((k) => k.value === v.kind)!.subjectKind,
        subjectId: v.subjectId,
        awardCode: v.awardCode,
        ...(v.achievement?.trim() ? { achievement: v.achievement.trim() } : {}),
      }),
    onSuccess: async (p, v) => {
      qc.setQueryData(proposalKey(proposal.id), p);
      await qc.invalidateQueries({ queryKey: ROUNDS_KEY });
      const who = candidates.data?.items.find((c) => c.id === v.subjectId)?.name ?? 'người được đề nghị';
      void message.success(`Đã thêm ${who} vào hồ sơ.`);
      onClose();
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open={open}
      title="Thêm người, tập thể, hộ gia đình được đề nghị"
      okText="Thêm vào hồ sơ"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      width={640}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        name="nominee-add"
        layout="vertical"
        onFinish={(v) => {
          clear();
          add.mutate(v);
        }}
        onValuesChange={(changed: Partial<AddValues>) => {
          if (changed.kind) {
            form.setFieldsValue({ subjectId: undefined, awardCode: undefined });
            setText('');
          }
        }}
      >
        <Form.Item name="kind" label="Đối tượng">
          <Radio.Group optionType="button" options={CANDIDATE_KINDS.map((k) => ({ value: k.value, label: k.label }))} />
        </Form.Item>
        <Form.Item
          name="subjectId"
          label={kind === 'person' ? 'Cá nhân của đơn vị' : kind === 'org' ? 'Tập thể của đơn vị' : 'Hộ gia đình'}
          extra="Gõ tên để tìm (không cần dấu). Thông tin và quá trình khen thưởng lấy từ cơ sở dữ liệu, không cần nhập lại."
          rules={[{ required: true, message: 'Chọn người, tập thể hoặc hộ được đề nghị.' }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
            placeholder="Tìm theo tên…"
            loading={candidates.isFetching}
            notFoundContent={candidates.isFetching ? 'Đang tìm…' : 'Không tìm thấy trong đơn vị'}
            options={(candidates.data?.items ?? []).map((c) => ({ value: c.id, label: c.name, detail: c.detail }))}
            optionRender={(o) => (
              <div>
                <div>{o.label}</div>
                {o.data.detail ? <div className="muted candidate-detail">{o.data.detail}</div> : null}
              </div>
            )}
            onChange={() => setText('')}
          />
        </Form.Item>
        <Form.Item
          name="awardCode"
          label="Danh hiệu, hình thức đề nghị"
          rules={[{ required: true, message: 'Chọn danh hiệu, hình thức.' }]}
        >
          <Select
            options={awards.map((a) => ({ value: a.code, label: a.name }))}
            placeholder="Chọn trong các danh hiệu, hình thức của đợt xét"
            notFoundContent="Đợt xét không có danh hiệu, hình thức cho đối tượng này"
          />
        </Form.Item>
        <Form.Item
          name="achievement"
          label="Tóm tắt thành tích"
          extra="Có thể viết sau, hoặc tải tệp báo cáo thành tích lên."
        >
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface EditValues {
  awardCode: string;
  achievement: string;
}

function EditNomineeModal({
  nominee,
  proposalId,
  onClose,
  awardsFor,
}: {
  nominee: Nominee | null;
  proposalId: string;
  onClose: () => void;
  awardsFor: (k: readonly SubjectKind[]) => Award[];
}) {
  const [form] = Form.useForm<EditValues>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { problem, setProblem, clear } = useFormProblem();
  useOnChange([nominee], () => {
    if (nominee) {
      clear();
      form.resetFields();
      form.setFieldsValue({ awardCode: nominee.awardCode, achievement: nominee.achievement });
    }
  });
  const save = useMutation({
    mutationFn: (v: EditValues) =>
      api.patch<ProposalDetail>(`/nominees/${nominee!.id}`, {
        awardCode: v.awardCode,
        achievement: v.achievement ?? '',
      }),
    onSuccess: (p) => {
      qc.setQueryData(proposalKey(proposalId), p);
      void message.success('Đã lưu.');
      onClose();
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  const awards = nominee ? awardsFor(SUBJECT_KINDS_OF[kindOfSubject(nominee.subjectKind)]) : [];
  return (
    <Modal
      open={!!nominee}
      title={nominee ? `Sửa đề nghị — ${nominee.displayName}` : ''}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        name="nominee-edit"
        layout="vertical"
        onFinish={(v) => {
          clear();
          save.mutate(v);
        }}
      >
        <Form.Item
          name="awardCode"
          label="Danh hiệu, hình thức đề nghị"
          rules={[{ required: true, message: 'Chọn danh hiệu, hình thức.' }]}
        >
          <Select options={awards.map((a) => ({ value: a.code, label: a.name }))} />
        </Form.Item>
        <Form.Item
          name="achievement"
          label="Tóm tắt thành tích"
          extra="Thành tích nổi bật trong kỳ xét: kết quả công việc, sáng kiến, danh hiệu đã đạt…"
        >
          <Input.TextArea rows={10} maxLength={20000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function NomineeDetails({
  n,
  editable,
  missing,
  onChanged,
  onRemoveFile,
  removingFile,
}: {
  n: Nominee;
  editable: boolean;
  missing: boolean;
  onChanged: () => void;
  onRemoveFile: (f: EvidenceFile) => void;
  removingFile: string | null;
}) {
  const open = editable && nomineeOpen(n.status);
  return (
    <div className="nominee-details">
      {n.officeReason && (n.status === 'returned' || n.status === 'rejected') && (
        <Alert
          type={n.status === 'returned' ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 12 }}
          title={n.status === 'returned' ? 'Cơ quan thẩm định trả lại để bổ sung' : 'Cơ quan thẩm định không chấp nhận'}
          description={<span className="pre-line">Lý do: {n.officeReason}</span>}
        />
      )}
      {n.overrideReason && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Chấp nhận khác kết quả xét điều kiện"
          description={<span className="pre-line">Lý do: {n.overrideReason}</span>}
        />
      )}
      <div className="nominee-section">
        <Typography.Text strong className="nominee-section-title">
          Tóm tắt thành tích
        </Typography.Text>
        {n.achievement ? (
          <div className="pre-line achievement-text">{n.achievement}</div>
        ) : (
          <div>
            <Typography.Text type={missing ? 'danger' : 'secondary'}>
              Chưa có. {open ? 'Bấm "Sửa" để viết tóm tắt, hoặc tải tệp báo cáo thành tích lên.' : ''}
            </Typography.Text>
          </div>
        )}
      </div>
      <VerdictDetails verdict={n.verdict} submitted={n.submittedVerdict} />
      <div className="nominee-section">
        <Typography.Text strong className="nominee-section-title">
          Báo cáo thành tích, minh chứng
        </Typography.Text>
        <FileList files={n.files ?? []} onRemove={open ? onRemoveFile : undefined} removing={removingFile} />
        <Flex gap={8} wrap style={{ marginTop: 8 }} align="flex-start">
          <Button
            icon={<FileWordOutlined aria-hidden />}
            href={downloadUrl(`/nominees/${n.id}/report`, { format: 'docx' })}
            download
          >
            Mẫu báo cáo thành tích (DOCX)
          </Button>
          <Button
            icon={<FilePdfOutlined aria-hidden />}
            href={downloadUrl(`/nominees/${n.id}/report`, { format: 'pdf' })}
            download
          >
            PDF
          </Button>
        </Flex>
        {open && (
          <div style={{ marginTop: 8 }}>
            <EvidenceUpload path={`/nominees/${n.id}/files`} label="Tải lên báo cáo, minh chứng" onDone={onChanged} />
          </div>
        )}
      </div>
    </div>
  );
}

function SummaryCard({ p }: { p: ProposalDetail }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [text, setText] = useState(p.summary);
  useEffect(() => setText(p.summary), [p.summary]);
  const save = useMutation({
    mutationFn: () => api.patch<ProposalDetail>(`/proposals/${p.id}`, { summary: text }),
    onSuccess: (np) => {
      qc.setQueryData(proposalKey(p.id), np);
      void message.success('Đã lưu nội dung tờ trình.');
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Card title="Nội dung tờ trình" style={{ marginBottom: 16 }}>
      {p.editable ? (
        <>
          <label htmlFor="proposal-summary" className="sr-only">
            Nội dung tờ trình
          </label>
          <Input.TextArea
            id="proposal-summary"
            rows={4}
            maxLength={5000}
            showCount
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Căn cứ, tóm tắt kết quả phong trào thi đua của đơn vị và đề nghị khen thưởng…"
          />
          <Button
            icon={<SaveOutlined aria-hidden />}
            style={{ marginTop: 12 }}
            disabled={text === p.summary}
            loading={save.isPending}
            onClick={() => save.mutate()}
          >
            Lưu nội dung
          </Button>
        </>
      ) : p.summary ? (
        <div className="pre-line">{p.summary}</div>
      ) : (
        <Typography.Text type="secondary">Không có.</Typography.Text>
      )}
    </Card>
  );
}

export function ProposalPage() {
  const { id = '' } = useParams();
  const { me, can } = useAuth();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const q = useQuery({ queryKey: proposalKey(id), queryFn: () => api.get<ProposalDetail>(`/proposals/${id}`) });
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

  const refresh = () => qc.invalidateQueries({ queryKey: proposalKey(id) });
  const remove = useMutation({
    mutationFn: (n: Nominee) => api.del<ProposalDetail>(`/nominees/${n.id}`),
    onSuccess: async (p, n) => {
      qc.setQueryData(proposalKey(id), p);
      await qc.invalidateQueries({ queryKey: ROUNDS_KEY });
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
      qc.setQueryData(proposalKey(id), p);
      setSubmitProblem(null);
      setMissing(new Set());
      await qc.invalidateQueries({ queryKey: ROUNDS_KEY });
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
  const columns: TableColumnsType<Nominee> = useMemo(() => {
    const p = data;
    const editable = !!p?.editable;
    const actions = (n: Nominee) =>
      editable && nomineeOpen(n.status) ? (
        <Flex gap={4} vertical={!phone} wrap align="flex-start">
          <Button
            size="small"
            icon={<EditOutlined aria-hidden />}
            onClick={() => setEditing(n)}
            aria-label={`Sửa đề nghị của ${n.displayName}`}
          >
            Sửa
          </Button>
          <Popconfirm
            title={`Bỏ ${n.displayName} khỏi hồ sơ?`}
            description="Tệp đính kèm của đề nghị này cũng bị bỏ."
            okText="Bỏ khỏi hồ sơ"
            cancelText="Hủy"
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutateAsync(n).catch(() => undefined)}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={`Bỏ ${n.displayName} khỏi hồ sơ`}
            >
              Bỏ
            </Button>
          </Popconfirm>
        </Flex>
      ) : null;
    const who = (n: Nominee) => (
      <div>
        <strong>{n.displayName}</strong>
        {n.subjectKind !== 'individual' && <span className="muted"> ({SUBJECT_KIND_LABELS[n.subjectKind]})</span>}
        {n.positionText && <div className="muted">{n.positionText}</div>}
      </div>
    );
    const amount = (n: Nominee) =>
      n.verdict ? (n.verdict.amount === null ? 'Chưa xác định' : fmtMoney(n.verdict.amount)) : EMPTY;
    if (phone)
      return [
        {
          title: 'Người, tập thể được đề nghị',
          key: 'all',
          render: (_: unknown, n) => (
            <Flex vertical gap={4}>
              {who(n)}
              <AwardCell n={n} />
              <div>
                <VerdictTags verdict={n.verdict} submitted={n.submittedVerdict} />{' '}
                <NomineeStatusTag status={n.status} />
              </div>
              <div className="muted">Tiền thưởng: {amount(n)}</div>
              {actions(n)}
            </Flex>
          ),
        },
      ];
    return [
      { title: 'Người, tập thể được đề nghị', key: 'who', render: (_: unknown, n) => who(n) },
      { title: 'Danh hiệu, hình thức', key: 'award', width: 170, render: (_: unknown, n) => <AwardCell n={n} /> },
      {
        title: 'Kết quả xét, tiền thưởng',
        key: 'verdict',
        width: 190,
        render: (_: unknown, n) => (
          <>
            <VerdictTags verdict={n.verdict} submitted={n.submittedVerdict} />
            <div className="money muted">{amount(n)}</div>
          </>
        ),
      },
      {
        title: 'Trạng thái',
        dataIndex: 'status',
        width: 160,
        render: (_: unknown, n) => <NomineeStatusTag status={n.status} />,
      },
      ...(editable
        ? [
            {
              title: <span className="sr-only">Thao tác</span>,
              key: 'actions',
              width: 96,
              render: (_: unknown, n: Nominee) => actions(n),
            },
          ]
        : []),
    ];
  }, [data, phone, remove]);

  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const p = data!;
  const days = daysUntil(p.round.submitBy, isoDateInVietnam(new Date()));
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
      <Card style={{ marginBottom: 16 }} title="Tình trạng hồ sơ">
        <Descriptions column={{ xs: 1, sm: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label="Trạng thái">
            <ProposalStatusTag status={p.status} />
          </Descriptions.Item>
          <Descriptions.Item label="Hạn nộp hồ sơ">
            <span className="round-deadline">
              {fmtDate(p.round.submitBy)}{' '}
              {p.round.status === 'open' && (p.status === 'draft' || p.status === 'returned') && (
                <Countdown daysLeft={days} />
              )}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="Số lần gửi">{p.submissions}</Descriptions.Item>
          {p.submittedAt && (
            <Descriptions.Item label="Gửi lần gần nhất">{fmtDateTime(p.submittedAt)}</Descriptions.Item>
          )}
          {p.clock && p.status === 'submitted' && (
            <Descriptions.Item label="Thẩm định">
              <ClockLine clock={p.clock} />
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
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
