// /thu-vien-van-ban: the legal library shown on /cong-khai/van-ban — TĐKT laws, decrees, circulars
// and the unit's own regulations, with their PDF/DOCX files; paged and searched on the server.
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { LEGAL_DOC_KIND_LABELS, type LegalDocKind } from '../../../../src/domain/models/vocab';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { DATE_FORMATS, fmtDate, optionsOf, toIso } from '../../ui/format';
import { PageHeader, useDocumentTitle } from '../../ui/page';
import { libraryKeys } from './keys';
import { PortalList, StatusTag } from './PortalList';
import { UploadButton } from './UploadButton';

interface LegalDoc {
  id: string;
  kind: LegalDocKind;
  number: string;
  title: string;
  issuer: string;
  issuedOn: string;
  effectiveOn: string | null;
  summary: string | null;
  fileId: string | null;
  published: boolean;
}

export function LibraryPage() {
  useDocumentTitle('Thư viện văn bản');
  const { can } = useAuth();
  const manage = can('portal.manage');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <>
      <PageHeader
        title="Thư viện văn bản"
        subtitle={
          <>
            Văn bản pháp luật về thi đua, khen thưởng và quy chế của đơn vị, công khai tại{' '}
            <a href="/cong-khai/van-ban" target="_blank" rel="noreferrer">
              /cong-khai/van-ban
            </a>
          </>
        }
        actions={
          manage ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
              Thêm văn bản
            </Button>
          ) : null
        }
      />
      <PortalList<LegalDoc>
        path="/legal-documents"
        queryKey={libraryKeys.list}
        search={{ label: 'Tìm văn bản', placeholder: 'Tìm theo số, trích yếu, cơ quan ban hành' }}
        empty={{ none: 'Chưa có văn bản nào.', filtered: 'Không có văn bản nào phù hợp.' }}
        scrollX={1250}
        columns={[
          { title: 'Số, ký hiệu', dataIndex: 'number', width: 170 },
          { title: 'Loại', dataIndex: 'kind', width: 130, render: (k: LegalDocKind) => LEGAL_DOC_KIND_LABELS[k] },
          { title: 'Trích yếu', dataIndex: 'title' },
          { title: 'Cơ quan ban hành', dataIndex: 'issuer', width: 200 },
          { title: 'Ngày ban hành', dataIndex: 'issuedOn', width: 130, render: fmtDate },
          {
            title: 'Công khai',
            dataIndex: 'published',
            width: 130,
            render: (v: boolean) =>
              v ? <StatusTag color="green" label="Đang công khai" /> : <StatusTag label="Không công khai" />,
          },
          {
            title: 'Tệp',
            key: 'file',
            width: 200,
            render: (_: unknown, d) => (
              <Flex gap={8} wrap>
                {d.fileId ? (
                  <a href={`/cong-khai/van-ban/${d.id}/tep`} target="_blank" rel="noreferrer">
                    Tải về
                  </a>
                ) : (
                  'Chưa có tệp'
                )}
                {manage ? (
                  <UploadButton
                    path={`/legal-documents/${d.id}/file`}
                    accept=".pdf,.docx"
                    size="small"
                    ariaLabel={`Tải tệp cho ${d.number}`}
                    label={d.fileId ? 'Thay tệp' : 'Tải tệp lên'}
                    onUploaded={async () => {
                      await qc.invalidateQueries({ queryKey: libraryKeys.all });
                      void message.success('Đã đính kèm tệp.');
                    }}
                  />
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
      <AddDocModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}

interface DocValues {
  kind: LegalDocKind;
  number: string;
  title: string;
  issuer: string;
  issuedOn: Dayjs;
  effectiveOn?: Dayjs;
  summary?: string;
}

function AddDocModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const state = useFormModal<DocValues, LegalDoc>({
    open,
    submit: (v) =>
      api.post<LegalDoc>('/legal-documents', {
        kind: v.kind,
        number: v.number,
        title: v.title,
        issuer: v.issuer,
        issuedOn: toIso(v.issuedOn),
        effectiveOn: toIso(v.effectiveOn),
        summary: v.summary || null,
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: libraryKeys.all });
      void message.success('Đã thêm văn bản. Tải tệp PDF hoặc DOCX lên ở cột "Tệp".');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Thêm văn bản vào thư viện"
      okText="Lưu"
      name="legal-document"
      width={680}
    >
      <Form.Item name="kind" label="Loại văn bản" rules={[{ required: true, message: 'Chọn loại văn bản.' }]}>
        <Select options={optionsOf(LEGAL_DOC_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="number" label="Số, ký hiệu" rules={[{ required: true, message: 'Nhập số, ký hiệu.' }]}>
        <Input maxLength={60} placeholder="Ví dụ: 98/2023/NĐ-CP" />
      </Form.Item>
      <Form.Item name="title" label="Trích yếu" rules={[{ required: true, message: 'Nhập trích yếu.' }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="issuer" label="Cơ quan ban hành" rules={[{ required: true, message: 'Nhập cơ quan.' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="issuedOn" label="Ngày ban hành" rules={[{ required: true, message: 'Chọn ngày ban hành.' }]}>
          <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item name="effectiveOn" label="Ngày hiệu lực">
          <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" />
        </Form.Item>
      </Flex>
      <Form.Item name="summary" label="Tóm tắt">
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
