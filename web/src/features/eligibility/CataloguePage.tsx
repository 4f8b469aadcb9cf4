// /danh-muc: the rules in force on a date — the rule set and its legal texts, the award catalogue
// with criteria and their basis, the base salary table, the overridable parameters (administrators
// change them from a date, with a reason) and the history of those changes. Facts the reference
// could not verify carry an orange "Chưa kiểm chứng" tag; recalled ones a grey tag.
import { EditOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, EMPTY, fmtDate, fmtDateTime, fmtMoney, fmtNumber, matches, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import type { AuditEntry, Page } from '../../ui/types';
import { CATEGORY_LABELS, formatParamValue, PERIOD_TYPE_LABELS, splitParamLabel, SUBJECT_KIND_LABELS } from './labels';
import { ParamChangeModal } from './ParamChangeModal';
import { ProcedureConfirmations } from './ProcedureConfirmations';
import { MarkTag } from './parts';
import { ProvinceSources } from './ProvinceSources';
import type { BaseSalaryRow, Catalogue, CatalogueAward, ParamInfo, RuleOverrideRow, RuleSetInfo } from './types';
import { catalogueKeys, eligibilityAuditKeys, eligibilityKeys } from './keys';

type TabKey = 'danh-hieu' | 'luong-co-so' | 'tham-so' | 'lich-su' | 'bo-quy-dinh';
const TABS: TabKey[] = ['danh-hieu', 'luong-co-so', 'tham-so', 'lich-su', 'bo-quy-dinh'];

// ---- Awards ----

function AwardCriteria({ award }: { award: CatalogueAward }) {
  return (
    <div className="catalogue-criteria">
      <Typography.Text strong>Tiêu chuẩn</Typography.Text>
      <ol className="criteria-ol">
        {award.criteria.map((c) => (
          <li key={c.id}>
            <div>
              {c.label}
              {c.kind === 'judgement' && (
                <Tag color="blue" style={{ marginInlineStart: 8 }}>
                  Hội đồng xem xét
                </Tag>
              )}
              <MarkTag mark={c.mark} />
            </div>
            <div className="criterion-basis">{c.basis}</div>
          </li>
        ))}
      </ol>
      <div className="criterion-basis" style={{ marginTop: 8 }}>
        Ngoài ra, mọi danh hiệu, hình thức đều xét: chưa được tặng cho cùng thành tích trong kỳ, không bị kỷ luật, không
        có khiếu nại, thanh tra, điều tra đang giải quyết.
      </div>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 12 }}
        items={[
          { key: 'bonus', label: 'Căn cứ mức tiền thưởng', children: award.bonusBasis },
          { key: 'decided', label: 'Căn cứ thẩm quyền quyết định', children: award.decidedByBasis },
        ]}
      />
    </div>
  );
}

function AwardsTab({ awards }: { awards: CatalogueAward[] }) {
  const [expanded, setExpanded] = useState<string[]>([]);
  const all = expanded.length === awards.length;
  const columns: TableColumnsType<CatalogueAward> = [
    {
      title: 'Danh hiệu, hình thức',
      dataIndex: 'name',
      width: 240,
      render: (name: string, a) => (
        <div>
          <div style={{ fontWeight: 600 }}>{name}</div>
          <div className="muted" style={{ fontSize: 12 }}>
            {a.code} · {a.periodTypes.map((p) => PERIOD_TYPE_LABELS[p] ?? p).join(', ')}
          </div>
          {!a.contract && (
            <Tag
              color="purple"
              style={{ marginTop: 4 }}
              title="Mã này dùng trong hệ thống; không thuộc bảng mã của hợp đồng dữ liệu xét điều kiện (CLI, API evaluate)"
            >
              Ngoài hợp đồng dữ liệu
            </Tag>
          )}
        </div>
      ),
    },
    {
      title: 'Loại',
      dataIndex: 'category',
      width: 160,
      render: (c: CatalogueAward['category'], a) => (
        <div>
          <Tag color={c === 'title' ? 'geekblue' : 'gold'}>{CATEGORY_LABELS[c]}</Tag>
          {a.rank !== null && (
            <div
              className="muted"
              style={{ fontSize: 12, marginTop: 4 }}
              title="Cùng một kỳ đạt nhiều danh hiệu thì chỉ nhận tiền thưởng của danh hiệu có bậc cao nhất"
            >
              Bậc {a.rank}
            </div>
          )}
        </div>
      ),
    },
    {
      title: 'Đối tượng',
      dataIndex: 'subjectKinds',
      width: 140,
      render: (kinds: CatalogueAward['subjectKinds']) => kinds.map((k) => SUBJECT_KIND_LABELS[k]).join(', '),
    },
    {
      title: 'Cấp quyết định',
      dataIndex: 'decidedBy',
      width: 250,
      render: (d: string) => d,
    },
    {
      title: 'Hệ số tiền thưởng (× lương cơ sở)',
      key: 'multipliers',
      width: 220,
      render: (_v, a) =>
        a.bonusUndetermined ? (
          <div style={{ maxWidth: 260, whiteSpace: 'normal' }}>
            <strong>Theo hình thức được tặng</strong>
            <div className="muted" style={{ fontSize: 12 }}>
              {a.bonusUndetermined}
            </div>
          </div>
        ) : (
          <div style={{ maxWidth: 260, whiteSpace: 'normal' }}>
            <ul className="plain-list multiplier-list">
              {(Object.entries(a.multipliers) as [keyof typeof SUBJECT_KIND_LABELS, number][]).map(([kind, m]) => (
                <li key={kind}>
                  {SUBJECT_KIND_LABELS[kind]}: <strong>{m.toLocaleString('vi-VN')}</strong>{' '}
                  <MarkTag mark={a.bonusMarks[kind]} />
                </li>
              ))}
            </ul>
            {a.bonusNote && (
              <div className="muted" style={{ fontSize: 12 }}>
                {a.bonusNote}
              </div>
            )}
          </div>
        ),
    },
  ];
  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ padding: '12px 16px' }}>
        <Typography.Text type="secondary">
          Bấm vào dấu + ở đầu dòng để xem tiêu chuẩn và căn cứ pháp lý.
        </Typography.Text>
        <Button size="small" onClick={() => setExpanded(all ? [] : awards.map((a) => a.code))}>
          {all ? 'Thu gọn tất cả' : 'Mở rộng tất cả'}
        </Button>
      </Flex>
      <Table<CatalogueAward>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={awards}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys.map(String)),
          expandedRowRender: (a) => <AwardCriteria award={a} />,
        }}
      />
    </Card>
  );
}

// ---- Base salary ----

function inForceFrom<T extends { from: string }>(rows: T[], date: string): T | undefined {
  return [...rows].filter((r) => r.from <= date).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
}

function BaseSalaryTab({ data, onAdd }: { data: Catalogue; onAdd?: () => void }) {
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

function ParamsTab({ data, onChange }: { data: Catalogue; onChange?: (p: ParamInfo) => void }) {
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

// ---- History of changes ----

/** Who changed what and why, from the audit log (for users who may read it): key|at → entry. */
function useChangeAuthors(enabled: boolean) {
  const q = useQuery({
    queryKey: eligibilityAuditKeys.catalogueOverrides(),
    queryFn: () => api.get<Page<AuditEntry>>('/audit', { action: 'catalogue.override', pageSize: 200 }),
    enabled,
    staleTime: 30_000,
  });
  return useMemo(() => new Map((q.data?.items ?? []).map((e) => [`${e.entityId}|${e.at}`, e])), [q.data]);
}

function OverridesTab({ data }: { data: Catalogue }) {
  const { can } = useAuth();
  const readAudit = can('audit.read');
  const authors = useChangeAuthors(readAudit && data.overrides.length > 0);
  const byKey = useMemo(() => new Map(data.params.map((p) => [p.key, p])), [data.params]);
  const columns: TableColumnsType<RuleOverrideRow> = [
    {
      title: 'Thời điểm, người thay đổi',
      dataIndex: 'createdAt',
      width: 170,
      render: (t: string, o) => (
        <div>
          <div>{fmtDateTime(t)}</div>
          <div className="muted">{o.createdByName ?? authors.get(`${o.key}|${o.createdAt}`)?.actorName ?? EMPTY}</div>
        </div>
      ),
    },
    {
      title: 'Tham số',
      dataIndex: 'key',
      width: 300,
      render: (key: string) => {
        const p = byKey.get(key);
        return (
          <div>
            <div>{p ? p.label : key}</div>
            <code className="param-key">{key}</code>
          </div>
        );
      },
    },
    {
      title: 'Giá trị mới',
      key: 'value',
      width: 120,
      render: (_v, o) => {
        const p = byKey.get(o.key);
        return <strong>{p ? formatParamValue(p.type, o.key, o.value) : JSON.stringify(o.value)}</strong>;
      },
    },
    {
      title: 'Hiệu lực',
      key: 'when',
      width: 130,
      render: (_v, o) =>
        o.effectiveTo ? `${fmtDate(o.effectiveFrom)} – ${fmtDate(o.effectiveTo)}` : `Từ ${fmtDate(o.effectiveFrom)}`,
    },
    {
      title: 'Lý do, căn cứ',
      key: 'reason',
      width: 300,
      render: (_v, o) => (
        <div>
          <div>{o.reason ?? authors.get(`${o.key}|${o.createdAt}`)?.reason ?? EMPTY}</div>
          {o.citation && <div className="muted">Căn cứ: {o.citation}</div>}
          {o.note && <div className="muted">Ghi chú: {o.note}</div>}
        </div>
      ),
    },
  ];
  return (
    <Card styles={{ body: { padding: 0 } }}>
      {!readAudit && data.overrides.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ margin: '12px 16px 0' }}
          title="Người thay đổi và lý do được ghi trong nhật ký hệ thống; tài khoản của bạn không được xem nhật ký."
        />
      )}
      <Table<RuleOverrideRow>
        aria-label="Các lần thay đổi tham số"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data.overrides}
        scroll={{ x: 1020 }}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true, style: { padding: '0 16px' } }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có thay đổi tham số nào." />,
        }}
      />
    </Card>
  );
}

// ---- Province rule set ----

interface ProvinceValues {
  provinceCode: string;
  reason: string;
}
const NONE = '__chung__';

function ProvinceModal({ data, open, onClose }: { data: Catalogue; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<ProvinceValues, unknown>({
    open,
    initialValues: () => ({ provinceCode: data.province ?? NONE }),
    submit: (v) =>
      api.put('/catalogue/province', {
        provinceCode: v.provinceCode === NONE ? null : v.provinceCode,
        reason: v.reason.trim(),
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: catalogueKeys.all });
      await qc.invalidateQueries({ queryKey: eligibilityKeys.all });
      void message.success('Đã đổi bộ quy định áp dụng.');
      onClose();
    },
  });
  const code = Form.useWatch('provinceCode', state.form);
  const chosen = data.provinces.find((p) => p.code === code);
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Quy định thi đua, khen thưởng của tỉnh"
      okText="Áp dụng"
      width={620}
      name="province"
      intro={
        <Typography.Paragraph type="secondary">
          Quy định của tỉnh được áp dụng bổ sung, thay thế các nội dung tương ứng của quy định chung từ ngày có hiệu
          lực. Việc thay đổi được ghi vào nhật ký hệ thống.
        </Typography.Paragraph>
      }
    >
      <Form.Item
        name="provinceCode"
        label="Bộ quy định áp dụng"
        rules={[{ required: true, message: 'Chọn bộ quy định.' }]}
        extra={chosen ? chosen.notice : 'Chỉ áp dụng Luật Thi đua, khen thưởng và các nghị định, thông tư hướng dẫn.'}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={[
            { value: NONE, label: 'Chỉ quy định chung (Trung ương)' },
            ...data.provinces.map((p) => ({ value: p.code, label: ucFirst(p.provinceName) })),
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label="Lý do"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập lý do.' }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

const ucFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

const ruleSetActive = (data: Catalogue, s: RuleSetInfo) =>
  s.effectiveFrom <= data.date &&
  (!s.effectiveTo || data.date <= s.effectiveTo) &&
  (s.scope === 'national' || s.scope === data.province);

function RuleSetCard({ data, onProvince }: { data: Catalogue; onProvince?: () => void }) {
  const province = data.provinces.find((p) => p.code === data.province);
  const provinceSet = data.ruleSets.find((s) => s.scope === data.province);
  return (
    <Card
      size="small"
      title={`Bộ quy định áp dụng ngày ${fmtDate(data.date)}`}
      style={{ marginBottom: 16 }}
      extra={
        onProvince ? (
          <Button size="small" icon={<EditOutlined aria-hidden />} onClick={onProvince}>
            Chọn quy định của tỉnh
          </Button>
        ) : undefined
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'name', label: 'Quy định chung', children: <strong>{data.rules.name}</strong> },
          { key: 'citations', label: 'Văn bản căn cứ', children: data.rules.citations.join('; ') },
          {
            key: 'province',
            label: 'Quy định của tỉnh',
            children: province ? (
              <Flex vertical gap={4}>
                <div>
                  {province.name}
                  {provinceSet && !ruleSetActive(data, provinceSet) && (
                    <Tag style={{ marginInlineStart: 8 }}>Chưa có hiệu lực vào ngày đã chọn</Tag>
                  )}
                </div>
                {/* What applies in the province on the date: its own rules, or the national ones. */}
                {data.rules.province && <div>{data.rules.province.notice}</div>}
              </Flex>
            ) : (
              'Chỉ áp dụng quy định chung (chưa chọn quy định riêng của tỉnh)'
            ),
          },
          {
            key: 'applied',
            label: 'Tham số đã điều chỉnh',
            children: data.rules.appliedOverrides.length
              ? `${fmtNumber(data.rules.appliedOverrides.length)} tham số đang có hiệu lực vào ngày đã chọn`
              : 'Không có',
          },
        ]}
      />
      {province && <ProvinceSources set={province} />}
    </Card>
  );
}

function RuleSetsTab({ data }: { data: Catalogue }) {
  const columns: TableColumnsType<RuleSetInfo> = [
    {
      title: 'Bộ quy định',
      dataIndex: 'name',
      width: 380,
      render: (n: string, s) => (
        <>
          {n} {ruleSetActive(data, s) && <Tag color="green">Đang áp dụng</Tag>}
        </>
      ),
    },
    {
      title: 'Phạm vi',
      dataIndex: 'scope',
      width: 130,
      render: (scope: string) => {
        const p = data.provinces.find((x) => x.code === scope);
        return scope === 'national' ? 'Toàn quốc' : p ? ucFirst(p.provinceName) : scope;
      },
    },
    {
      title: 'Hiệu lực',
      key: 'when',
      width: 190,
      render: (_v, s) =>
        s.effectiveTo ? `${fmtDate(s.effectiveFrom)} – ${fmtDate(s.effectiveTo)}` : `Từ ${fmtDate(s.effectiveFrom)}`,
    },
    {
      title: 'Văn bản căn cứ',
      dataIndex: 'citation',
      width: 360,
      render: (c: string) => <span className="criterion-basis">{c}</span>,
    },
  ];
  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Typography.Paragraph type="secondary" style={{ padding: '12px 16px', margin: 0 }}>
        Kết quả xét dùng bộ quy định có hiệu lực vào ngày quyết định khen thưởng; quy định của tỉnh (nếu đã chọn) thay
        thế các nội dung tương ứng của quy định chung.
      </Typography.Paragraph>
      <Table<RuleSetInfo>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data.ruleSets}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}

// ---- Page ----

export function CataloguePage() {
  useDocumentTitle('Danh mục và quy định');
  const { can } = useAuth();
  const manage = can('catalogue.manage');
  const [params, setParams] = useSearchParams();
  const date = params.get('ngay') ?? toIso(dayjs())!;
  const tab: TabKey = TABS.includes(params.get('tab') as TabKey) ? (params.get('tab') as TabKey) : 'danh-hieu';
  const [changing, setChanging] = useState<ParamInfo | null>(null);
  const [provinceOpen, setProvinceOpen] = useState(false);
  const q = useQuery({
    queryKey: catalogueKeys.at(date),
    queryFn: () => api.get<Catalogue>('/catalogue', { date }),
    placeholderData: keepPreviousData,
  });
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const codes = useMemo(() => (q.data?.awards ?? []).map((a) => ({ value: a.code, label: a.name })), [q.data]);

  const datePicker = (
    <Flex align="center" gap={8}>
      <label htmlFor="catalogue-date">Áp dụng vào ngày</label>
      <DatePicker
        id="catalogue-date"
        value={dayjs(date, 'YYYY-MM-DD')}
        onChange={(d) => set('ngay', d && !d.isSame(dayjs(), 'day') ? toIso(d) : null)}
        format={DATE_FORMATS}
        allowClear={false}
        style={{ width: 150 }}
      />
    </Flex>
  );

  let content: ReactNode;
  if (q.isPending) content = <PageSkeleton />;
  else if (q.error) content = <LoadError error={q.error} onRetry={() => q.refetch()} />;
  else {
    const d = q.data;
    const salaryParam = d.params.find((p) => p.type === 'dated-table');
    content = (
      <>
        <RuleSetCard data={d} onProvince={manage ? () => setProvinceOpen(true) : undefined} />
        {manage && <ProcedureConfirmations />}
        <Tabs
          activeKey={tab}
          onChange={(k) => set('tab', k === 'danh-hieu' ? null : k)}
          items={[
            {
              key: 'danh-hieu',
              label: `Danh hiệu, hình thức (${d.awards.length})`,
              children: <AwardsTab awards={d.awards} />,
            },
            {
              key: 'luong-co-so',
              label: 'Mức lương cơ sở',
              children: (
                <BaseSalaryTab data={d} onAdd={manage && salaryParam ? () => setChanging(salaryParam) : undefined} />
              ),
            },
            {
              key: 'tham-so',
              label: `Tham số (${d.params.length})`,
              children: <ParamsTab data={d} onChange={manage ? setChanging : undefined} />,
            },
            {
              key: 'lich-su',
              label: `Các lần thay đổi tham số (${d.overrides.length})`,
              children: <OverridesTab data={d} />,
            },
            { key: 'bo-quy-dinh', label: 'Bộ quy định theo thời gian', children: <RuleSetsTab data={d} /> },
          ]}
        />
        {manage && (
          <>
            <ParamChangeModal param={changing} codes={codes} onClose={() => setChanging(null)} />
            <ProvinceModal data={d} open={provinceOpen} onClose={() => setProvinceOpen(false)} />
          </>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Danh mục và quy định"
        subtitle="Danh hiệu thi đua, hình thức khen thưởng, tiêu chuẩn và căn cứ pháp lý đang có hiệu lực"
        actions={datePicker}
      />
      {content}
    </>
  );
}
