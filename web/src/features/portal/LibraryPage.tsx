// /thu-vien-van-ban: the legal library shown on /cong-khai/van-ban — TĐKT laws, decrees, circulars
// and the unit's own regulations, with their PDF/DOCX files; paged and searched on the server.
import { PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Table, Upload } from 'antd';
import { useState } from 'react';
import { LEGAL_DOC_KIND_LABELS, type LegalDocKind } from '../../../../src/domain/models/vocab';
import { api, errorMessage } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, fmtDate, optionsOf, toIso } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useDebounced } from '../../ui/hooks';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { useServerPaging } from '../../ui/paging';

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
interface List {
  items: LegalDoc[];
  total: number;
}

const KEY = ['legal-documents'] as const;

export function LibraryPage() {
  useDocumentTitle('Thư viện văn bản');
  const { can } = useAuth();
  const manage = can('portal.manage');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim());
  const paging = useServerPaging({ q: term });
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: [...KEY, paging.query],
    queryFn: () => api.get<List>(`/legal-documents?${paging.query}`),
    placeholderData: keepPreviousData,
  });
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
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <Input
            aria-label="Tìm văn bản"
            placeholder="Tìm theo số, trích yếu, cơ quan ban hành"
            prefix={<SearchOutlined aria-hidden />}
            allowClear
            style={{ width: 380 }}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              paging.update({});
            }}
          />
        </Flex>
        {list.isError ? (
          <LoadError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<LegalDoc>
            rowKey="id"
            loading={list.isPending}
            dataSource={list.data?.items}
            scroll={{ x: 900 }}
            pagination={paging.pagination(list.data?.total)}
            locale={{ emptyText: 'Chưa có văn bản nào.' }}
            columns={[
              { title: 'Số, ký hiệu', dataIndex: 'number', width: 170 },
              { title: 'Loại', dataIndex: 'kind', width: 130, render: (k: LegalDocKind) => LEGAL_DOC_KIND_LABELS[k] },
              { title: 'Trích yếu', dataIndex: 'title' },
              { title: 'Cơ quan ban hành', dataIndex: 'issuer', width: 200 },
              { title: 'Ngày ban hành', dataIndex: 'issuedOn', width: 130, render: fmtDate },
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
                      <Upload
                        accept=".pdf,.docx"
                        showUploadList={false}
                        customRequest={async ({ file, onSuccess, onError }) => {
                          const form = new FormData();
                          form.append('file', file as File);
                          try {
                            await api.upload(`/legal-documents/${d.id}/file`, form);
                            await qc.invalidateQueries({ queryKey: KEY });
                            void message.success('Đã đính kèm tệp.');
                            onSuccess?.(null);
                          } catch (e) {
                            void message.error(errorMessage(e));
                            onError?.(e as Error);
                          }
                        }}
                      >
                        <Button
                          size="small"
                          icon={<UploadOutlined aria-hidden />}
                          aria-label={`Tải tệp cho ${d.number}`}
                        >
                          {d.fileId ? 'Thay tệp' : 'Tải tệp lên'}
                        </Button>
                      </Upload>
                    ) : null}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Card>
      {open ? <AddDocModal onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function AddDocModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const { problem, setProblem } = useFormProblem();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => api.post<LegalDoc>('/legal-documents', v),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: KEY });
      void message.success('Đã thêm văn bản. Tải tệp PDF hoặc DOCX lên ở cột "Tệp".');
      onClose();
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open
      title="Thêm văn bản vào thư viện"
      okText="Lưu"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={680}
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          save.mutate({
            kind: v.kind,
            number: v.number,
            title: v.title,
            issuer: v.issuer,
            issuedOn: toIso(v.issuedOn),
            effectiveOn: toIso(v.effectiveOn),
            summary: v.summary || null,
          })
        }
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
      </Form>
    </Modal>
  );
}
