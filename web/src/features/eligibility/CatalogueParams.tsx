// The catalogue page's base salary and parameter tabs: what is in force on the date, and the
// administrator's change from a date.
import { EditOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { EMPTY, fmtDate, fmtMoney, fmtNumber, matches } from '../../ui/format';
import { formatParamValue, splitParamLabel } from './labels';
import { MarkTag } from './parts';
import type { BaseSalaryRow, Catalogue, ParamInfo } from './types';

// ---- Base salary ----

function inForceFrom<T extends { from: string }>(rows: T[], date: string): T | undefined {
  return [...rows].filter((r) => r.from <= date).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
}

export function BaseSalaryTab({ data, onAdd }: { data: Catalogue; onAdd?: () => void }) {
  const current = inForceFrom(data.baseSalary, data.date);
  const unit = data.params.find((p) => p.key === 'params.rounding.unit');
  const mode = data.params.find((p) => p.key === 'params.rounding.mode');
  const columns: TableColumnsType<BaseSalaryRow> = [
    {
      title: 'Áp dụng từ ngày',
      dataIndex: 'from',
      width: 160,
      render: (d: string, r) => (
        <>
          {fmtDate(d)} {r === current && <Tag color="green">Đang áp dụng</Tag>}
        </>
      ),
    },
    {
      title: 'Mức lương cơ sở',
      dataIndex: 'value',
      width: 170,
      align: 'right',
      render: (v: number) => <strong>{fmtMoney(v)}</strong>,
    },
    { title: 'Căn cứ', dataIndex: 'citation', render: (c: string) => c },
    {
      title: 'Mức độ kiểm chứng',
      dataIndex: 'mark',
      width: 200,
      render: (m: BaseSalaryRow['mark']) => <MarkTag mark={m} showVerified />,
    },
  ];
  return (
    <Card
      title="Mức lương cơ sở theo ngày hiệu lực"
      extra={
        onAdd ? (
          <Button icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
            Thêm mức lương cơ sở
          </Button>
        ) : undefined
      }
      styles={{ body: { padding: 0 } }}
    >
      <Typography.Paragraph style={{ padding: '12px 16px 0' }}>
        Tiền thưởng = hệ số × mức lương cơ sở có hiệu lực vào ngày ký quyết định khen thưởng
        {unit && mode
          ? `, ${formatParamValue('enum', mode.key, mode.value).toLowerCase()} đến ${formatParamValue('integer', unit.key, unit.value)}`
          : ''}
        .
        {unit?.mark && (
          <>
            {' '}
            <MarkTag mark={unit.mark} />
          </>
        )}
      </Typography.Paragraph>
      <Table<BaseSalaryRow>
        rowKey="from"
        size="middle"
        columns={columns}
        dataSource={data.baseSalary}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}

// ---- Parameters ----

const appliedKeys = (applied: string[]) => new Set(applied.map((a) => a.slice(0, a.lastIndexOf('@'))));

export function ParamsTab({ data, onChange }: { data: Catalogue; onChange?: (p: ParamInfo) => void }) {
  const [text, setText] = useState('');
  const [group, setGroup] = useState<string | undefined>();
  const [onlyUnverified, setOnlyUnverified] = useState(false);
  const applied = useMemo(() => appliedKeys(data.rules.appliedOverrides), [data.rules.appliedOverrides]);
  const groups = useMemo(
    () => [
      { value: 'params', label: 'Tham số chung (lương, làm tròn, kỷ luật, năm học)' },
      { value: 'procedure', label: 'Thủ tục (tỷ lệ biểu quyết, công khai, thời hạn thẩm định)' },
      ...data.awards.map((a) => ({ value: `awards.${a.code}`, label: a.name })),
    ],
    [data.awards],
  );
  const rows = data.params.filter(
    (p) =>
      (!group || p.key.startsWith(`${group}.`)) &&
      (!onlyUnverified || p.mark === 'U' || p.mark === 'R') &&
      (!text.trim() || matches(`${p.label} ${p.key} ${p.basis ?? ''}`, text)),
  );
  const columns: TableColumnsType<ParamInfo> = [
    {
      title: 'Tham số',
      dataIndex: 'label',
      width: 380,
      render: (label: string, p) => {
        const [owner, rest] = splitParamLabel(label);
        return (
          <div>
            {owner && <div className="param-owner">{owner}</div>}
            <div>{rest}</div>
            <code className="param-key">{p.key}</code>
          </div>
        );
      },
    },
    {
      title: 'Giá trị hiện hành',
      key: 'value',
      width: 160,
      render: (_v, p) => (
        <div>
          <strong>{formatParamValue(p.type, p.key, p.value)}</strong>
          {applied.has(p.key) && (
            <div>
              <Tag color="purple">Đã điều chỉnh</Tag>
            </div>
          )}
        </div>
      ),
    },
    {
      title: 'Căn cứ',
      dataIndex: 'basis',
      width: 240,
      render: (b: string | undefined, p) =>
        p.type === 'dated-table' ? (
          <span className="muted">Căn cứ của từng mức: xem thẻ “Mức lương cơ sở”</span>
        ) : b ? (
          <span className="criterion-basis">{b}</span>
        ) : (
          <span className="muted">Cấu hình của hệ thống</span>
        ),
    },
    {
      title: 'Mức độ kiểm chứng',
      dataIndex: 'mark',
      width: 140,
      render: (m: ParamInfo['mark']) => (m ? <MarkTag mark={m} showVerified /> : EMPTY),
    },
    ...(onChange
      ? [
          {
            title: 'Thao tác',
            key: 'action',
            width: 110,
            render: (_v: unknown, p: ParamInfo) => (
              <Button
                size="small"
                icon={<EditOutlined aria-hidden />}
                onClick={() => onChange(p)}
                aria-label={`Thay đổi: ${p.label}`}
              >
                Thay đổi
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Form
        layout="inline"
        className="filter-bar"
        style={{ padding: '12px 16px 4px' }}
        role="search"
        aria-label="Lọc tham số"
      >
        <Form.Item label="Tìm" htmlFor="param-q">
          <Input
            id="param-q"
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder="Tên tham số, căn cứ…"
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: 240 }}
          />
        </Form.Item>
        <Form.Item label="Thuộc" htmlFor="param-group">
          <Select
            id="param-group"
            allowClear
            placeholder="Tất cả"
            value={group}
            onChange={setGroup}
            options={groups}
            style={{ width: 280 }}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        {onChange && (
          <Form.Item>
            <Checkbox checked={onlyUnverified} onChange={(e) => setOnlyUnverified(e.target.checked)}>
              Chỉ hiện nội dung cần đối chiếu
            </Checkbox>
          </Form.Item>
        )}
      </Form>
      <Table<ParamInfo>
        rowKey="key"
        size="middle"
        columns={columns}
        dataSource={rows}
        scroll={{ x: onChange ? 1030 : 920 }}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 200],
          showTotal: (t) => `${fmtNumber(t)} tham số`,
          style: { padding: '0 16px' },
        }}
        locale={{ emptyText: 'Không có tham số nào phù hợp.' }}
      />
    </Card>
  );
}
