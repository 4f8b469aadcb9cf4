// /tong-quan: the dashboard of the office and the chairman. Decisions waiting for the user's
// signature come first; then charts (ECharts, in the browser) of awards by year and level, the
// share of individuals by category and of non-managers over five years (Chỉ thị 41-CT/TW),
// registrations against achievements, movements and their progress, rounds in flight with their
// deadlines and the fund's balance. Each chart opens the list behind it.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Form, List, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { DashboardOut } from '../../../../src/features/dashboard/schema';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDate, fmtMoney, fmtNumber } from '../../ui/format';
import { OrgTreeSelect } from '../../ui/orgs';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { CATEGORY_COLOURS, LEVEL_COLOURS } from './colours';
import { type ChartOption, EChart } from './EChart';
import { dashboardKeys } from './keys';

type Dashboard = z.output<typeof DashboardOut>;

const LEVELS = ['nha_nuoc', 'tinh', 'co_so'] as const;

function awardsOption(d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: d.years.map(String) },
    yAxis: { type: 'value', minInterval: 1 },
    series: LEVELS.map((l) => ({
      type: 'bar',
      name: d.levelLabels[l],
      stack: 'level',
      itemStyle: { color: LEVEL_COLOURS[l] },
      data: d.years.map((y) => d.awardsByYear.find((a) => a.year === y && a.level === l)?.count ?? 0),
    })),
  };
}

function categoryOption(d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        data: d.share.byCategory.map((c) => ({
          name: c.label,
          value: c.count,
          itemStyle: { color: CATEGORY_COLOURS[c.category] },
        })),
        label: { formatter: '{b}: {d}%' },
      },
    ],
  };
}

function trendOption(d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 48, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: d.share.trend.map((t) => String(t.year)) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      {
        type: 'bar',
        name: 'Lãnh đạo, quản lý',
        stack: 'p',
        itemStyle: { color: '#8c8c8c' },
        data: d.share.trend.map((t) => t.individuals - t.nonManagers),
      },
      {
        type: 'bar',
        name: 'Không giữ chức vụ lãnh đạo, quản lý',
        stack: 'p',
        itemStyle: { color: '#2e8b57' },
        data: d.share.trend.map((t) => t.nonManagers),
      },
      {
        type: 'line',
        name: 'Tỷ lệ không giữ chức vụ (%)',
        yAxisIndex: 1,
        itemStyle: { color: '#d48806' },
        data: d.share.trend.map((t) => (t.individuals ? Math.round((t.nonManagers * 1000) / t.individuals) / 10 : 0)),
      },
    ],
  };
}

function registrationsOption(d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 160, right: 16, top: 8, bottom: 48 },
    yAxis: { type: 'category', inverse: true, data: d.registrations.map((r) => r.awardName) },
    xAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: 'Đăng ký', itemStyle: { color: '#1554ad' }, data: d.registrations.map((r) => r.registered) },
      { type: 'bar', name: 'Đạt', itemStyle: { color: '#2e8b57' }, data: d.registrations.map((r) => r.achieved) },
    ],
  };
}

function movementsOption(d: Dashboard): ChartOption {
  const short = (s: string) => (s.length > 40 ? `${s.slice(0, 38)}…` : s);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 240, right: 16, top: 8, bottom: 48 },
    yAxis: { type: 'category', inverse: true, data: d.movements.map((m) => short(m.theme)) },
    xAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: 'Đơn vị tham gia',
        itemStyle: { color: '#91caff' },
        data: d.movements.map((m) => m.participants),
      },
      {
        type: 'bar',
        name: 'Đã báo cáo kết quả',
        itemStyle: { color: '#1554ad' },
        data: d.movements.map((m) => m.reported),
      },
    ],
  };
}

export function DashboardPage() {
  useDocumentTitle('Tổng quan');
  const { can } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const orgId = params.get('orgId') ?? undefined;
  const q = useQuery({
    queryKey: dashboardKeys.year(year, orgId),
    queryFn: () => api.get<Dashboard>('/dashboard', { year, orgId }),
  });
  const d = q.data;
  const shownYear = d?.year ?? year;
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const register = (extra: Record<string, string>) => {
    // The charts count awards in force: the register opens on the same rows.
    const p = new URLSearchParams({ ...extra, state: 'in_force' });
    if (orgId) p.set('orgId', orgId);
    void navigate(`/so-khen-thuong?${p}`);
  };
  const options = useMemo(
    () =>
      d && {
        awards: awardsOption(d),
        category: categoryOption(d),
        trend: trendOption(d),
        registrations: registrationsOption(d),
        movements: movementsOption(d),
      },
    [d],
  );
  const thisYear = d ? d.years[d.years.length - 1] : new Date().getFullYear();
  const yearChoices = Array.from({ length: 8 }, (_, i) => Math.max(thisYear, new Date().getFullYear()) - i);

  return (
    <>
      <PageHeader title="Tổng quan" subtitle="Số liệu thi đua, khen thưởng trong phạm vi được phân quyền" />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="Năm" htmlFor="dashboard-year">
          <Select
            id="dashboard-year"
            style={{ width: 110 }}
            value={shownYear}
            onChange={(v) => update({ year: String(v) })}
            options={yearChoices.map((y) => ({ value: y, label: String(y) }))}
          />
        </Form.Item>
        <Form.Item label="Đơn vị" htmlFor="dashboard-org">
          <OrgTreeSelect
            id="dashboard-org"
            style={{ width: 320 }}
            value={orgId}
            onChange={(v) => update({ orgId: (v as string | undefined) ?? undefined })}
          />
        </Form.Item>
      </Form>
      {q.isError && <LoadError error={q.error} onRetry={() => q.refetch()} />}
      {d && options && (
        <Row gutter={[16, 16]}>
          {can('decision.sign') && (
            <Col span={24}>
              <Card
                title={`Văn bản chờ ký (${d.awaitingSignature.length})`}
                extra={<Link to="/cho-ky">Mở danh sách chờ ký</Link>}
              >
                {d.awaitingSignature.length === 0 ? (
                  <Typography.Text type="secondary">Không có quyết định nào chờ ký.</Typography.Text>
                ) : (
                  <List
                    dataSource={d.awaitingSignature}
                    renderItem={(x) => (
                      <List.Item extra={<Tag color="gold">Chờ ký</Tag>}>
                        <List.Item.Meta
                          title={<Link to={`/quyet-dinh/${x.id}`}>{x.subject}</Link>}
                          description={`${x.orgName} — ${x.roundName} — ${fmtNumber(x.itemCount)} cá nhân, tập thể — tiền thưởng ${fmtMoney(x.totalAmount)}`}
                        />
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            </Col>
          )}
          <Col xs={24} xl={14}>
            <Card title="Khen thưởng theo năm và cấp quyết định" extra="Bấm vào cột để xem danh sách">
              <EChart
                label="Khen thưởng theo năm và cấp quyết định"
                option={options.awards}
                onClick={(p) => register({ year: p.name, level: LEVELS[p.seriesIndex ?? 0] })}
              />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card title={`Cá nhân được khen năm ${d.year} theo đối tượng`}>
              {d.share.byCategory.length === 0 ? (
                <Empty description="Chưa có cá nhân được khen trong năm" />
              ) : (
                <EChart
                  label="Cá nhân được khen theo đối tượng"
                  option={options.category}
                  onClick={(p) => {
                    const c = d.share.byCategory[p.dataIndex];
                    register(c ? { year: String(d.year), category: c.category } : { year: String(d.year) });
                  }}
                />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card
              title="Lãnh đạo, quản lý và người không giữ chức vụ (Chỉ thị 41-CT/TW)"
              extra={`Năm ${d.year}: ${fmtNumber(d.share.nonManagers)} / ${fmtNumber(d.share.managers + d.share.nonManagers)} không giữ chức vụ`}
            >
              <EChart
                label="Tỷ lệ khen thưởng người không giữ chức vụ lãnh đạo, quản lý qua các năm"
                option={options.trend}
                onClick={(p) => register({ year: p.name })}
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={`Đăng ký thi đua năm ${d.year} và kết quả`} extra={<Link to="/dang-ky-thi-dua">Đăng ký</Link>}>
              {d.registrations.length === 0 ? (
                <Empty description="Chưa có đăng ký thi đua của năm" />
              ) : (
                <EChart
                  label="Đăng ký thi đua và kết quả đạt được"
                  option={options.registrations}
                  height={Math.max(220, 60 + d.registrations.length * 44)}
                  onClick={() => void navigate('/dang-ky-thi-dua')}
                />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            <Card
              title={`Phong trào thi đua năm ${d.year} và tiến độ báo cáo`}
              extra={<Link to="/phong-trao">Phong trào</Link>}
            >
              {d.movements.length === 0 ? (
                <Empty description="Không có phong trào trong năm" />
              ) : (
                <EChart
                  label="Phong trào thi đua và số đơn vị đã báo cáo"
                  option={options.movements}
                  height={Math.max(220, 60 + d.movements.length * 44)}
                  onClick={(p) => void navigate(`/phong-trao/${d.movements[p.dataIndex].id}`)}
                />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            {d.fund && (
              <Card
                title="Quỹ thi đua, khen thưởng"
                extra={<Link to="/quy-thi-dua">Sổ quỹ</Link>}
                style={{ marginBottom: 16 }}
              >
                <Statistic title="Tổng số dư các quỹ" value={fmtMoney(d.fund.total)} />
                <List
                  size="small"
                  dataSource={d.fund.bodies.slice(0, 5)}
                  renderItem={(b) => (
                    <List.Item extra={fmtMoney(b.balance)}>
                      <Link to={`/quy-thi-dua?orgId=${b.id}`}>{b.name}</Link>
                    </List.Item>
                  )}
                />
              </Card>
            )}
            <Card title="Đợt xét khen thưởng đang thực hiện">
              {d.rounds.length === 0 ? (
                <Empty description="Không có đợt xét đang thực hiện" />
              ) : (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={d.rounds}
                  columns={[
                    { title: 'Đợt xét', dataIndex: 'name', render: (v, r) => <Link to={`/dot-xet/${r.id}`}>{v}</Link> },
                    { title: 'Trạng thái', dataIndex: 'statusLabel' },
                    { title: 'Hạn nộp', dataIndex: 'submitBy', render: fmtDate },
                    {
                      title: 'Hạn quyết định',
                      dataIndex: 'decisionBy',
                      render: (v, r) => (
                        <>
                          {fmtDate(v)}{' '}
                          {r.daysLeft < 0 ? (
                            <Tag color="red">Quá hạn {-r.daysLeft} ngày</Tag>
                          ) : r.daysLeft <= 7 ? (
                            <Tag color="orange">Còn {r.daysLeft} ngày</Tag>
                          ) : null}
                        </>
                      ),
                    },
                  ]}
                />
              )}
            </Card>
          </Col>
          {d.awardsByYear.length === 0 && (
            <Col span={24}>
              <Alert type="info" showIcon message="Chưa có khen thưởng nào trong 5 năm gần đây ở phạm vi đã chọn." />
            </Col>
          )}
        </Row>
      )}
    </>
  );
}
