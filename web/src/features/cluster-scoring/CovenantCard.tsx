// The covenant (giao ước thi đua) of a cluster's year: groups of targets, how it is carried out and
// its legal bases, written by the organiser or the leader until the first member signs; then the
// signatures, with who still has to sign, and the DOCX for printing.
import { DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { downloadUrl } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { roleLabel } from '../organisations/ClustersTab';
import type { ClusterYear, Covenant } from './types';
import { CovenantModal, SignModal } from './CovenantModals';

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
