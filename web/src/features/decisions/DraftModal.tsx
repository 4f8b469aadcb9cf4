// Drafting a decision from the council's result: symbol, planned date, signer and the nominees
// passed by the council (all ticked; the officer may leave some out).
import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Flex, Form, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { api } from '../../ui/api';
import { DATE_FORMATS, fmtDate, positionLine, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { decisionKeys } from './keys';
import type { Created, RoundNominee, RoundView } from './types';

/**
 * The whole list of those the council passed, one row each (name, position and unit, award, public
 * notice), ticked by default: the officer sees every name that will go into the decision and can
 * leave some out. A form control (value: the chosen ids).
 */
function NomineePicker({
  candidates,
  value = [],
  onChange,
}: {
  candidates: RoundNominee[];
  value?: string[];
  onChange?: (ids: string[]) => void;
}) {
  const columns: TableColumnsType<RoundNominee> = [
    {
      title: 'Họ tên (tập thể)',
      dataIndex: 'displayName',
      render: (name: string, r) => (
        <span>
          {name}
          <br />
          <small className="muted">{positionLine(r.positionText, r.unitName)}</small>
        </span>
      ),
    },
    { title: 'Danh hiệu, hình thức', dataIndex: 'awardName' },
    {
      title: 'Công khai',
      key: 'notice',
      render: (_, r) =>
        r.notice === null ? (
          <span className="muted">—</span>
        ) : r.notice.ok ? (
          <Tag color="success">Đã xong</Tag>
        ) : (
          <Tag color="warning">{r.notice.message}</Tag>
        ),
    },
  ];
  return (
    <>
      <Typography.Text type="secondary">
        Đã chọn {value.length}/{candidates.length}
      </Typography.Text>
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={candidates}
        pagination={false}
        scroll={{ y: 320 }}
        rowSelection={{ selectedRowKeys: value, onChange: (keys) => onChange?.(keys.map(String)) }}
        locale={{ emptyText: 'Không còn ai được Hội đồng thông qua mà chưa có quyết định.' }}
      />
    </>
  );
}

interface DraftValues {
  symbol: string;
  plannedDate?: Dayjs | null;
  signerUserId?: string;
  nomineeIds: string[];
}

export function DraftModal({ view, open, onClose }: { view: RoundView; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const candidates = view.nominees.filter((n) => n.status === 'passed' && n.decidesHere && !n.decisionId);
  const state = useFormModal<DraftValues, Created>({
    open,
    initialValues: () => ({
      symbol: 'QĐ-UBND',
      signerUserId: view.signers[0]?.id,
      nomineeIds: candidates.map((c) => c.id),
    }),
    submit: (v) =>
      api.post<Created>(`/decisions/rounds/${view.round.id}/drafts`, {
        symbol: v.symbol,
        plannedDate: toIso(v.plannedDate) ?? undefined,
        signerUserId: v.signerUserId ?? null,
        nomineeIds: v.nomineeIds,
      }),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: decisionKeys.all });
      void message.success('Đã lập dự thảo quyết định.');
      void navigate(`/quyet-dinh/${r.id}`);
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Lập dự thảo quyết định khen thưởng"
      okText="Lập dự thảo"
      width={720}
      name="decision-draft"
    >
      <Flex gap={12} wrap>
        <Form.Item
          name="symbol"
          label="Ký hiệu"
          rules={[{ required: true, message: 'Nhập ký hiệu.' }]}
          style={{ minWidth: 160 }}
        >
          <Input />
        </Form.Item>
        <Form.Item name="plannedDate" label="Ngày dự kiến ký" style={{ minWidth: 180 }}>
          <DatePicker format={DATE_FORMATS} placeholder={fmtDate(view.round.decisionBy)} />
        </Form.Item>
        <Form.Item name="signerUserId" label="Người ký" style={{ minWidth: 240, flex: 1 }}>
          <Select
            options={view.signers.map((s) => ({
              value: s.id,
              label: `${s.fullName}${s.position ? ` — ${s.position}` : ''}`,
            }))}
            allowClear
            placeholder="Chọn người ký"
          />
        </Form.Item>
      </Flex>
      <Form.Item
        name="nomineeIds"
        label={`Người (tập thể) đưa vào quyết định (${candidates.length} đủ điều kiện)`}
        rules={[{ required: true, message: 'Chọn ít nhất một người.' }]}
      >
        <NomineePicker candidates={candidates} />
      </Form.Item>
    </FormModal>
  );
}
