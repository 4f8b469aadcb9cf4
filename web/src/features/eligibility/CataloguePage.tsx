import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Tabs } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, toIso } from '../../ui/format';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { ParamChangeModal } from './ParamChangeModal';
import { ProcedureConfirmations } from './ProcedureConfirmations';
import type { Catalogue, ParamInfo } from './types';
import { catalogueKeys } from './keys';
import { AwardsTab } from './CatalogueAwards';
import { BaseSalaryTab, ParamsTab } from './CatalogueParams';
import { OverridesTab } from './CatalogueHistory';
import { ProvinceModal, RuleSetCard, RuleSetsTab } from './CatalogueRuleSets';

type TabKey = 'danh-hieu' | 'luong-co-so' | 'tham-so' | 'lich-su' | 'bo-quy-dinh';
const TABS: TabKey[] = ['danh-hieu', 'luong-co-so', 'tham-so', 'lich-su', 'bo-quy-dinh'];

// ---- Page ----

export function CataloguePage() {
  useDocumentTitle('Danh mục và quy định');
  const { can } = useAuth();
  const manage = can('catalogue.manage');
  const [params, setParams] = useSearchParams();
  const date = params.get('ngay') ?? toIso(dayjs())!;
  const tab: TabKey = TABS.includes(params.get('tab') as TabKey) ? (params.get('tab') as TabKey) : 'danh-hieu';
  const [changing, setChanging] = useState<ParamInfo | null>(null);
  const [provinceOpen, setProvinceOpen] = useState(false);
  const q = useQuery({
    queryKey: catalogueKeys.at(date),
    queryFn: () => api.get<Catalogue>('/catalogue', { date }),
    placeholderData: keepPreviousData,
  });
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const codes = useMemo(() => (q.data?.awards ?? []).map((a) => ({ value: a.code, label: a.name })), [q.data]);

  const datePicker = (
    <Flex align="center" gap={8}>
      <label htmlFor="catalogue-date">Áp dụng vào ngày</label>
      <DatePicker
        id="catalogue-date"
        value={dayjs(date, 'YYYY-MM-DD')}
        onChange={(d) => set('ngay', d && !d.isSame(dayjs(), 'day') ? toIso(d) : null)}
        format={DATE_FORMATS}
        allowClear={false}
        style={{ width: 150 }}
      />
    </Flex>
  );

  let content: ReactNode;
  if (q.isPending) content = <PageSkeleton />;
  else if (q.error) content = <LoadError error={q.error} onRetry={() => q.refetch()} />;
  else {
    const d = q.data;
    const salaryParam = d.params.find((p) => p.type === 'dated-table');
    content = (
      <>
        <RuleSetCard data={d} onProvince={manage ? () => setProvinceOpen(true) : undefined} />
        {manage && <ProcedureConfirmations />}
        <Tabs
          activeKey={tab}
          onChange={(k) => set('tab', k === 'danh-hieu' ? null : k)}
          items={[
            {
              key: 'danh-hieu',
              label: `Danh hiệu, hình thức (${d.awards.length})`,
              children: <AwardsTab awards={d.awards} />,
            },
            {
              key: 'luong-co-so',
              label: 'Mức lương cơ sở',
              children: (
                <BaseSalaryTab data={d} onAdd={manage && salaryParam ? () => setChanging(salaryParam) : undefined} />
              ),
            },
            {
              key: 'tham-so',
              label: `Tham số (${d.params.length})`,
              children: <ParamsTab data={d} onChange={manage ? setChanging : undefined} />,
            },
            {
              key: 'lich-su',
              label: `Các lần thay đổi tham số (${d.overrides.length})`,
              children: <OverridesTab data={d} />,
            },
            { key: 'bo-quy-dinh', label: 'Bộ quy định theo thời gian', children: <RuleSetsTab data={d} /> },
          ]}
        />
        {manage && (
          <>
            <ParamChangeModal param={changing} codes={codes} onClose={() => setChanging(null)} />
            <ProvinceModal data={d} open={provinceOpen} onClose={() => setProvinceOpen(false)} />
          </>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Danh mục và quy định"
        subtitle="Danh hiệu thi đua, hình thức khen thưởng, tiêu chuẩn và căn cứ pháp lý đang có hiệu lực"
        actions={datePicker}
      />
      {content}
    </>
  );
}
