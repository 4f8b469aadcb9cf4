// /ca-nhan/:id — a person's record: details, edit (with a reason), move to another unit, the
// whole history as a timeline (awards, ratings, initiatives, discipline, pending matters, jobs), and
// a second tab (?tab=de-nghi) with what the person can be proposed for in a period.
import {
  ArrowLeftOutlined,
  BankOutlined,
  BulbOutlined,
  ClockCircleOutlined,
  EditOutlined,
  StarOutlined,
  SwapOutlined,
  TrophyOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Flex, Segmented, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { EDUCATION_LEVEL_LABELS, GENDER_LABELS, PERSON_CATEGORY_LABELS } from '../../../../src/domain/registry/vocab';
import { api, isApiError } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EMPTY, fmtDate, isoDatesToVN } from '../../ui/format';
import { ButtonLink, ForbiddenResult, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import type { PersonDetail, TimelineItem, TimelineKind } from '../../ui/types';
import { PersonEligibility } from '../eligibility/SubjectEligibility';
import { HistoryModal, type HistoryKind } from './HistoryModals';
import { personKeys } from './keys';
import { EditPersonModal, MovePersonModal } from './PersonModals';

const KIND: Record<TimelineKind, { label: string; icon: ReactNode; color: string }> = {
  award: { label: 'Khen thưởng', icon: <TrophyOutlined />, color: '#d48806' },
  rating: { label: 'Xếp loại', icon: <StarOutlined />, color: '#1554ad' },
  initiative: { label: 'Sáng kiến', icon: <BulbOutlined />, color: '#389e0d' },
  discipline: { label: 'Kỷ luật', icon: <WarningOutlined />, color: '#cf1322' },
  pending: { label: 'Đang xem xét', icon: <ClockCircleOutlined />, color: '#d46b08' },
  membership: { label: 'Công tác', icon: <BankOutlined />, color: '#595959' },
};
const TAG_COLOURS: Record<TimelineKind, string> = {
  award: 'gold',
  rating: 'blue',
  initiative: 'green',
  discipline: 'red',
  pending: 'orange',
  membership: 'default',
};

type Filter = 'all' | TimelineKind;

function timelineWhen(t: TimelineItem): string {
  if (t.kind === 'award' || t.kind === 'rating')
    return t.period ? `${t.period.includes('-') ? 'Năm học' : 'Năm'} ${t.period}` : fmtDate(t.date);
  return fmtDate(t.date);
}

export function PersonPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const q = useQuery({ queryKey: personKeys.detail(id), queryFn: () => api.get<PersonDetail>(`/people/${id}`) });
  const [modal, setModal] = useState<'edit' | 'move' | null>(null);
  const [history, setHistory] = useState<HistoryKind | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [params, setParams] = useSearchParams();
  useDocumentTitle(q.data?.person.fullName ?? 'Hồ sơ cá nhân');

  const counts = useMemo(() => {
    const c: Partial<Record<TimelineKind, number>> = {};
    for (const t of q.data?.timeline ?? []) c[t.kind] = (c[t.kind] ?? 0) + 1;
    return c;
  }, [q.data]);

  if (q.isPending) return <PageSkeleton />;
  if (q.error) {
    if (isApiError(q.error, 403)) {
      return (
        <ForbiddenResult
          title="Bạn không có quyền xem hồ sơ này"
          message={`${q.error.message} Hồ sơ thuộc đơn vị ngoài phạm vi được phân quyền của bạn.`}
        />
      );
    }
    return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  }
  const { person: p, timeline, households } = q.data;
  const write = can('registry.write');
  const eligibility = can('eligibility.use');
  const tab = eligibility && params.get('tab') === 'de-nghi' ? 'de-nghi' : 'qua-trinh';
  const shown = filter === 'all' ? timeline : timeline.filter((t) => t.kind === filter);
  const filterOptions: { value: Filter; label: string }[] = [
    { value: 'all', label: `Tất cả (${timeline.length})` },
    ...(Object.keys(KIND) as TimelineKind[])
      .filter((k) => counts[k])
      .map((k) => ({ value: k, label: `${KIND[k].label} (${counts[k]})` })),
  ];

  return (
    <>
      <PageHeader
        title={p.fullName}
        subtitle={[p.position, p.orgName].filter(Boolean).join(' — ') || undefined}
        actions={
          <ButtonLink to="/ca-nhan" icon={<ArrowLeftOutlined aria-hidden />}>
            Danh sách cá nhân
          </ButtonLink>
        }
      />
      <Card title="Thông tin cá nhân" style={{ marginBottom: 16 }}>
        {write && (
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setModal('edit')}>
              Sửa
            </Button>
            <Button icon={<SwapOutlined aria-hidden />} onClick={() => setModal('move')}>
              Chuyển công tác
            </Button>
          </Flex>
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'gender', label: 'Giới tính', children: GENDER_LABELS[p.gender] },
            { key: 'birth', label: 'Ngày sinh', children: fmtDate(p.birthDate) },
            { key: 'cccd', label: 'Số CCCD', children: p.cccd ?? EMPTY },
            { key: 'category', label: 'Đối tượng', children: PERSON_CATEGORY_LABELS[p.category] },
            { key: 'position', label: 'Chức vụ', children: p.position ?? EMPTY },
            { key: 'manager', label: 'Lãnh đạo, quản lý', children: p.isManager ? 'Có' : 'Không' },
            { key: 'org', label: 'Đơn vị', children: p.orgName ?? EMPTY },
            { key: 'hometown', label: 'Quê quán', children: p.hometown ?? EMPTY },
            {
              key: 'education',
              label: 'Trình độ đào tạo',
              children: p.educationLevel ? EDUCATION_LEVEL_LABELS[p.educationLevel] : EMPTY,
            },
            { key: 'phone', label: 'Số điện thoại', children: p.phone ?? EMPTY },
            { key: 'email', label: 'Thư điện tử', children: p.email ?? EMPTY },
            ...(households.length
              ? [{ key: 'households', label: 'Chủ hộ gia đình', children: households.map((h) => h.address).join('; ') }]
              : []),
          ]}
        />
      </Card>
      <Card
        {...(eligibility
          ? {
              tabList: [
                { key: 'qua-trinh', label: 'Quá trình công tác, thi đua, khen thưởng' },
                { key: 'de-nghi', label: 'Có thể đề nghị trong kỳ' },
              ],
              activeTabKey: tab,
              onTabChange: (k: string) => {
                const next = new URLSearchParams(params);
                if (k === 'de-nghi') next.set('tab', k);
                else next.delete('tab');
                setParams(next, { replace: true });
              },
            }
          : { title: 'Quá trình công tác, thi đua, khen thưởng' })}
      >
        {tab === 'de-nghi' ? (
          <PersonEligibility
            person={p}
            initial={{
              period: params.get('period') ?? undefined,
              decisionDate: params.get('decisionDate') ?? undefined,
              award: params.get('award') ?? undefined,
            }}
          />
        ) : (
          <>
            {write && (
              <Flex gap={8} wrap style={{ marginBottom: 16 }}>
                <Button icon={<TrophyOutlined aria-hidden />} onClick={() => setHistory('award')}>
                  Thêm khen thưởng
                </Button>
                <Button icon={<StarOutlined aria-hidden />} onClick={() => setHistory('rating')}>
                  Thêm xếp loại
                </Button>
                <Button icon={<BulbOutlined aria-hidden />} onClick={() => setHistory('initiative')}>
                  Thêm sáng kiến
                </Button>
                <Button icon={<WarningOutlined aria-hidden />} onClick={() => setHistory('discipline')}>
                  Thêm kỷ luật
                </Button>
              </Flex>
            )}
            {timeline.length === 0 ? (
              <Empty description="Chưa có quá trình nào được ghi nhận." />
            ) : (
              <>
                <div style={{ overflowX: 'auto', marginBottom: 20 }}>
                  <Segmented<Filter>
                    options={filterOptions}
                    value={filter}
                    onChange={setFilter}
                    aria-label="Lọc quá trình theo loại"
                  />
                </div>
                <Timeline
                  items={shown.map((t) => ({
                    key: `${t.kind}-${t.id}`,
                    icon: (
                      <span style={{ color: KIND[t.kind].color, fontSize: 16 }} aria-hidden>
                        {KIND[t.kind].icon}
                      </span>
                    ),
                    content: (
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                          {timelineWhen(t)}
                        </Typography.Text>{' '}
                        <Tag color={TAG_COLOURS[t.kind]}>{KIND[t.kind].label}</Tag>
                        <div style={{ fontWeight: 600 }}>{t.title}</div>
                        {t.detail && <div className="timeline-detail">{isoDatesToVN(t.detail)}</div>}
                      </div>
                    ),
                  }))}
                />
              </>
            )}
          </>
        )}
      </Card>
      {write && (
        <>
          <EditPersonModal person={p} open={modal === 'edit'} onClose={() => setModal(null)} />
          <MovePersonModal person={p} open={modal === 'move'} onClose={() => setModal(null)} />
          <HistoryModal personId={p.id} personName={p.fullName} kind={history} onClose={() => setHistory(null)} />
        </>
      )}
    </>
  );
}
