// Detail of one unit: what it is, where it sits, what it came from and became, its clusters,
// and (for users who check eligibility) the collective titles it can be proposed for.
import { BranchesOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  CLUSTER_ROLE_LABELS,
  ORG_TYPE_LABELS,
  type ClusterRole,
  type OrgLinkKind,
} from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EMPTY, fmtDate } from '../../ui/format';
import { isClosed, useOrganisations } from '../../ui/orgs';
import { ButtonLink, LoadError, PageSkeleton } from '../../ui/page';
import type { Organisation, OrganisationDetail, OrgLink } from '../../ui/types';
import { OrganisationEligibility } from '../eligibility/SubjectEligibility';
import { organisationKeys } from './keys';
import { OrgFormModal } from './OrgFormModal';
import { OrgLinkModal } from './OrgLinkModal';

const FROM_PHRASE: Record<OrgLinkKind, string> = {
  merge: 'Sáp nhập từ',
  split: 'Chia tách từ',
  rename: 'Đổi tên từ',
  transfer: 'Điều chuyển từ',
};
const TO_PHRASE: Record<OrgLinkKind, string> = {
  merge: 'Đã sáp nhập vào',
  split: 'Đã chia tách thành',
  rename: 'Đã đổi tên thành',
  transfer: 'Đã điều chuyển sang',
};

export const ROLE_COLOURS: Record<ClusterRole, string | undefined> = {
  leader: 'gold',
  deputy: 'blue',
  member: undefined,
};

function OrgName({ org, onOpen }: { org: Pick<Organisation, 'id' | 'name'>; onOpen: (id: string) => void }) {
  const { index } = useOrganisations();
  // Units outside the user's reach are named but not opened (the server would refuse).
  return index.byId.has(org.id) ? (
    <Typography.Link onClick={() => onOpen(org.id)}>{org.name}</Typography.Link>
  ) : (
    <span>{org.name}</span>
  );
}

function LinkList({
  links,
  phrase,
  onOpen,
}: {
  links: OrgLink[];
  phrase: Record<OrgLinkKind, string>;
  onOpen: (id: string) => void;
}) {
  return (
    <ul className="item-list">
      {links.map((l) => (
        <li key={`${l.kind}-${l.org?.id ?? ''}-${l.effectiveDate}`}>
          <div>
            <div>
              {phrase[l.kind]}{' '}
              {l.org ? (
                <OrgName org={l.org} onOpen={onOpen} />
              ) : (
                <span className="muted">(đơn vị ngoài phạm vi được xem)</span>
              )}{' '}
              — từ ngày {fmtDate(l.effectiveDate)}
            </div>
            {l.decisionRef && <div className="muted">Văn bản: {l.decisionRef}</div>}
            {l.note && <div className="muted">{l.note}</div>}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function OrgDetail({
  id,
  onOpen,
  onCreated,
}: {
  id: string;
  onOpen: (id: string) => void;
  onCreated: (org: Organisation) => void;
}) {
  const { can } = useAuth();
  const q = useQuery({
    queryKey: organisationKeys.detail(id),
    queryFn: () => api.get<OrganisationDetail>(`/organisations/${id}`),
  });
  const [modal, setModal] = useState<'create' | 'edit' | 'link' | null>(null);

  if (q.isPending)
    return (
      <Card>
        <PageSkeleton />
      </Card>
    );
  if (q.error)
    return (
      <Card>
        <LoadError error={q.error} onRetry={() => q.refetch()} forbiddenTitle="Bạn không có quyền xem đơn vị này" />
      </Card>
    );
  const o = q.data;
  const manage = can('org.manage');

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ fontSize: 19, margin: '0 0 6px' }}>
          {o.name}
        </Typography.Title>
        <div style={{ marginBottom: 16 }}>
          <Tag color="blue">{ORG_TYPE_LABELS[o.type]}</Tag>
          {isClosed(o) ? (
            <Tag color="default">Hết hiệu lực từ {fmtDate(o.effectiveTo)}</Tag>
          ) : (
            <Tag color="green">Đang hoạt động</Tag>
          )}
        </div>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          {manage && (
            <>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setModal('create')}>
                Thêm đơn vị trực thuộc
              </Button>
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setModal('edit')}>
                Sửa
              </Button>
              <Button icon={<BranchesOutlined aria-hidden />} onClick={() => setModal('link')}>
                Ghi nhận sáp nhập
              </Button>
            </>
          )}
          <ButtonLink to={`/ca-nhan?orgId=${o.id}`} icon={<TeamOutlined aria-hidden />}>
            Cá nhân của đơn vị
          </ButtonLink>
        </Flex>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          size="small"
          bordered
          items={[
            { key: 'code', label: 'Mã', children: <Typography.Text copyable>{o.code}</Typography.Text> },
            { key: 'short', label: 'Tên viết tắt', children: o.shortName ?? EMPTY },
            { key: 'from', label: 'Ngày hiệu lực', children: fmtDate(o.effectiveFrom) },
            { key: 'to', label: 'Ngày hết hiệu lực', children: fmtDate(o.effectiveTo) },
            {
              key: 'parent',
              label: 'Đơn vị cấp trên',
              span: { xs: 1, sm: 1, md: 2 },
              children: o.parent ? <OrgName org={o.parent} onOpen={onOpen} /> : EMPTY,
            },
            { key: 'address', label: 'Địa chỉ', span: { xs: 1, sm: 1, md: 2 }, children: o.address ?? EMPTY },
          ]}
        />
        <Typography.Title level={3} style={{ fontSize: 15, marginTop: 20 }}>
          Quá trình hình thành
        </Typography.Title>
        {o.predecessors.length === 0 && o.successors.length === 0 ? (
          <Typography.Text type="secondary">Chưa ghi nhận sáp nhập, chia tách hay đổi tên.</Typography.Text>
        ) : (
          <>
            {o.predecessors.length > 0 && <LinkList links={o.predecessors} phrase={FROM_PHRASE} onOpen={onOpen} />}
            {o.successors.length > 0 && <LinkList links={o.successors} phrase={TO_PHRASE} onOpen={onOpen} />}
          </>
        )}
        <Typography.Title level={3} style={{ fontSize: 15, marginTop: 20 }}>
          Cụm, khối thi đua
        </Typography.Title>
        {o.clusters.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Đơn vị chưa tham gia cụm, khối thi đua nào." />
        ) : (
          <Table
            size="small"
            rowKey={(r) => `${r.clusterId}-${r.year}`}
            dataSource={[...o.clusters].sort((a, b) => b.year - a.year)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: 'Năm', dataIndex: 'year', width: 80 },
              { title: 'Cụm, khối', dataIndex: 'clusterName' },
              {
                title: 'Vai trò',
                dataIndex: 'role',
                render: (r: ClusterRole) => <Tag color={ROLE_COLOURS[r]}>{CLUSTER_ROLE_LABELS[r]}</Tag>,
              },
            ]}
          />
        )}
        {manage && (
          <>
            <OrgFormModal
              mode="create"
              parent={o}
              open={modal === 'create'}
              onClose={() => setModal(null)}
              onSaved={(org) => {
                setModal(null);
                onCreated(org);
              }}
            />
            <OrgFormModal
              mode="edit"
              org={o}
              open={modal === 'edit'}
              onClose={() => setModal(null)}
              onSaved={() => setModal(null)}
            />
            <OrgLinkModal target={o} open={modal === 'link'} onClose={() => setModal(null)} />
          </>
        )}
      </Card>
      {can('eligibility.use') && <OrganisationEligibility org={o} />}
    </>
  );
}
