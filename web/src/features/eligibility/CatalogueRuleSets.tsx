// The rule sets: the one in force on the date (with the province's own, chosen by the
// administrator) and all of them over time.
import { EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { api } from '../../ui/api';
import { fmtDate, fmtNumber } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { ProvinceSources } from './ProvinceSources';
import type { Catalogue, RuleSetInfo } from './types';
import { catalogueKeys, eligibilityKeys } from './keys';

// ---- Province rule set ----

interface ProvinceValues {
  provinceCode: string;
  reason: string;
}
const NONE = '__chung__';

export function ProvinceModal({ data, open, onClose }: { data: Catalogue; open: boolean; onClose: () => void }) {
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

export function RuleSetCard({ data, onProvince }: { data: Catalogue; onProvince?: () => void }) {
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

export function RuleSetsTab({ data }: { data: Catalogue }) {
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
