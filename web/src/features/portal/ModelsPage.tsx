// /guong-dien-hinh: the register of exemplary models (điển hình tiên tiến, người tốt việc tốt),
// searched ignoring diacritics and paged on the server; the standing office adds a model from the
// award records (the system's suggestions) or proposed by a unit.
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { MODEL_FIELD_LABELS, MODEL_KIND_LABELS, type ModelKind } from '../../../../src/domain/models/vocab';
import type { ModelListOut, ModelOut, SuggestionListOut } from '../../../../src/features/models/schema';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { optionsOf } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useDebounced } from '../../ui/hooks';
import { OrgTreeSelect } from '../../ui/orgs';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { useServerPaging } from '../../ui/paging';

type List = z.output<typeof ModelListOut>;
type Row = List['items'][number];
export type Model = z.output<typeof ModelOut>;
type Suggestion = z.output<typeof SuggestionListOut>['items'][number];

export const MODELS_KEY = ['models'] as const;

export function ModelsPage() {
  useDocumentTitle('Gương điển hình');
  const { can } = useAuth();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string | undefined>();
  const term = useDebounced(search.trim());
  const paging = useServerPaging({ q: term, status });
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: [...MODELS_KEY, paging.query],
    queryFn: () => api.get<List>(`/models?${paging.query}`),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title="Gương điển hình tiên tiến"
        subtitle="Sổ theo dõi gương điển hình: thành tích, sự đồng ý công khai, bồi dưỡng, công khai trên cổng thông tin"
        actions={
          can('portal.manage') ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
              Thêm gương điển hình
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <Input
            aria-label="Tìm gương điển hình"
            placeholder="Tìm theo tên, đơn vị, nội dung (gõ không dấu cũng được)"
            prefix={<SearchOutlined aria-hidden />}
            allowClear
            style={{ width: 380 }}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              paging.update({});
            }}
          />
          <Select
            aria-label="Trạng thái"
            placeholder="Mọi trạng thái"
            allowClear
            style={{ width: 200 }}
            value={status}
            onChange={(v) => {
              setStatus(v);
              paging.update({});
            }}
            options={[
              { value: 'draft', label: 'Chưa công khai' },
              { value: 'published', label: 'Đã công khai' },
            ]}
          />
        </Flex>
        {list.isError ? (
          <LoadError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<Row>
            rowKey="id"
            loading={list.isPending}
            dataSource={list.data?.items}
            scroll={{ x: 900 }}
            pagination={paging.pagination(list.data?.total)}
            locale={{ emptyText: term ? 'Không có gương điển hình nào phù hợp.' : 'Chưa có gương điển hình nào.' }}
            columns={[
              {
                title: 'Gương điển hình',
                dataIndex: 'name',
                render: (v: string, r) => (
                  <>
                    <Link to={`/guong-dien-hinh/${r.id}`}>{v}</Link>
                    <div>
                      <Typography.Text type="secondary">{r.headline}</Typography.Text>
                    </div>
                  </>
                ),
              },
              { title: 'Loại', dataIndex: 'kind', width: 130, render: (k: ModelKind) => MODEL_KIND_LABELS[k] },
              { title: 'Lĩnh vực', dataIndex: 'fieldLabel', width: 220 },
              { title: 'Địa bàn', dataIndex: 'areaName', width: 200 },
              {
                title: 'Công khai',
                key: 'public',
                width: 170,
                render: (_: unknown, r) =>
                  r.isPublic ? (
                    <Tag color="green">Đang công khai</Tag>
                  ) : r.status === 'published' ? (
                    <Tag color="orange">Chưa có đồng ý</Tag>
                  ) : (
                    <Tag>Chưa công khai</Tag>
                  ),
              },
            ]}
          />
        )}
      </Card>
      {open ? <CreateModelModal onClose={() => setOpen(false)} /> : null}
    </>
  );
}

const suggestionKey = (s: Suggestion) => `${s.kind}:${s.personId ?? s.orgId ?? s.householdId}`;

function CreateModelModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const { problem, setProblem } = useFormProblem();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [picked, setPicked] = useState<Suggestion | null>(null);
  const suggestions = useQuery({
    queryKey: ['model-suggestions'],
    queryFn: () => api.get<z.output<typeof SuggestionListOut>>('/models/suggestions', { minAwards: 2 }),
  });
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => api.post<Model>('/models', v),
    onSuccess: async (m) => {
      await qc.invalidateQueries({ queryKey: MODELS_KEY });
      void navigate(`/guong-dien-hinh/${m.id}`);
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  const byKey = new Map((suggestions.data?.items ?? []).map((s) => [suggestionKey(s), s]));
  return (
    <Modal
      open
      title="Thêm gương điển hình"
      okText="Lưu"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={720}
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => {
          if (!picked) return;
          save.mutate({
            kind: picked.kind,
            personId: picked.personId ?? undefined,
            orgId: picked.orgId ?? undefined,
            householdId: picked.householdId ?? undefined,
            areaOrgId: v.areaOrgId,
            field: v.field,
            headline: v.headline,
            story: v.story,
            origin: 'suggested',
          });
        }}
      >
        <Form.Item
          name="subject"
          label="Cá nhân, tập thể, hộ gia đình (gợi ý từ hồ sơ khen thưởng)"
          rules={[{ required: true, message: 'Chọn người, tập thể hoặc hộ gia đình.' }]}
          extra="Hệ thống gợi ý những ai có nhiều thành tích khen thưởng và chưa có trong sổ; các khen thưởng được đưa vào phần thành tích."
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={suggestions.isPending}
            placeholder="Chọn từ danh sách gợi ý"
            onChange={(k: string) => {
              const s = byKey.get(k) ?? null;
              setPicked(s);
              if (s && !form.getFieldValue('headline'))
                form.setFieldValue('headline', `${s.name}: ${s.awardCount} lần được khen thưởng`);
            }}
            options={(suggestions.data?.items ?? []).map((s) => ({
              value: suggestionKey(s),
              label: `${s.name} — ${MODEL_KIND_LABELS[s.kind].toLocaleLowerCase('vi')}, ${s.awardCount} khen thưởng`,
            }))}
          />
        </Form.Item>
        {picked ? (
          <Typography.Paragraph type="secondary">Thành tích: {picked.awards.join('; ')}</Typography.Paragraph>
        ) : null}
        <Form.Item name="areaOrgId" label="Địa bàn" rules={[{ required: true, message: 'Chọn địa bàn.' }]}>
          <OrgTreeSelect placeholder="Chọn địa bàn (xã, phường, đơn vị)" />
        </Form.Item>
        <Form.Item name="field" label="Lĩnh vực" rules={[{ required: true, message: 'Chọn lĩnh vực.' }]}>
          <Select options={optionsOf(MODEL_FIELD_LABELS)} placeholder="Chọn lĩnh vực" />
        </Form.Item>
        <Form.Item name="headline" label="Tóm tắt" rules={[{ required: true, message: 'Nhập tóm tắt.' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="story"
          label="Câu chuyện điển hình"
          rules={[{ required: true, message: 'Nhập câu chuyện điển hình.' }]}
          extra="Không ghi số CCCD, ngày sinh, địa chỉ, số điện thoại: nội dung này sẽ đăng công khai."
        >
          <Input.TextArea rows={6} maxLength={20000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
