// /quyet-dinh/:id: one decision. The office edits the draft's texts and sends it to the signer;
// the signer reads the content and the list and signs (with a confirmation); once signed: the
// documents (decision, payment list, a certificate, a batch of certificates with progress the user
// may leave and come back to) and revocation (Law Art. 93) with the money to recover.
import { EditOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, downloadUrl, errorMessage } from '../../ui/api';
import { EMPTY, fmtDate } from '../../ui/format';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { DecisionPaymentCard } from '../fund/DecisionPaymentCard';
import { CertificateBatches } from './CertificateBatches';
import { DecisionContentPreview } from './ContentPreview';
import { EditModal } from './EditModal';
import { decisionKeys } from './keys';
import { DecisionStatusTag, DownloadButton, ItemsTable, money, moneyWords } from './parts';
import { RevokeModal } from './RevokeModal';
import type { DecisionDetail, RegisterPosition, SignResult } from './types';

export function DecisionPage() {
  const { id } = useParams();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: decisionKeys.detail(id),
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
      void qc.invalidateQueries({ queryKey: decisionKeys.all });
      void message.success('Đã trình ký.');
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const sign = useMutation({
    mutationFn: (number?: number) => api.post<SignResult>(`/decisions/${id}/sign`, number ? { number } : {}),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: decisionKeys.all });
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
