// The frame of every signed-in page: a left menu (a drawer on narrow screens) with only the
// sections the user may open, and a header with the user, the tenant, the role and sign-out.
import {
  ApartmentOutlined,
  InboxOutlined,
  AuditOutlined,
  BookOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FlagOutlined,
  HomeOutlined,
  KeyOutlined,
  LockOutlined,
  LogoutOutlined,
  MenuOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { CheckSquareOutlined, NotificationOutlined, SolutionOutlined } from '@ant-design/icons';
import { ScheduleOutlined } from '@ant-design/icons';
import { BulbOutlined, ClusterOutlined } from '@ant-design/icons';
import { BarChartOutlined, FormOutlined, RocketOutlined } from '@ant-design/icons';
import { ProfileOutlined } from '@ant-design/icons';
import { FileTextOutlined } from '@ant-design/icons';
import { CalendarOutlined, FileSearchOutlined, ReadOutlined } from '@ant-design/icons';
import { PieChartOutlined, WalletOutlined } from '@ant-design/icons';
import { IdcardOutlined } from '@ant-design/icons';
import { GlobalOutlined, StarOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, Tooltip, Typography, type MenuProps } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ChangePasswordModal } from '../features/auth/ChangePasswordModal';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useAuth } from './auth';
import { ForbiddenResult } from './page';
import type { Permission } from './types';

interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  permission?: Permission;
  /** Shown when the user holds any of these (in addition to `permission`, if set). */
  anyOf?: Permission[];
  /** Other address prefixes that belong to this section (for the highlighted menu item). */
  also?: string[];
  /** Heading the item is listed under in the menu. */
  group?: NavGroup;
}

type NavGroup = 'registry' | 'emulation' | 'commendation' | 'portal' | 'system';
const GROUP_LABELS: Record<NavGroup, string> = {
  registry: 'Hồ sơ, dữ liệu',
  emulation: 'Thi đua',
  commendation: 'Khen thưởng',
  portal: 'Tuyên truyền, công khai',
  system: 'Quy định và hệ thống',
};

export const NAV: NavItem[] = [
  { path: '/', label: 'Trang chủ', icon: <DashboardOutlined /> },
  {
    path: '/co-quan',
    label: 'Cơ quan, đơn vị',
    icon: <ApartmentOutlined />,
    permission: 'registry.read',
    group: 'registry',
  },
  { path: '/ca-nhan', label: 'Cá nhân', icon: <TeamOutlined />, permission: 'registry.read', group: 'registry' },
  {
    path: '/ho-gia-dinh',
    label: 'Hộ gia đình',
    icon: <HomeOutlined />,
    permission: 'registry.read',
    group: 'registry',
  },
  {
    path: '/ke-hoach',
    label: 'Kế hoạch thi đua',
    icon: <ScheduleOutlined />,
    permission: 'registry.read',
    group: 'emulation',
  },
  {
    path: '/phong-trao',
    label: 'Phong trào thi đua',
    icon: <RocketOutlined />,
    permission: 'registry.read',
    group: 'emulation',
  },
  {
    path: '/dang-ky-thi-dua',
    label: 'Đăng ký thi đua',
    icon: <FormOutlined />,
    permission: 'registry.read',
    group: 'emulation',
  },
  {
    path: '/cum-thi-dua',
    label: 'Cụm, khối thi đua',
    icon: <ClusterOutlined />,
    permission: 'registry.read',
    group: 'emulation',
  },
  { path: '/sang-kien', label: 'Sáng kiến', icon: <BulbOutlined />, permission: 'registry.read', group: 'emulation' },
  {
    path: '/dot-xet',
    label: 'Đợt xét khen thưởng',
    icon: <FlagOutlined />,
    anyOf: ['proposal.submit', 'round.manage'],
    also: ['/ho-so'],
    group: 'commendation',
  },
  {
    path: '/hoi-dong',
    label: 'Hội đồng TĐKT',
    icon: <SolutionOutlined />,
    permission: 'round.manage',
    group: 'commendation',
  },
  {
    path: '/phieu-bau',
    label: 'Phiếu bầu Hội đồng',
    icon: <CheckSquareOutlined />,
    anyOf: ['ballot.cast', 'decision.sign'],
    group: 'commendation',
  },
  {
    path: '/quan-ly-cong-khai',
    label: 'Công khai danh sách',
    icon: <NotificationOutlined />,
    permission: 'round.manage',
    group: 'commendation',
  },
  {
    path: '/quyet-dinh',
    label: 'Quyết định khen thưởng',
    icon: <FileDoneOutlined />,
    anyOf: ['round.manage', 'decision.sign'],
    group: 'commendation',
  },
  {
    path: '/cho-ky',
    label: 'Quyết định chờ ký',
    icon: <FileProtectOutlined />,
    permission: 'decision.sign',
    group: 'commendation',
  },
  {
    path: '/bao-cao',
    label: 'Báo cáo thống kê',
    icon: <BarChartOutlined />,
    permission: 'registry.read',
    group: 'commendation',
  },
  {
    path: '/bao-cao/tong-ket',
    label: 'Báo cáo sơ kết, tổng kết',
    icon: <FileTextOutlined />,
    permission: 'registry.read',
    group: 'commendation',
  },
  {
    path: '/kiem-tra',
    label: 'Kiểm tra công tác TĐKT',
    icon: <FileSearchOutlined />,
    permission: 'registry.read',
    group: 'emulation',
  },
  {
    path: '/tap-huan',
    label: 'Tập huấn nghiệp vụ',
    icon: <ReadOutlined />,
    permission: 'registry.read',
    group: 'emulation',
  },
  {
    path: '/hoi-nghi',
    label: 'Hội nghị sơ kết, tổng kết',
    icon: <CalendarOutlined />,
    permission: 'registry.read',
    group: 'emulation',
  },
  {
    path: '/so-khen-thuong',
    label: 'Sổ theo dõi khen thưởng',
    icon: <ProfileOutlined />,
    permission: 'registry.read',
    group: 'commendation',
  },
  {
    path: '/can-bo-tdkt',
    label: 'Người làm công tác TĐKT',
    icon: <IdcardOutlined />,
    permission: 'registry.read',
    group: 'commendation',
  },
  {
    path: '/tong-quan',
    label: 'Tổng quan, biểu đồ',
    icon: <PieChartOutlined />,
    permission: 'registry.read',
    group: 'commendation',
  },
  {
    path: '/quy-thi-dua',
    label: 'Quỹ thi đua, khen thưởng',
    icon: <WalletOutlined />,
    permission: 'fund.read',
    group: 'commendation',
  },
  {
    path: '/don-thu',
    label: 'Đơn thư',
    icon: <InboxOutlined />,
    permission: 'petition.manage',
    group: 'commendation',
  },
  {
    path: '/guong-dien-hinh',
    label: 'Gương điển hình',
    icon: <StarOutlined />,
    permission: 'registry.read',
    group: 'portal',
  },
  {
    path: '/tin-bai',
    label: 'Tin bài tuyên truyền',
    icon: <GlobalOutlined />,
    permission: 'registry.read',
    group: 'portal',
  },
  {
    path: '/thu-vien-van-ban',
    label: 'Thư viện văn bản',
    icon: <BookOutlined />,
    permission: 'registry.read',
    group: 'portal',
  },
  {
    path: '/xet-dieu-kien',
    label: 'Xét điều kiện hàng loạt',
    icon: <SafetyCertificateOutlined />,
    permission: 'eligibility.use',
    group: 'commendation',
  },
  {
    path: '/danh-muc',
    label: 'Danh mục và quy định',
    icon: <BookOutlined />,
    permission: 'eligibility.use',
    group: 'system',
  },
  {
    path: '/nhap-du-lieu',
    label: 'Nhập dữ liệu Excel',
    icon: <CloudUploadOutlined />,
    permission: 'import.run',
    group: 'system',
  },
  { path: '/nhat-ky', label: 'Nhật ký hệ thống', icon: <AuditOutlined />, permission: 'audit.read', group: 'system' },
  { path: '/tai-khoan', label: 'Tài khoản', icon: <KeyOutlined />, permission: 'users.manage', group: 'system' },
];

function activeKey(pathname: string): string {
  const under = (p: string) => pathname === p || pathname.startsWith(`${p}/`);
  const hit = NAV.filter((n) => n.path !== '/' && (under(n.path) || n.also?.some(under)));
  return hit.length ? hit[hit.length - 1].path : '/';
}

function Brand({ compact }: { compact?: boolean }) {
  return (
    <Link
      to="/"
      className={compact ? 'brand brand-compact' : 'brand'}
      aria-label="Quản lý thi đua, khen thưởng — Trang chủ"
    >
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span className="brand-text">Thi đua, khen thưởng</span>
    </Link>
  );
}

export function AppLayout() {
  const { me, can, rolesText, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);

  const items: MenuProps['items'] = useMemo(() => {
    const shown = NAV.filter((n) => (!n.permission || can(n.permission)) && (!n.anyOf || n.anyOf.some((p) => can(p))));
    const item = (n: NavItem) => ({ key: n.path, icon: n.icon, label: <Link to={n.path}>{n.label}</Link> });
    const groups = (Object.keys(GROUP_LABELS) as NavGroup[])
      .map((g) => ({ g, children: shown.filter((n) => n.group === g).map(item) }))
      .filter((x) => x.children.length)
      .map((x) => ({ type: 'group' as const, key: `group-${x.g}`, label: GROUP_LABELS[x.g], children: x.children }));
    return [...shown.filter((n) => !n.group).map(item), ...groups];
  }, [can]);
  const selected = activeKey(location.pathname);
  const menu = (
    <nav aria-label="Chức năng">
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selected]}
        onClick={({ key }) => {
          setDrawerOpen(false);
          if (location.pathname !== key) void navigate(key);
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
  const roleShort = me.grants.length ? rolesText : 'Chưa được phân quyền';

  const userMenu: MenuProps['items'] = [
    {
      key: 'who',
      label: (
        <span className="user-menu-who">
          {me.fullName}
          <br />
          <small>{roleShort}</small>
        </span>
      ),
      disabled: true,
    },
    { type: 'divider' },
    { key: 'password', icon: <LockOutlined />, label: 'Đổi mật khẩu' },
    { key: 'sign-out', icon: <LogoutOutlined />, label: 'Đăng xuất' },
  ];

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main-content">
        Chuyển đến nội dung chính
      </a>
      {wide ? (
        <Layout.Sider width={232} theme="light" className="app-sider">
          <Brand />
          {menu}
        </Layout.Sider>
      ) : (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={272}
          title={<Brand compact />}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="app-header">
          <Flex align="center" gap={12} style={{ minWidth: 0, flex: 1 }}>
            {!wide && (
              <Button
                icon={<MenuOutlined aria-hidden />}
                onClick={() => setDrawerOpen(true)}
                aria-label="Mở danh mục chức năng"
              />
            )}
            {!wide && <Brand compact />}
            {wide && (
              <Typography.Text className="tenant-name" ellipsis>
                {me.tenant.name}
              </Typography.Text>
            )}
          </Flex>
          <Flex align="center" gap={12} style={{ minWidth: 0 }}>
            <NotificationBell />
            {wide ? (
              <Flex align="center" gap={12} style={{ minWidth: 0 }}>
                <div className="user-box">
                  <div className="user-name">
                    <UserOutlined aria-hidden /> {me.fullName}
                  </div>
                  <Tooltip title={roleShort}>
                    <div className="user-role">{roleShort}</div>
                  </Tooltip>
                </div>
                <Button icon={<LockOutlined aria-hidden />} onClick={() => setPasswordOpen(true)}>
                  Đổi mật khẩu
                </Button>
                <Button icon={<LogoutOutlined aria-hidden />} onClick={() => void signOut()}>
                  Đăng xuất
                </Button>
              </Flex>
            ) : (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: userMenu,
                  onClick: ({ key }) => {
                    if (key === 'password') setPasswordOpen(true);
                    if (key === 'sign-out') void signOut();
                  },
                }}
              >
                <Button icon={<UserOutlined aria-hidden />} aria-label={`Tài khoản: ${me.fullName}`} />
              </Dropdown>
            )}
          </Flex>
        </Layout.Header>
        <Layout.Content id="main-content" tabIndex={-1} className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </Layout>
  );
}

/** Route guard: the page, or a "no permission" result. */
export function Guard({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useAuth();
  if (!can(permission)) {
    return <ForbiddenResult />;
  }
  return <>{children}</>;
}
