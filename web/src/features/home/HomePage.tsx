// Start page: how much is in the registry the user may see, and quick links to the sections.
import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CloudUploadOutlined,
  HomeOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ROLE_LABELS } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtNumber } from '../../ui/format';
import { isClosed, useOrganisations } from '../../ui/orgs';
import { PageHeader, useDocumentTitle } from '../../ui/page';
import type { Household, Page, Permission, Person } from '../../ui/types';
import { HomeRoundsCard } from '../rounds/HomeRoundsCard';
import { HomeOverdueCard } from '../plans/HomeOverdueCard';
import { HomePetitionsCard } from '../petitions/HomePetitionsCard';
import { householdKeys } from '../households/keys';
import { peopleKeys } from '../people/keys';

interface QuickLink {
  to: string;
  title: string;
  text: string;
  icon: ReactNode;
  permission: Permission;
}

const LINKS: QuickLink[] = [
  {
    to: '/ca-nhan',
    title: 'Tra cứu cá nhân',
    text: 'Tìm theo họ tên, số CCCD; xem quá trình khen thưởng, xếp loại, sáng kiến.',
    icon: <TeamOutlined />,
    permission: 'registry.read',
  },
  {
    to: '/co-quan',
    title: 'Cơ quan, đơn vị',
    text: 'Cây tổ chức, sáp nhập, cụm và khối thi đua.',
    icon: <ApartmentOutlined />,
    permission: 'registry.read',
  },
  {
    to: '/ho-gia-dinh',
    title: 'Hộ gia đình',
    text: 'Danh sách hộ theo thôn, tổ dân phố và danh hiệu Gia đình văn hóa.',
    icon: <HomeOutlined />,
    permission: 'registry.read',
  },
  {
    to: '/xet-dieu-kien',
    title: 'Xét điều kiện hàng loạt',
    text: 'Ai đủ điều kiện, ai còn thiếu một tiêu chí cho một danh hiệu trong kỳ; xuất Excel.',
    icon: <SafetyCertificateOutlined />,
    permission: 'eligibility.use',
  },
  {
    to: '/danh-muc',
    title: 'Danh mục và quy định',
    text: 'Danh hiệu, hình thức, tiêu chuẩn, căn cứ pháp lý, hệ số tiền thưởng, mức lương cơ sở.',
    icon: <BookOutlined />,
    permission: 'eligibility.use',
  },
  {
    to: '/nhap-du-lieu',
    title: 'Nhập dữ liệu từ Excel',
    text: 'Tải tệp mẫu, kiểm tra từng dòng rồi ghi vào hệ thống.',
    icon: <CloudUploadOutlined />,
    permission: 'import.run',
  },
  {
    to: '/nhat-ky',
    title: 'Nhật ký hệ thống',
    text: 'Ai đã làm gì, khi nào, vì sao; kiểm tra tính toàn vẹn.',
    icon: <AuditOutlined />,
    permission: 'audit.read',
  },
  {
    to: '/tai-khoan',
    title: 'Tài khoản',
    text: 'Tạo tài khoản, phân quyền theo đơn vị, khóa, đặt lại mật khẩu.',
    icon: <KeyOutlined />,
    permission: 'users.manage',
  },
];

export function HomePage() {
  useDocumentTitle('Trang chủ');
  const { me, can } = useAuth();
  const readable = can('registry.read');
  const orgs = useOrganisations();
  const people = useQuery({
    queryKey: peopleKeys.count(),
    queryFn: () => api.get<Page<Person>>('/people', { pageSize: 1 }),
    enabled: readable,
  });
  const households = useQuery({
    queryKey: householdKeys.count(),
    queryFn: () => api.get<Page<Household>>('/households', { pageSize: 1 }),
    enabled: readable,
  });
  const activeOrgs = orgs.index.list.filter((o) => !isClosed(o)).length;

  return (
    <>
      <PageHeader title="Trang chủ" subtitle={`Xin chào ${me.fullName} — ${me.tenant.name}`} />
      {(can('proposal.submit') || can('round.manage')) && <HomeRoundsCard />}
      {readable && <HomeOverdueCard />}
      {can('petition.manage') && <HomePetitionsCard />}
      {readable && (
        <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
          <Col xs={24} sm={8}>
            <Card>
              <Link to="/ca-nhan" className="quick-link">
                <Statistic
                  title="Cá nhân"
                  value={people.data?.total ?? 0}
                  loading={people.isPending}
                  formatter={(v) => fmtNumber(Number(v))}
                  prefix={<TeamOutlined aria-hidden />}
                />
              </Link>
            </Card>
          </Col>
          <Col xs={24} sm={8}>
            <Card>
              <Link to="/co-quan" className="quick-link">
                <Statistic
                  title="Cơ quan, đơn vị đang hoạt động"
                  value={activeOrgs}
                  loading={orgs.isPending}
                  formatter={(v) => fmtNumber(Number(v))}
                  prefix={<ApartmentOutlined aria-hidden />}
                />
              </Link>
            </Card>
          </Col>
          <Col xs={24} sm={8}>
            <Card>
              <Link to="/ho-gia-dinh" className="quick-link">
                <Statistic
                  title="Hộ gia đình"
                  value={households.data?.total ?? 0}
                  loading={households.isPending}
                  formatter={(v) => fmtNumber(Number(v))}
                  prefix={<HomeOutlined aria-hidden />}
                />
              </Link>
            </Card>
          </Col>
        </Row>
      )}
      <Typography.Title level={2} style={{ fontSize: 17 }}>
        Truy cập nhanh
      </Typography.Title>
      <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
        {LINKS.filter((l) => can(l.permission)).map((l) => (
          <Col key={l.to} xs={24} md={12} xl={8}>
            <Link to={l.to} className="quick-link">
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta
                  avatar={
                    <span style={{ fontSize: 24, color: '#1554ad' }} aria-hidden>
                      {l.icon}
                    </span>
                  }
                  title={l.title}
                  description={l.text}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Typography.Title level={2} style={{ fontSize: 17 }}>
        Phạm vi được phân quyền
      </Typography.Title>
      <Card>
        {me.grants.length === 0 ? (
          <Typography.Text type="secondary">
            Tài khoản chưa được phân quyền ở đơn vị nào. Hãy liên hệ quản trị hệ thống.
          </Typography.Text>
        ) : (
          <ul className="item-list">
            {me.grants.map((g) => (
              <li key={`${g.role}-${g.orgId}`}>
                <Tag color="blue">{ROLE_LABELS[g.role]}</Tag> {g.orgName}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
