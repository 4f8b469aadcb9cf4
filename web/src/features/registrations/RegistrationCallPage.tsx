// /dang-ky-thi-dua/:id — one year's registration call. A unit registers in bulk: the unit itself
// (collective titles) and its people in one table (search, tick many, a title for each), sent all
// at once; the server takes all or nothing and its row errors come back next to the rows. Lines
// can be removed until the deadline, which counts down. The year-end report compares what was
// registered with what was achieved and with today's verdicts.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Flex, Grid, Tag } from 'antd';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { api } from '../../ui/api';
import { EMPTY, fmtNumber } from '../../ui/format';
import { OrgTreeSelect, useOrganisations } from '../../ui/orgs';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import type { Organisation } from '../../ui/types';
import { periodText } from '../eligibility/labels';
import { DeadlineText } from './RegistrationsPage';
import type { CallDetail } from './types';
import { registrationKeys } from './keys';
import { RegisterPanel } from './RegisterPanel';
import { RegisteredTable } from './RegisteredTable';
import { ReportPanel } from './ReportPanel';

type Tab = 'dang-ky' | 'danh-sach' | 'bao-cao';

export function RegistrationCallPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const q = useQuery({
    queryKey: registrationKeys.detail(id),
    queryFn: () => api.get<CallDetail>(`/registration-calls/${id}`),
  });
  const { index } = useOrganisations();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.sm ?? true);
  const call = q.data;
  useDocumentTitle(call ? `Đăng ký thi đua ${periodText(call.period)}` : 'Đăng ký thi đua');
  const myUnits = useMemo(() => new Set(call?.myUnits ?? []), [call]);
  const selectable = useMemo(() => (o: Organisation) => myUnits.has(o.id), [myUnits]);

  if (q.isPending) return <PageSkeleton />;
  if (q.error || !call) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;

  const canRegister = call.myUnits.length > 0;
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  // A clerk of one unit works on that unit; the office picks one (or sees all).
  const unitParam = params.get('donVi') ?? undefined;
  const unitId = unitParam ?? (call.myUnits.length === 1 ? call.myUnits[0] : undefined);
  const unit = unitId ? index.byId.get(unitId) : undefined;
  const defaultTab: Tab = canRegister && call.open ? 'dang-ky' : 'danh-sach';
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && (requested !== 'dang-ky' || canRegister) ? requested : defaultTab;
  const unitCount = new Set(call.items.map((i) => i.unitOrgId)).size;
  const shownItems = unitId ? call.items.filter((i) => i.unitOrgId === unitId).length : call.items.length;

  return (
    <>
      <PageHeader
        title={`Đăng ký thi đua ${periodText(call.period)}`}
        subtitle={index.label(call.orgId) || undefined}
        actions={
          <ButtonLink to="/dang-ky-thi-dua" icon={<ArrowLeftOutlined aria-hidden />}>
            Các đợt đăng ký
          </ButtonLink>
        }
      />
      <Card className="registration-card" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'deadline',
              label: 'Hạn đăng ký',
              children: <DeadlineText deadline={call.deadline} open={call.open} />,
            },
            {
              key: 'awards',
              label: 'Danh hiệu',
              children: (
                <span className="tag-list">
                  {call.awards.map((a) => (
                    <Tag key={a.code}>{a.name}</Tag>
                  ))}
                </span>
              ),
            },
            {
              key: 'count',
              label: 'Đã đăng ký',
              children: call.items.length
                ? `${fmtNumber(call.items.length)} đăng ký của ${fmtNumber(unitCount)} đơn vị`
                : EMPTY,
            },
          ]}
        />
        {(call.myUnits.length > 1 || call.manage) && (
          <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
            <label htmlFor="registration-unit">Đơn vị:</label>
            <OrgTreeSelect
              id="registration-unit"
              value={unitParam}
              onChange={(v) => set({ donVi: (v as string | undefined) ?? undefined })}
              selectable={call.myUnits.length ? selectable : undefined}
              hideClosed
              placeholder={tab === 'dang-ky' ? 'Chọn đơn vị đăng ký' : 'Tất cả đơn vị'}
              style={{ minWidth: 280, maxWidth: '100%' }}
            />
          </Flex>
        )}
      </Card>
      <Card
        className="registration-card"
        tabList={[
          ...(canRegister ? [{ key: 'dang-ky', label: phone ? 'Đăng ký' : 'Đăng ký của đơn vị' }] : []),
          { key: 'danh-sach', label: `Đã đăng ký (${shownItems})` },
          { key: 'bao-cao', label: phone ? 'Báo cáo' : 'Báo cáo cuối năm' },
        ]}
        activeTabKey={tab}
        onTabChange={(k) => set({ tab: k === defaultTab ? undefined : k })}
      >
        {tab === 'dang-ky' ? (
          unit ? (
            <RegisterPanel call={call} unit={unit} />
          ) : (
            <Empty description="Chọn đơn vị để đăng ký cho tập thể và cá nhân của đơn vị." />
          )
        ) : tab === 'danh-sach' ? (
          <RegisteredTable call={call} unitId={unitId} />
        ) : (
          <ReportPanel call={call} unitId={unitId} />
        )}
      </Card>
    </>
  );
}
