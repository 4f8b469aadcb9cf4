// The filter card both report pages share: the page's own first control (the form or the kind),
// the reporting year and the reporting unit, all kept in the address's query string.
import { Card, Flex, InputNumber } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { OrgTreeSelect } from '../../ui/orgs';

/** The query string and a setter that removes a key when given no value. */
export function useReportParams() {
  const [params, setParams] = useSearchParams();
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  return { params, set };
}

export function ReportFilters({
  children,
  year,
  orgId,
  set,
}: {
  children: ReactNode;
  year: number;
  orgId: string | undefined;
  set: (k: string, v: string | undefined) => void;
}) {
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Flex wrap gap={12} align="center">
        {children}
        <InputNumber
          aria-label="Năm báo cáo"
          addonBefore="Năm"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && set('nam', String(v))}
          style={{ width: 150 }}
        />
        <OrgTreeSelect
          aria-label="Cơ quan, đơn vị báo cáo"
          style={{ width: 'min(360px, 90vw)' }}
          value={orgId}
          onChange={(v: string | undefined) => set('donvi', v)}
          placeholder="Đơn vị báo cáo (mặc định: cấp cao nhất được xem)"
        />
      </Flex>
    </Card>
  );
}
