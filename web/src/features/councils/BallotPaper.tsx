// The member's ballot paper: one choice per nominee (or stepping aside with a reason), the
// confirmation before casting and the receipt code shown once.
import { SafetyOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Flex, Input, Modal, Radio, Result, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { BALLOT_CHOICE_LABELS, BALLOT_CHOICES } from '../../../../src/domain/rounds/vocab';
import { api, errorMessage } from '../../ui/api';
import { positionLine } from '../../ui/format';
import { meetingKeys } from './keys';
import type { BallotChoice } from '../../../../src/domain/rounds/vocab';
import type { CastResult, Meeting, MeetingItem } from './types';
import { verdictStatus } from '../eligibility/labels';
import { StatusTag } from '../eligibility/parts';

interface Mark {
  choice?: BallotChoice;
  recuse?: boolean;
  reason?: string;
}

function NomineeBrief({ item }: { item: MeetingItem }) {
  const v = item.verdict;
  return (
    <details className="ballot-brief">
      <summary>
        Thành tích và kết quả xét điều kiện{' '}
        {v && (
          <StatusTag
            status={verdictStatus({ eligible: v.eligible, withheld: v.withheld, status: v.status })}
            text={v.statusText}
          />
        )}
      </summary>
      <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: '6px 0' }}>
        {item.achievement || 'Đơn vị chưa ghi tóm tắt thành tích.'}
      </Typography.Paragraph>
      {v && (
        <ul className="plain-list">
          {v.criteria.map((c, k) => (
            <li key={k}>
              <b>{c.met === true ? 'Đạt' : c.met === false ? 'Chưa đạt' : 'Hội đồng đánh giá'}:</b> {c.message}
            </li>
          ))}
        </ul>
      )}
      {v?.overrideReason && (
        <Typography.Paragraph type="secondary">
          Cơ quan thường trực chấp nhận khác kết quả xét điều kiện, lý do: {v.overrideReason}
        </Typography.Paragraph>
      )}
    </details>
  );
}

export function BallotPaper({ m }: { m: Meeting }) {
  const [marks, setMarks] = useState<Record<string, Mark>>(() =>
    Object.fromEntries(m.viewer.myRecusals.map((n) => [n, { recuse: true, reason: 'Đã đăng ký trước' }])),
  );
  const [confirming, setConfirming] = useState(false);
  const [receipt, setReceipt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const qc = useQueryClient();
  const set = (id: string, patch: Mark) => setMarks((x) => ({ ...x, [id]: { ...x[id], ...patch } }));
  // "Agree to all": marks "Đồng ý" on every item the member takes part in; each stays changeable
  // until the paper is cast (nothing is sent until the confirmation).
  const agreeToAll = () =>
    setMarks((x) =>
      Object.fromEntries(
        m.items.map((i) => [
          i.nomineeId,
          x[i.nomineeId]?.recuse ? x[i.nomineeId]! : { ...x[i.nomineeId], choice: 'yes' as const },
        ]),
      ),
    );
  const missing = m.items.filter((i) => {
    const k = marks[i.nomineeId];
    return k?.recuse ? !k.reason?.trim() : !k?.choice;
  });
  const cast = useMutation({
    mutationFn: () =>
      api.post<CastResult>(`/meetings/${m.id}/ballot`, {
        choices: m.items
          .filter((i) => !marks[i.nomineeId]?.recuse)
          .map((i) => ({ nomineeId: i.nomineeId, choice: marks[i.nomineeId]!.choice })),
        recusals: m.items
          .filter((i) => marks[i.nomineeId]?.recuse && !m.viewer.myRecusals.includes(i.nomineeId))
          .map((i) => ({ nomineeId: i.nomineeId, reason: marks[i.nomineeId]!.reason!.trim() })),
      }),
    onSuccess: (r) => {
      setConfirming(false);
      setReceipt(r.receiptCode);
    },
    onError: (e) => {
      setConfirming(false);
      setError(errorMessage(e));
    },
  });
  const finish = () => {
    setReceipt(null);
    void qc.invalidateQueries({ queryKey: meetingKeys.detail(m.id) });
    void qc.invalidateQueries({ queryKey: meetingKeys.mine() });
  };
  return (
    <Card
      title={
        <span>
          <SafetyOutlined aria-hidden /> Phiếu bầu kín
        </span>
      }
    >
      <Typography.Paragraph type="secondary">
        Chọn một ý kiến cho từng người (tập thể). Nếu có xung đột lợi ích, đánh dấu “Không tham gia biểu quyết” và ghi
        lý do. Phiếu chỉ được bỏ một lần; không ai, kể cả quản trị hệ thống, xem được bạn đã chọn gì.
      </Typography.Paragraph>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Button onClick={agreeToAll}>Đồng ý tất cả</Button>
        <Typography.Text type="secondary">
          Đánh dấu “Đồng ý” cho mọi nội dung; vẫn sửa được từng nội dung trước khi bỏ phiếu.
        </Typography.Text>
      </Flex>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 12 }}
          closable={{ onClose: () => setError(null) }}
        />
      )}
      <Flex vertical gap={12}>
        {m.items.map((i) => {
          const k = marks[i.nomineeId] ?? {};
          const locked = m.viewer.myRecusals.includes(i.nomineeId);
          const labelId = `item-${i.nomineeId}`;
          return (
            <Card key={i.nomineeId} size="small" type="inner" className="ballot-item">
              <Flex gap={12} wrap justify="space-between" align="start">
                <div style={{ minWidth: 220, flex: '1 1 260px' }}>
                  <Typography.Text strong id={labelId}>
                    {i.ordinal}. {i.displayName}
                  </Typography.Text>
                  <br />
                  <small className="muted">
                    {positionLine(i.positionText, i.unitName)} — đề nghị <b>{i.awardName}</b>
                  </small>
                  <br />
                  <small className="muted">
                    Cần đạt: {i.threshold.text.charAt(0).toLowerCase() + i.threshold.text.slice(1)}
                  </small>
                  <NomineeBrief item={i} />
                </div>
                <Flex vertical gap={6} style={{ flex: '1 1 300px' }}>
                  <Radio.Group
                    aria-labelledby={labelId}
                    disabled={k.recuse}
                    value={k.recuse ? undefined : k.choice}
                    onChange={(e) => set(i.nomineeId, { choice: e.target.value })}
                    options={BALLOT_CHOICES.map((c) => ({ value: c, label: BALLOT_CHOICE_LABELS[c] }))}
                  />
                  <Checkbox
                    checked={!!k.recuse}
                    disabled={locked}
                    onChange={(e) => set(i.nomineeId, { recuse: e.target.checked })}
                  >
                    Không tham gia biểu quyết (xung đột lợi ích)
                  </Checkbox>
                  {k.recuse && !locked && (
                    <Input
                      aria-label={`Lý do không tham gia biểu quyết: ${i.displayName}`}
                      placeholder="Lý do (bắt buộc)"
                      maxLength={500}
                      value={k.reason}
                      onChange={(e) => set(i.nomineeId, { reason: e.target.value })}
                      status={k.reason?.trim() ? undefined : 'error'}
                    />
                  )}
                </Flex>
              </Flex>
            </Card>
          );
        })}
      </Flex>
      <Flex gap={12} align="center" wrap style={{ marginTop: 16 }}>
        <Button type="primary" size="large" disabled={missing.length > 0} onClick={() => setConfirming(true)}>
          Bỏ phiếu
        </Button>
        {missing.length > 0 && (
          <Typography.Text type="secondary">Còn {missing.length} nội dung chưa chọn.</Typography.Text>
        )}
      </Flex>
      <Modal
        open={confirming}
        title="Xác nhận bỏ phiếu"
        okText="Xác nhận bỏ phiếu"
        cancelText="Xem lại"
        onOk={() => cast.mutate()}
        confirmLoading={cast.isPending}
        onCancel={() => setConfirming(false)}
      >
        <Typography.Paragraph>
          Sau khi bỏ phiếu, bạn không thể sửa hay bỏ phiếu lại. Phiếu của bạn:
        </Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          rowKey="nomineeId"
          dataSource={m.items}
          columns={[
            { title: 'TT', dataIndex: 'ordinal', width: 44 },
            { title: 'Họ và tên', dataIndex: 'displayName' },
            {
              title: 'Ý kiến',
              render: (_, i) =>
                marks[i.nomineeId]?.recuse ? (
                  <Tag>Không tham gia biểu quyết</Tag>
                ) : (
                  BALLOT_CHOICE_LABELS[marks[i.nomineeId]?.choice ?? 'abstain']
                ),
            },
          ]}
        />
      </Modal>
      <Modal
        open={receipt !== null}
        title="Đã bỏ phiếu"
        closable={false}
        maskClosable={false}
        keyboard={false}
        footer={
          <Button type="primary" onClick={finish}>
            Tôi đã ghi lại mã
          </Button>
        }
      >
        <Result
          status="success"
          title="Phiếu của bạn đã vào hòm phiếu"
          subTitle="Mã xác nhận phiếu chỉ hiện MỘT LẦN. Hãy chép hoặc ghi lại để tự kiểm tra phiếu của mình có trong hòm phiếu; hệ thống không lưu mã này."
          extra={
            <Typography.Title
              level={2}
              copyable={{ text: receipt ?? '', tooltips: ['Sao chép mã', 'Đã sao chép'] }}
              style={{ fontFamily: 'monospace', letterSpacing: 2 }}
              aria-label="Mã xác nhận phiếu"
            >
              {receipt}
            </Typography.Title>
          }
        />
      </Modal>
    </Card>
  );
}
