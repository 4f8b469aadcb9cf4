// /quyet-dinh/:id: one decision. The office edits the draft's texts and sends it to the signer;
// the signer reads the content and the list and signs (with a confirmation); once signed: the
// documents (decision, payment list, a certificate, a batch of certificates with progress the user
// may leave and come back to) and revocation (Law Art. 93) with the money to recover.
import { EditOutlined, PrinterOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, downloadUrl, errorMessage } from '../../ui/api';
import { DATE_FORMATS, EMPTY, fmtDate, fmtDateTime, fromIso, toIso } from '../../ui/format';
import { applyApiError } from '../../ui/forms';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { DecisionStatusTag, DownloadButton, ItemsTable, money, moneyWords } from './parts';
import type {
  CertificateJobList,
  DecisionDetail,
  RegisterPosition,
  RevokeResult,
  RoundView,
  SignResult,
} from './types';
import { DecisionPaymentCard } from '../fund/DecisionPaymentCard';

const lines = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

function EditModal({ detail, open, onClose }: { detail: DecisionDetail; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const d = detail.decision;
  const signers = useQuery({
    queryKey: ['decisions', 'round', d.roundId],
    queryFn: () => api.get<RoundView>(`/decisions/rounds/${d.roundId}`),
  });
  const m = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      api.patch(`/decisions/${d.id}`, {
        symbol: v.symbol,
        plannedDate: toIso(v.plannedDate as never),
        fixDate: v.fixDate,
        signerUserId: v.signerUserId ?? null,
        signerLines: lines(v.signerLines as string),
        subject: v.subject,
        bases: lines(v.bases as string),
        achievement: v.achievement,
        fund: v.fund,
        effect: v.effect,
        executors: v.executors,
        recipients: lines(v.recipients as string),
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['decisions'] });
      void message.success('Đã lưu dự thảo.');
      onClose();
    },
    onError: (e) => applyApiError(form, e, { signerLines: 'signerLines', bases: 'bases', recipients: 'recipients' }),
  });
  const c = d.content;
  return (
    <Modal
      title="Sửa dự thảo quyết định"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Lưu dự thảo"
      cancelText="Hủy"
      confirmLoading={m.isPending}
      width={820}
      destroyOnHidden
    >
      {m.error ? <Alert type="error" showIcon message={errorMessage(m.error)} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => m.mutate(v)}
        initialValues={{
          symbol: d.symbol,
          plannedDate: fromIso(c.plannedDate),
          fixDate: c.fixDate,
          signerUserId: d.signerUserId,
          signerLines: c.signerLines.join('\n'),
          subject: c.subject,
          bases: c.bases.join('\n'),
          achievement: c.achievement,
          fund: c.fund,
          effect: c.effect,
          executors: c.executors,
          recipients: c.recipients.join('\n'),
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="symbol" label="Ký hiệu" rules={[{ required: true, message: 'Nhập ký hiệu.' }]}>
            <Input style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="plannedDate" label="Ngày dự kiến" rules={[{ required: true, message: 'Chọn ngày.' }]}>
            <DatePicker format={DATE_FORMATS} />
          </Form.Item>
          <Form.Item name="fixDate" valuePropName="checked" label="Ngày quyết định">
            <Checkbox>Ấn định ngày này (nếu không: ngày ký)</Checkbox>
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="signerUserId" label="Người ký" style={{ flex: 1, minWidth: 240 }}>
            <Select
              loading={signers.isLoading}
              options={(signers.data?.signers ?? []).map((s) => ({
                value: s.id,
                label: `${s.fullName}${s.position ? ` — ${s.position}` : ''}`,
              }))}
              allowClear
            />
          </Form.Item>
          <Form.Item name="signerLines" label="Chức danh ký (mỗi dòng một dòng in)" style={{ flex: 1, minWidth: 240 }}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
          </Form.Item>
        </Flex>
        <Form.Item name="subject" label="Trích yếu" rules={[{ required: true, message: 'Nhập trích yếu.' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="bases" label="Căn cứ (mỗi dòng một căn cứ)">
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} />
        </Form.Item>
        <Form.Item
          name="achievement"
          label="Điều 1 — thành tích"
          rules={[{ required: true, message: 'Nhập nội dung.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="fund" label="Nguồn chi" rules={[{ required: true, message: 'Nhập nguồn chi.' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="effect" label="Điều 2 — hiệu lực" rules={[{ required: true, message: 'Nhập nội dung.' }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="executors"
          label="Điều 3 — tổ chức thực hiện"
          rules={[{ required: true, message: 'Nhập nội dung.' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi)">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RevokeModal({ detail, open, onClose }: { detail: DecisionDetail; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const m = useMutation({
    mutationFn: (v: { reason: string; revokedOn?: unknown; document?: string }) =>
      api.post<RevokeResult>(`/decisions/${detail.decision.id}/revoke`, {
        reason: v.reason,
        revokedOn: toIso(v.revokedOn as never) ?? undefined,
        document: v.document ?? null,
      }),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['decisions'] });
      void message.success(`Đã hủy bỏ quyết định. Số tiền phải thu hồi: ${money(r.recoverTotal)}.`);
      onClose();
    },
    onError: (e) => applyApiError(form, e),
  });
  return (
    <Modal
      title={`Hủy bỏ Quyết định số ${detail.decision.numberText ?? ''}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Hủy bỏ quyết định"
      okButtonProps={{ danger: true }}
      cancelText="Đóng"
      confirmLoading={m.isPending}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message="Điều 93 Luật Thi đua, khen thưởng"
        description={`Khen thưởng của ${detail.items.length} người (tập thể) sẽ bị hủy; hồ sơ khen thưởng vẫn được lưu và đánh dấu đã hủy; tiền thưởng đã chi (${money(detail.decision.totalAmount)}) phải thu hồi.`}
      />
      {m.error ? <Alert type="error" showIcon message={errorMessage(m.error)} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => m.mutate(v)}>
        <Form.Item name="reason" label="Lý do hủy" rules={[{ required: true, message: 'Phải ghi lý do hủy.' }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} placeholder="Ví dụ: kê khai thành tích không trung thực" />
        </Form.Item>
        <Form.Item name="revokedOn" label="Ngày hủy">
          <DatePicker format={DATE_FORMATS} placeholder="Hôm nay" />
        </Form.Item>
        <Form.Item name="document" label="Văn bản quyết định hủy (bắt buộc với cán bộ thường trực)">
          <Input placeholder="Quyết định số …/QĐ-UBND ngày …" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CertificateBatches({ detail }: { detail: DecisionDetail }) {
  const qc = useQueryClient();
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [mode, setMode] = useState<'full' | 'blank'>('full');
  const id = detail.decision.id;
  const list = useQuery({
    queryKey: ['decisions', id, 'certificates'],
    queryFn: () => api.get<CertificateJobList>(`/decisions/${id}/certificate-batches`),
    refetchInterval: (q) => (q.state.data?.items.some((j) => j.status === 'running') ? 700 : false),
  });
  const start = useMutation({
    mutationFn: () => api.post(`/decisions/${id}/certificate-batches`, { format, mode }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['decisions', id, 'certificates'] }),
  });
  return (
    <Card size="small" title="In giấy khen, giấy chứng nhận hàng loạt">
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Radio.Group
          value={format}
          onChange={(e) => setFormat(e.target.value)}
          optionType="button"
          options={[
            { value: 'pdf', label: 'PDF' },
            { value: 'docx', label: 'Word' },
          ]}
          aria-label="Định dạng"
        />
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value)}
          options={[
            { value: 'full', label: 'Giấy A4 (in cả khung)' },
            { value: 'blank', label: 'In trên phôi in sẵn' },
          ]}
          aria-label="Kiểu in"
        />
        <Button
          type="primary"
          icon={<PrinterOutlined aria-hidden />}
          loading={start.isPending}
          onClick={() => start.mutate()}
        >
          In {detail.items.length} giấy khen
        </Button>
      </Flex>
      {start.error ? <Alert type="error" showIcon message={errorMessage(start.error)} /> : null}
      <Flex vertical gap={8}>
        {(list.data?.items ?? []).map((j) => (
          <Flex key={j.id} gap={12} wrap align="center">
            <Typography.Text style={{ minWidth: 150 }}>{fmtDateTime(j.createdAt)}</Typography.Text>
            <Progress
              percent={j.total ? Math.round((j.processed / j.total) * 100) : 0}
              status={j.status === 'failed' ? 'exception' : j.status === 'done' ? 'success' : 'active'}
              style={{ width: 220, margin: 0 }}
              format={() => `${j.processed}/${j.total}`}
              aria-label="Tiến độ in"
            />
            {j.status === 'done' ? (
              <Button size="small" href={downloadUrl(`/decisions/certificate-batches/${j.id}/file`)} download>
                Tải {j.fileName}
              </Button>
            ) : j.status === 'failed' ? (
              <Typography.Text type="danger">{j.error}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">Đang in… có thể rời trang và quay lại sau.</Typography.Text>
            )}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

export function DecisionContentPreview({ detail }: { detail: DecisionDetail }) {
  const c = detail.decision.content;
  const total = detail.items.reduce((s, i) => s + (i.payable ?? 0), 0);
  return (
    <div className="decision-preview">
      <Typography.Paragraph strong style={{ textAlign: 'center', marginBottom: 4 }}>
        QUYẾT ĐỊNH
      </Typography.Paragraph>
      <Typography.Paragraph strong style={{ textAlign: 'center' }}>
        {c.subject}
      </Typography.Paragraph>
      <Typography.Paragraph strong style={{ textAlign: 'center' }}>
        {c.authority}
      </Typography.Paragraph>
      {c.bases.map((b) => (
        <Typography.Paragraph key={b} italic style={{ marginBottom: 4 }}>{`${b};`}</Typography.Paragraph>
      ))}
      <Typography.Paragraph strong style={{ textAlign: 'center', marginTop: 8 }}>
        QUYẾT ĐỊNH:
      </Typography.Paragraph>
      <Typography.Paragraph>
        <b>Điều 1.</b> Khen thưởng {detail.items.length} người (tập thể) có tên trong danh sách kèm theo,{' '}
        {c.achievement}. Tổng số tiền thưởng: {money(total)} ({moneyWords(total)}), chi từ {c.fund}.
      </Typography.Paragraph>
      <Typography.Paragraph>
        <b>Điều 2.</b> {c.effect}
      </Typography.Paragraph>
      <Typography.Paragraph>
        <b>Điều 3.</b> {c.executors} chịu trách nhiệm thi hành Quyết định này./.
      </Typography.Paragraph>
    </div>
  );
}

export function DecisionPage() {
  const { id } = useParams();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['decisions', 'detail', id],
    queryFn: () => api.get<DecisionDetail>(`/decisions/${id}`),
  });
  const [editOpen, setEditOpen] = useState(false);
  const [revokeOpen, setRevokeOpen] = useState(false);
  const title = q.data
    ? q.data.decision.numberText
      ? `Quyết định số ${q.data.decision.numberText}`
      : 'Dự thảo quyết định khen thưởng'
    : 'Quyết định';
  useDocumentTitle(title);
  const submit = useMutation({
    mutationFn: () => api.post(`/decisions/${id}/submit`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['decisions'] });
      void message.success('Đã trình ký.');
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const sign = useMutation({
    mutationFn: (number?: number) => api.post<SignResult>(`/decisions/${id}/sign`, number ? { number } : {}),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['decisions'] });
      void message.success(`Đã ký ban hành Quyết định số ${r.numberText} ngày ${fmtDate(r.decisionDate)}.`);
    },
  });
  if (q.isLoading) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const detail = q.data!;
  const d = detail.decision;
  const blocked = detail.items.filter((i) => i.notice && !i.notice.ok);
  // The number comes from the body's register: the next one is proposed, the văn thư confirms it or
  // enters the number of the paper register (never one already used).
  const confirmSign = async () => {
    let reg: RegisterPosition;
    try {
      reg = await api.get<RegisterPosition>(`/decisions/${id}/next-number`);
    } catch (e) {
      void message.error(errorMessage(e));
      return;
    }
    let number = reg.next;
    modal.confirm({
      title: 'Ký ban hành quyết định?',
      content: (
        <Flex vertical gap={8}>
          <span>
            Ghi khen thưởng cho {detail.items.length} trường hợp với tổng tiền thưởng {money(d.totalAmount)}. Sau khi ký
            không thể sửa.
          </span>
          <label>
            Số quyết định (sổ {reg.symbol} năm {reg.year}):{' '}
            <InputNumber
              aria-label="Số quyết định"
              min={reg.last + 1}
              max={99999}
              defaultValue={reg.next}
              onChange={(v) => (number = typeof v === 'number' ? v : reg.next)}
            />{' '}
            /{reg.symbol}
          </label>
          <small className="muted">
            Số tiếp theo trong sổ là {reg.next} (số đã dùng gần nhất: {reg.last || 'chưa có'}). Nhập số khác nếu sổ văn
            bản của cơ quan đã dùng đến số lớn hơn.
          </small>
        </Flex>
      ),
      okText: 'Ký ban hành',
      cancelText: 'Xem lại',
      onOk: () =>
        sign.mutateAsync(number).catch((e) => {
          void message.error(errorMessage(e));
        }),
    });
  };
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {title}
            <DecisionStatusTag d={d} />
          </Space>
        }
        subtitle={<Link to={`/quyet-dinh/dot/${d.roundId}`}>{detail.round.name}</Link>}
        actions={
          <>
            {detail.canEdit ? (
              <>
                <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditOpen(true)}>
                  Sửa dự thảo
                </Button>
                <Button
                  type={detail.canSign ? 'default' : 'primary'}
                  icon={<SendOutlined aria-hidden />}
                  loading={submit.isPending}
                  disabled={!!d.content.submittedAt}
                  onClick={() => submit.mutate()}
                >
                  {d.content.submittedAt ? 'Đã trình ký' : 'Trình ký'}
                </Button>
              </>
            ) : null}
            {detail.canSign ? (
              <Button type="primary" onClick={() => void confirmSign()} loading={sign.isPending}>
                Ký ban hành
              </Button>
            ) : null}
            {detail.canRevoke ? (
              <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setRevokeOpen(true)}>
                Hủy bỏ quyết định
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        {d.status === 'draft' && blocked.length ? (
          <Alert
            type="warning"
            showIcon
            message="Chưa thể ký"
            description={`${blocked.length} người (tập thể): ${blocked[0].displayName} — ${blocked[0].notice!.message}.`}
          />
        ) : null}
        {sign.error ? <Alert type="error" showIcon message={errorMessage(sign.error)} /> : null}
        {d.status === 'revoked' ? (
          <Alert
            type="error"
            showIcon
            message={`Đã hủy bỏ ngày ${fmtDate(d.revokedOn)}`}
            description={
              <>
                Lý do: {d.revokeReason}
                {d.content.revokeDocument ? ` (${d.content.revokeDocument})` : ''}. Tổng số tiền phải thu hồi:{' '}
                <b>{money(detail.recovery?.total ?? 0)}</b>.
              </>
            }
          />
        ) : null}
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label="Số, ký hiệu">{d.numberText ?? `…/${d.symbol}`}</Descriptions.Item>
            <Descriptions.Item label="Ngày">
              {d.decisionDate
                ? fmtDate(d.decisionDate)
                : `${fmtDate(d.content.plannedDate)} (dự kiến${d.content.fixDate ? ', ấn định' : ''})`}
            </Descriptions.Item>
            <Descriptions.Item label="Người ký">
              {d.signerName ?? EMPTY}
              {d.signerTitle ? ` (${d.signerTitle.replace('\n', ' – ')})` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="Cơ quan">{d.issuer}</Descriptions.Item>
            <Descriptions.Item label="Tổng tiền thưởng">
              <span>
                <span style={{ whiteSpace: 'nowrap' }}>{money(d.totalAmount)}</span>{' '}
                <Typography.Text type="secondary">({moneyWords(d.totalAmount)})</Typography.Text>
              </span>
            </Descriptions.Item>
            <Descriptions.Item label="Số người (tập thể)">{detail.items.length}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title="Tài liệu">
          <Flex gap={8} wrap>
            <DownloadButton
              path={`/decisions/${d.id}/document`}
              query={{ format: 'docx' }}
              label={d.status === 'draft' ? 'Dự thảo (Word)' : 'Quyết định (Word)'}
              primary
            />
            <DownloadButton
              path={`/decisions/${d.id}/document`}
              query={{ format: 'pdf' }}
              label={d.status === 'draft' ? 'Dự thảo (PDF)' : 'Quyết định (PDF)'}
            />
            {d.status !== 'draft' ? (
              <>
                <DownloadButton
                  path={`/decisions/${d.id}/payment-list`}
                  query={{ format: 'docx' }}
                  label="Danh sách chi tiền thưởng (Word)"
                />
                <DownloadButton
                  path={`/decisions/${d.id}/payment-list`}
                  query={{ format: 'pdf' }}
                  label="Danh sách chi (PDF)"
                />
              </>
            ) : null}
          </Flex>
        </Card>
        {!d.external ? (
          <Card size="small" title="Nội dung quyết định">
            <DecisionContentPreview detail={detail} />
          </Card>
        ) : null}
        <Card size="small" title="Danh sách kèm theo">
          <ItemsTable
            items={detail.items}
            showRecover={d.status === 'revoked'}
            extra={
              d.status === 'signed' && !d.external
                ? [
                    {
                      title: 'Giấy khen',
                      key: 'cert',
                      width: 200,
                      render: (_, r) => (
                        <Space size={4} wrap>
                          <Button
                            size="small"
                            href={downloadUrl(`/decisions/${d.id}/certificates/${r.nomineeId}`, { format: 'docx' })}
                            download
                            aria-label={`Giấy khen của ${r.displayName} (Word)`}
                          >
                            Word
                          </Button>
                          <Button
                            size="small"
                            href={downloadUrl(`/decisions/${d.id}/certificates/${r.nomineeId}`, { format: 'pdf' })}
                            download
                            aria-label={`Giấy khen của ${r.displayName} (PDF)`}
                          >
                            PDF
                          </Button>
                          <Button
                            size="small"
                            href={downloadUrl(`/decisions/${d.id}/certificates/${r.nomineeId}`, {
                              format: 'pdf',
                              mode: 'blank',
                            })}
                            download
                            aria-label={`In phôi giấy khen của ${r.displayName}`}
                          >
                            Phôi
                          </Button>
                        </Space>
                      ),
                    },
                  ]
                : undefined
            }
          />
        </Card>
        {d.status === 'signed' && !d.external ? <CertificateBatches detail={detail} /> : null}
        {d.status !== 'draft' && !d.external ? <DecisionPaymentCard decisionId={d.id} /> : null}
        <ButtonLink to={`/quyet-dinh/dot/${d.roundId}`} style={{ alignSelf: 'flex-start' }}>
          Về đợt xét
        </ButtonLink>
      </Flex>
      {editOpen ? <EditModal detail={detail} open onClose={() => setEditOpen(false)} /> : null}
      {revokeOpen ? <RevokeModal detail={detail} open onClose={() => setRevokeOpen(false)} /> : null}
    </>
  );
}
