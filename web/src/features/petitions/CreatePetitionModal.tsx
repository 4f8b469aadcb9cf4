// Recording a petition received on paper, in person or by post, and the search for the nominee it
// is about among the rounds under way (a complaint about a nominee pauses their consideration).
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PETITION_CHANNEL_LABELS, PETITION_KIND_LABELS } from '../../../../src/domain/petitions/rules';
import { api } from '../../ui/api';
import { DATE_FORMATS, optionsOf, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { useDebounced } from '../../ui/hooks';
import { OrgTreeSelect } from '../../ui/orgs';
import { petitionKeys } from './keys';
import type { PetitionDetail } from './types';

const PAPER_CHANNELS = {
  paper: PETITION_CHANNEL_LABELS.paper,
  in_person: PETITION_CHANNEL_LABELS.in_person,
  post: PETITION_CHANNEL_LABELS.post,
};

interface CreateValues {
  orgId: string;
  kind: string;
  channel: string;
  senderName?: string;
  senderAddress?: string;
  contact?: string;
  title: string;
  content: string;
  subjectText?: string;
  nomineeId?: string;
  receivedOn?: import('dayjs').Dayjs | null;
}

interface SubjectOption {
  nomineeId: string;
  label: string;
  roundName: string;
  statusLabel: string;
}

/** Searches the nominees under consideration in the officer's units (GET /petitions/subjects). */
function NomineePicker({ value, onChange }: { value?: string; onChange?: (v: string | undefined) => void }) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 300);
  const found = useQuery({
    queryKey: petitionKeys.nominees(q),
    queryFn: () => api.get<{ items: SubjectOption[] }>('/petitions/subjects', { q }),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      allowClear
      aria-label="Người, tập thể đang được xét khen thưởng"
      placeholder="Gõ tên để tìm"
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? 'Đang tìm…' : 'Không có ai đang được xét với tên này.'}
      options={(found.data?.items ?? []).map((o) => ({
        value: o.nomineeId,
        label: o.label,
        title: `${o.roundName} — ${o.statusLabel}`,
      }))}
      optionRender={(o) => (
        <div>
          <div>{o.label}</div>
          <div className="muted" style={{ fontSize: 12 }}>
            {o.data.title}
          </div>
        </div>
      )}
    />
  );
}

export function CreatePetitionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const state = useFormModal<CreateValues, PetitionDetail>({
    open,
    initialValues: () => ({ kind: 'complaint', channel: 'paper' }),
    submit: (v) => api.post<PetitionDetail>('/petitions', { ...v, receivedOn: toIso(v.receivedOn) ?? undefined }),
    onSuccess: (p) => {
      void qc.invalidateQueries({ queryKey: petitionKeys.all });
      onClose();
      void navigate(`/don-thu/${p.id}`);
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Vào sổ đơn nhận trực tiếp, qua bưu điện"
      okText="Vào sổ"
      width={720}
      name="petition-create"
    >
      <Form.Item name="orgId" label="Cơ quan tiếp nhận" rules={[{ required: true, message: 'Chọn cơ quan.' }]}>
        <OrgTreeSelect placeholder="Chọn cơ quan, đơn vị" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="kind" label="Loại đơn" rules={[{ required: true }]}>
            <Select options={optionsOf(PETITION_KIND_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="channel" label="Hình thức tiếp nhận" rules={[{ required: true }]}>
            <Select options={optionsOf(PAPER_CHANNELS)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="senderName" label="Họ và tên người gửi">
            <Input maxLength={150} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="receivedOn" label="Ngày nhận đơn" extra="Để trống: hôm nay.">
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="senderAddress" label="Địa chỉ người gửi">
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="contact" label="Số điện thoại hoặc thư điện tử">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="title"
        label="Tóm tắt nội dung"
        rules={[{ required: true, whitespace: true, message: 'Nhập tóm tắt.' }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="nomineeId"
        label="Người, tập thể đang được xét khen thưởng mà đơn đề cập"
        extra="Tìm theo tên trong các đợt xét đang diễn ra. Đơn khiếu nại, tố cáo về người được chọn sẽ tạm dừng việc xét khen thưởng cho đến khi giải quyết xong."
      >
        <NomineePicker />
      </Form.Item>
      <Form.Item
        name="subjectText"
        label="Người, tập thể hoặc khen thưởng bị phản ánh (ghi theo đơn)"
        extra="Dùng khi không tìm thấy trong các đợt xét đang diễn ra."
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="content"
        label="Nội dung đơn"
        rules={[
          { required: true, whitespace: true, message: 'Nhập nội dung.' },
          { min: 10, message: 'Nội dung cần ít nhất 10 ký tự.' },
        ]}
      >
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
