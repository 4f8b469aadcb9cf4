// /guong-dien-hinh: the register of exemplary models (điển hình tiên tiến, người tốt việc tốt),
// searched ignoring diacritics and paged on the server; the standing office adds a model from the
// award records (the system's suggestions) or proposed by a unit.
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { MODEL_KIND_LABELS, type ModelKind } from '../../../../src/domain/models/vocab';
import type { ModelListOut, ModelOut, SuggestionListOut } from '../../../../src/features/models/schema';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { OrgTreeSelect } from '../../ui/orgs';
import { PageHeader, useDocumentTitle } from '../../ui/page';
import { modelKeys } from './keys';
import { ModelProfileFields } from './ModelModals';
import { PortalList, StatusTag } from './PortalList';

type Row = z.output<typeof ModelListOut>['items'][number];
export type Model = z.output<typeof ModelOut>;
type Suggestion = z.output<typeof SuggestionListOut>['items'][number];

export function ModelsPage() {
  useDocumentTitle('Gương điển hình');
  const { can } = useAuth();
  const [open, setOpen] = useState(false);
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
      <PortalList<Row>
        path="/models"
        queryKey={modelKeys.list}
        search={{
          label: 'Tìm gương điển hình',
          placeholder: 'Tìm theo tên, đơn vị, nội dung (gõ không dấu cũng được)',
        }}
        filters={[
          {
            key: 'status',
            label: 'Trạng thái',
            placeholder: 'Mọi trạng thái',
            options: [
              { value: 'draft', label: 'Chưa công khai' },
              { value: 'published', label: 'Đã công khai' },
            ],
          },
        ]}
        empty={{ none: 'Chưa có gương điển hình nào.', filtered: 'Không có gương điển hình nào phù hợp.' }}
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
                <StatusTag color="green" label="Đang công khai" />
              ) : r.status === 'published' ? (
                <StatusTag color="orange" label="Chưa có đồng ý" />
              ) : (
                <StatusTag label="Chưa công khai" />
              ),
          },
        ]}
      />
      <CreateModelModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}

const suggestionKey = (s: Suggestion) => `${s.kind}:${s.personId ?? s.orgId ?? s.householdId}`;

interface ModelValues {
  subject: string;
  areaOrgId: string;
  field: string;
  headline: string;
  story: string;
}

function CreateModelModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const suggestions = useQuery({
    queryKey: modelKeys.suggestions,
    queryFn: () => api.get<z.output<typeof SuggestionListOut>>('/models/suggestions', { minAwards: 2 }),
    enabled: open,
  });
  const byKey = new Map((suggestions.data?.items ?? []).map((s) => [suggestionKey(s), s]));
  const state = useFormModal<ModelValues, Model>({
    open,
    submit: (v) => {
      const picked = byKey.get(v.subject)!;
      return api.post<Model>('/models', {
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
    },
    onSuccess: async (m) => {
      await qc.invalidateQueries({ queryKey: modelKeys.all });
      onClose();
      void navigate(`/guong-dien-hinh/${m.id}`);
    },
  });
  const subject = Form.useWatch('subject', state.form);
  const picked = subject ? (byKey.get(subject) ?? null) : null;
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Thêm gương điển hình"
      okText="Lưu"
      name="model-create"
      width={720}
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
            const s = byKey.get(k);
            if (s && !state.form.getFieldValue('headline'))
              state.form.setFieldValue('headline', `${s.name}: ${s.awardCount} lần được khen thưởng`);
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
      <ModelProfileFields />
    </FormModal>
  );
}
