// The covenant (giao ước thi đua) of a cluster's year: groups of targets, how it is carried out and
// its legal bases, written by the organiser or the leader until the first member signs; then the
// signatures, with who still has to sign, and the DOCX for printing.
import { DownloadOutlined, EditOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Empty, Flex, Form, Input, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, downloadUrl } from '../../ui/api';
import { DATE_FORMATS, fmtDate, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { roleLabel } from '../organisations/ClustersTab';
import { clusterYearKeys } from './keys';
import type { ClusterYear, Covenant } from './types';

interface CovenantValues {
  targets: { group: string; items: string[] }[];
  implementation: string[];
  bases: string[];
}

const EXAMPLE: CovenantValues = {
  targets: [{ group: 'Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội', items: [''] }],
  implementation: [''],
  bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
};

function TextList({
  name,
  label,
  add,
  placeholder,
}: {
  name: string;
  label: string;
  add: string;
  placeholder: string;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add: push, remove }) => (
        <fieldset className="cs-fieldset">
          <legend>{label}</legend>
          {fields.map((f, i) => (
            <Flex key={f.key} gap={8} align="start">
              <Form.Item name={f.name} style={{ flex: 1, marginBottom: 8 }}>
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={2000}
                  placeholder={placeholder}
                  aria-label={`${label} — dòng ${i + 1}`}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined aria-hidden />}
                onClick={() => remove(f.name)}
                aria-label={`Bỏ dòng ${i + 1} của ${label.toLowerCase()}`}
              />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => push('')}>
            {add}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}

function CovenantModal({ data, open, onClose }: { data: ClusterYear; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<CovenantValues, ClusterYear>({
    open,
    initialValues: () => {
      const c = data.covenant;
      return c ? { targets: c.targets, implementation: c.implementation, bases: c.bases } : EXAMPLE;
    },
    submit: (v) =>
      api.put<ClusterYear>(`/clusters/${data.cluster.id}/years/${data.year}/covenant`, {
        targets: (v.targets ?? []).map((g) => ({
          group: g.group ?? '',
          items: (g.items ?? []).filter((s) => s?.trim()),
        })),
        implementation: (v.implementation ?? []).filter((s) => s?.trim()),
        bases: (v.bases ?? []).filter((s) => s?.trim()),
      }),
    onSuccess: (d) => {
      qc.setQueryData(clusterYearKeys.detail(data.cluster.id, data.year), d);
      void message.success('Đã lưu giao ước thi đua.');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title={`Giao ước thi đua năm ${data.year}`}
      okText="Lưu giao ước"
      width={820}
      name="covenant"
      formProps={{ onValuesChange: state.clear }}
    >
      <Form.List name="targets">
        {(groups, { add, remove }) => (
          <fieldset className="cs-fieldset">
            <legend>Nhóm chỉ tiêu, nhiệm vụ thi đua</legend>
            {groups.map((g, gi) => (
              <div key={g.key} className="cs-group">
                <Flex gap={8} align="start">
                  <Form.Item
                    name={[g.name, 'group']}
                    label={`Nhóm ${gi + 1}`}
                    rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên nhóm.' }]}
                    style={{ flex: 1, marginBottom: 8 }}
                  >
                    <Input maxLength={300} placeholder="Ví dụ: Thực hiện nhiệm vụ chính trị" />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<MinusCircleOutlined aria-hidden />}
                    onClick={() => remove(g.name)}
                    aria-label={`Bỏ nhóm ${gi + 1}`}
                    style={{ marginTop: 30 }}
                  />
                </Flex>
                <Form.List name={[g.name, 'items']}>
                  {(items, { add: addItem, remove: removeItem }) => (
                    <div className="cs-group-items">
                      {items.map((it, ii) => (
                        <Flex key={it.key} gap={8} align="start">
                          <Form.Item
                            name={it.name}
                            style={{ flex: 1, marginBottom: 8 }}
                            rules={[{ required: true, whitespace: true, message: 'Chưa nhập chỉ tiêu.' }]}
                          >
                            <Input.TextArea
                              autoSize={{ minRows: 1, maxRows: 4 }}
                              maxLength={1000}
                              placeholder="Chỉ tiêu, nhiệm vụ"
                              aria-label={`Chỉ tiêu ${ii + 1} của nhóm ${gi + 1}`}
                            />
                          </Form.Item>
                          <Button
                            type="text"
                            icon={<MinusCircleOutlined aria-hidden />}
                            onClick={() => removeItem(it.name)}
                            aria-label={`Bỏ chỉ tiêu ${ii + 1} của nhóm ${gi + 1}`}
                          />
                        </Flex>
                      ))}
                      <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => addItem('')}>
                        Thêm chỉ tiêu vào nhóm {gi + 1}
                      </Button>
                    </div>
                  )}
                </Form.List>
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ group: '', items: [''] })}>
              Thêm nhóm chỉ tiêu
            </Button>
          </fieldset>
        )}
      </Form.List>
      <TextList
        name="implementation"
        label="Tổ chức thực hiện"
        add="Thêm nội dung thực hiện"
        placeholder="Ví dụ: Các đơn vị tự chấm điểm, gửi Cụm trưởng trước ngày 30/11"
      />
      <TextList name="bases" label="Căn cứ" add="Thêm căn cứ" placeholder="Căn cứ Luật, Nghị định, Kế hoạch…" />
    </FormModal>
  );
}

interface SignValues {
  signerName: string;
  position: string;
  signedOn: Dayjs;
}

function SignModal({ data, orgId, onClose }: { data: ClusterYear; orgId: string | null; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const member = data.members.find((m) => m.orgId === orgId);
  const state = useFormModal<SignValues, ClusterYear>({
    open: !!orgId,
    subject: orgId,
    submit: (v) =>
      api.post<ClusterYear>(`/clusters/${data.cluster.id}/years/${data.year}/covenant/sign`, {
        orgId,
        signerName: v.signerName,
        position: v.position,
        signedOn: toIso(v.signedOn),
      }),
    onSuccess: (d) => {
      qc.setQueryData(clusterYearKeys.detail(data.cluster.id, data.year), d);
      void message.success(`Đã ghi nhận ${member?.name ?? 'đơn vị'} ký giao ước.`);
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={!!orgId}
      onClose={onClose}
      title={`Ghi nhận ký giao ước — ${member?.name ?? ''}`}
      okText="Ghi nhận"
      name="covenant-sign"
      formProps={{ onValuesChange: state.clear }}
    >
      <Form.Item
        name="signerName"
        label="Người ký"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập họ tên người ký.' }]}
      >
        <Input maxLength={150} placeholder="Họ và tên" />
      </Form.Item>
      <Form.Item
        name="position"
        label="Chức vụ"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập chức vụ.' }]}
      >
        <Input maxLength={200} placeholder="Ví dụ: Chủ tịch UBND phường" />
      </Form.Item>
      <Form.Item name="signedOn" label="Ngày ký" rules={[{ required: true, message: 'Chưa chọn ngày ký.' }]}>
        <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: 180 }} />
      </Form.Item>
    </FormModal>
  );
}

function CovenantText({ c }: { c: Covenant }) {
  return (
    <div className="cs-covenant-text">
      {c.bases.length > 0 && (
        <>
          <Typography.Text strong>Căn cứ</Typography.Text>
          <ul className="plain-list">
            {c.bases.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </>
      )}
      <Typography.Text strong>Chỉ tiêu, nhiệm vụ thi đua</Typography.Text>
      <ol className="cs-target-groups">
        {c.targets.map((g, i) => (
          <li key={i}>
            <span className="cs-target-group">{g.group}</span>
            <ul className="plain-list">
              {g.items.map((it, j) => (
                <li key={j}>{it}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {c.implementation.length > 0 && (
        <>
          <Typography.Text strong>Tổ chức thực hiện</Typography.Text>
          <ul className="plain-list">
            {c.implementation.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function CovenantCard({ data }: { data: ClusterYear }) {
  const [editing, setEditing] = useState(false);
  const [signing, setSigning] = useState<string | null>(null);
  const c = data.covenant;
  const base = `/clusters/${data.cluster.id}/years/${data.year}`;
  const editable = data.manage && (!c || c.signed === 0);
  const maySign = (orgId: string) => data.manage || data.myOrgIds.includes(orgId);
  const name = (orgId: string) => data.members.find((m) => m.orgId === orgId)?.name ?? orgId;
  return (
    <Card
      title="Giao ước thi đua"
      extra={
        <Space wrap>
          {editable && (
            <Button
              icon={c ? <EditOutlined aria-hidden /> : <PlusOutlined aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {c ? 'Sửa giao ước' : 'Lập giao ước'}
            </Button>
          )}
          {c && (
            <Button icon={<DownloadOutlined aria-hidden />} href={downloadUrl(`${base}/covenant.docx`)} download>
              Tải văn bản (DOCX)
            </Button>
          )}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      {!c ? (
        <Empty
          description={
            data.manage ? 'Chưa có giao ước. Lập giao ước để các đơn vị ký.' : 'Cụm trưởng chưa lập giao ước năm nay.'
          }
        />
      ) : (
        <>
          <Alert
            type={c.inForce ? 'success' : 'info'}
            showIcon
            style={{ marginBottom: 12 }}
            title={
              c.inForce
                ? `Tất cả ${c.total} đơn vị đã ký: giao ước có hiệu lực.`
                : `Đã ký ${c.signed}/${c.total} đơn vị.`
            }
            description={c.waitingFor.length ? `Còn chờ ký: ${c.waitingFor.map(name).join(', ')}.` : undefined}
          />
          {c.signed > 0 && data.manage && (
            <Typography.Paragraph type="secondary">
              Giao ước đã có đơn vị ký nên không sửa được nội dung.
            </Typography.Paragraph>
          )}
          <CovenantText c={c} />
          <Typography.Text strong style={{ display: 'block', margin: '12px 0 6px' }}>
            Ký giao ước
          </Typography.Text>
          <Table
            size="small"
            rowKey="orgId"
            pagination={false}
            dataSource={data.members}
            scroll={{ x: 'max-content' }}
            aria-label="Ký giao ước"
            columns={[
              { title: 'Đơn vị', dataIndex: 'name' },
              { title: 'Vai trò', dataIndex: 'role', render: (r) => roleLabel(data.cluster.kind, r) },
              {
                title: 'Người ký',
                key: 'signer',
                render: (_, m) => {
                  const s = c.signatures.find((x) => x.orgId === m.orgId);
                  return s ? (
                    <span>
                      {s.signerName}
                      <br />
                      <small className="muted">{s.position}</small>
                    </span>
                  ) : (
                    <Tag color="orange">Chưa ký</Tag>
                  );
                },
              },
              {
                title: 'Ngày ký',
                key: 'on',
                render: (_, m) => fmtDate(c.signatures.find((x) => x.orgId === m.orgId)?.signedOn),
              },
              {
                title: <span className="sr-only">Thao tác</span>,
                key: 'act',
                render: (_, m) =>
                  !c.signatures.some((x) => x.orgId === m.orgId) && maySign(m.orgId) ? (
                    <Button
                      size="small"
                      onClick={() => setSigning(m.orgId)}
                      aria-label={`Ghi nhận ${m.name} ký giao ước`}
                    >
                      Ghi nhận ký
                    </Button>
                  ) : null,
              },
            ]}
          />
        </>
      )}
      <CovenantModal data={data} open={editing} onClose={() => setEditing(false)} />
      <SignModal data={data} orgId={signing} onClose={() => setSigning(null)} />
    </Card>
  );
}
