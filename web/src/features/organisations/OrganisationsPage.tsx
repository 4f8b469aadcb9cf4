// /co-quan: the organisation tree and the selected unit's detail; a second tab for clusters.
import { Card, Col, Empty, Grid, Row, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useOrganisations } from '../../ui/orgs';
import { useViewportHeight } from '../../ui/hooks';
import { ExportButton, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { ClustersTab } from './ClustersTab';
import { OrgDetail } from './OrgDetail';
import { OrgTree } from './OrgTree';

export function OrganisationsPage() {
  useDocumentTitle('Cơ quan, đơn vị');
  const [params, setParams] = useSearchParams();
  const orgs = useOrganisations();
  const screens = Grid.useBreakpoint();
  const [reveal, setReveal] = useState<string | null>(null);
  const treeHeight = useViewportHeight(390, 300);
  const tab = params.get('tab') === 'cum-khoi' ? 'cum-khoi' : 'co-cau';
  // A user who reads a single unit (a school's clerk) sees it straight away.
  const selectedId = params.get('id') ?? (orgs.index.list.length === 1 ? orgs.index.list[0].id : null);

  const open = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('id', id);
    next.delete('tab');
    setParams(next);
  };

  const structure = orgs.isPending ? (
    <PageSkeleton />
  ) : orgs.error ? (
    <LoadError error={orgs.error} onRetry={() => orgs.refetch()} />
  ) : (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10} xl={9}>
        <Card title={`Cây tổ chức (${orgs.index.list.length} đơn vị)`} styles={{ body: { padding: 12 } }}>
          <OrgTree
            index={orgs.index}
            selectedId={selectedId}
            onSelect={open}
            reveal={reveal}
            height={screens.lg ? treeHeight : 360}
          />
        </Card>
      </Col>
      <Col xs={24} lg={14} xl={15}>
        {selectedId ? (
          <OrgDetail
            key={selectedId}
            id={selectedId}
            onOpen={open}
            onCreated={(org) => {
              setReveal(org.id);
              open(org.id);
            }}
          />
        ) : (
          <Card>
            <Empty description="Chọn một cơ quan, đơn vị trong cây để xem chi tiết." />
          </Card>
        )}
      </Col>
    </Row>
  );

  return (
    <>
      <PageHeader title="Cơ quan, đơn vị" actions={<ExportButton path="/organisations/export" />} />
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          const next = new URLSearchParams(params);
          if (k === 'cum-khoi') next.set('tab', 'cum-khoi');
          else next.delete('tab');
          setParams(next);
        }}
        items={[
          { key: 'co-cau', label: 'Cơ cấu tổ chức', children: structure },
          { key: 'cum-khoi', label: 'Cụm, khối thi đua', children: <ClustersTab /> },
        ]}
      />
    </>
  );
}
