// /dang-ky-thi-dua/:id — one year's registration call. A unit registers in bulk: the unit itself
// (collective titles) and its people in one table (search, tick many, a title for each), sent all
// at once; the server takes all or nothing and its row errors come back next to the rows. Lines
// can be removed until the deadline, which counts down. The year-end report compares what was
// registered with what was achieved and with today's verdicts.
import { ArrowLeftOutlined, DeleteOutlined, SearchOutlined, SendOutlined, TeamOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Grid,
  Input,
  Popconfirm,
  Segmented,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { CatalogueAwardCode } from '../../../../src/domain/registry/vocab';
import { api, ApiError, errorMessage } from '../../ui/api';
import { EMPTY, fmtDate, fmtNumber } from '../../ui/format';
import { FormProblemAlert, type FormProblem } from '../../ui/forms';
import { useDebounced, useOnChange } from '../../ui/hooks';
import { OrgTreeSelect, useOrganisations } from '../../ui/orgs';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import type { Organisation, Page, Person } from '../../ui/types';
import { orgSubjectKind, periodText, SUBJECT_KIND_LABELS } from '../eligibility/labels';
import { useAwardOptions } from '../rounds/RoundsPage';
import { lineKey, OUTCOME_COLOURS, OUTCOME_ORDER, rowErrors } from './labels';
import { DeadlineText } from './RegistrationsPage';
import type {
  CallAward,
  CallDetail,
  RegisterItem,
  RegistrationItem,
  RegistrationOutcome,
  RegistrationReport,
  ReportRow,
} from './types';
import { peopleKeys } from '../people/keys';
import { registrationKeys } from './keys';

/** A row of the registration table: the unit itself or one of its people. */
interface Line {
  key: string;
  kind: 'collective' | 'individual';
  id: string;
  name: string;
  detail: string | null;
}

// ---------------------------------------------------------------------------------------------
// Registering in bulk

function RegisterPanel({ call, unit }: { call: CallDetail; unit: Organisation }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const catalogue = useAwardOptions(call.deadline);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 350);
  const [selected, setSelected] = useState<string[]>([]);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [known, setKnown] = useState<Map<string, Line>>(new Map());
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [problem, setProblem] = useState<FormProblem | null>(null);

  // Start afresh when the unit changes.
  useOnChange([unit.id], () => {
    setSelected([]);
    setChoice({});
    setErrors(new Map());
    setProblem(null);
    setText('');
  });

  const kinds = useMemo(
    () => new Map<string, string[]>((catalogue.data?.awards ?? []).map((a) => [a.code, a.subjectKinds as string[]])),
    [catalogue.data],
  );
  const applies = (a: CallAward, kind: string) => kinds.get(a.code)?.includes(kind) ?? false;
  const personAwards = call.awards.filter((a) => applies(a, 'individual'));
  const unitAwards = call.awards.filter((a) => applies(a, orgSubjectKind(unit.type, a.code as CatalogueAwardCode)));

  const people = useQuery({
    queryKey: peopleKeys.list({ orgId: unit.id, q: search, pageSize: 200 }),
    queryFn: () => api.get<Page<Person>>('/people', { orgId: unit.id, q: search, pageSize: 200 }),
    placeholderData: keepPreviousData,
  });

  const unitLine: Line = useMemo(
    () => ({ key: `org:${unit.id}`, kind: 'collective', id: unit.id, name: unit.name, detail: 'Tập thể đơn vị' }),
    [unit.id, unit.name],
  );
  const rows: Line[] = useMemo(
    () => [
      ...(unitAwards.length && !search ? [unitLine] : []),
      ...(people.data?.items ?? []).map<Line>((p) => ({
        key: `person:${p.id}`,
        kind: 'individual',
        id: p.id,
        name: p.fullName,
        detail: [p.position, p.orgId !== unit.id ? p.orgName : null].filter(Boolean).join(' · ') || null,
      })),
    ],
    [people.data, unitAwards.length, search, unit.id, unitLine],
  );
  useEffect(() => {
    setKnown((prev) => {
      const next = new Map(prev);
      for (const r of rows) next.set(r.key, r);
      next.set(unitLine.key, unitLine);
      return next;
    });
  }, [rows, unitLine]);

  const registered = useMemo(() => {
    const m = new Map<string, RegistrationItem[]>();
    for (const i of call.items) if (i.unitOrgId === unit.id) m.set(i.subjectKey, [...(m.get(i.subjectKey) ?? []), i]);
    return m;
  }, [call.items, unit.id]);

  const optionsFor = (l: Line) => (l.kind === 'collective' ? unitAwards : personAwards);
  const awardOf = (l: Line) => choice[l.key] ?? optionsFor(l)[0]?.code;
  const lineOf = (key: string) => known.get(key) ?? rows.find((r) => r.key === key);

  const clearErrors = (keys: string[]) =>
    setErrors((prev) => {
      if (!keys.some((k) => prev.has(k))) return prev;
      const next = new Map(prev);
      for (const k of keys) next.delete(k);
      return next;
    });

  const submit = useMutation({
    mutationFn: async (sent: { key: string; item: RegisterItem }[]) =>
      api.post<{ added: number; already: number }>(`/registration-calls/${call.id}/registrations`, {
        unitOrgId: unit.id,
        items: sent.map((s) => s.item),
      }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: registrationKeys.all });
      void message.success(
        r.already
          ? `Đã ghi ${r.added} đăng ký mới; ${r.already} đăng ký đã có từ trước.`
          : `Đã ghi ${r.added} đăng ký.`,
      );
      setSelected([]);
      setChoice({});
    },
  });

  const send = () => {
    setProblem(null);
    setErrors(new Map());
    const sent = selected
      .map((key) => lineOf(key))
      .filter((l): l is Line => !!l)
      // The unit first, then people in the order they were ticked: the server numbers rows so.
      .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'collective' ? -1 : 1))
      .map((l) => ({
        key: l.key,
        item: { subjectKind: l.kind, subjectId: l.id, awardCode: awardOf(l)! } satisfies RegisterItem,
      }));
    submit.mutate(sent, {
      onError: (e) => {
        if (e instanceof ApiError && e.fields.length) {
          const { byRow, other } = rowErrors(
            e.fields,
            sent.map((s) => s.key),
          );
          setErrors(byRow);
          setProblem({ message: `${e.message} Sửa ${byRow.size} dòng được đánh dấu đỏ rồi gửi lại.`, details: other });
        } else setProblem({ message: errorMessage(e), details: [] });
      },
    });
  };

  const titleSelect = (l: Line) => {
    const opts = optionsFor(l);
    const errs = errors.get(l.key);
    return (
      <div>
        <Select
          value={awardOf(l)}
          options={opts.map((a) => ({ value: a.code, label: a.name }))}
          onChange={(v: string) => {
            setChoice((c) => ({ ...c, [l.key]: v }));
            if (!selected.includes(l.key)) setSelected((s) => [...s, l.key]);
            clearErrors([l.key]);
          }}
          style={{ width: '100%', maxWidth: 300 }}
          aria-label={`Danh hiệu đăng ký cho ${l.name}`}
          status={errs ? 'error' : undefined}
          // An unticked line only proposes a title: shown quieter until the line is ticked.
          variant={selected.includes(l.key) ? 'outlined' : 'filled'}
        />
        {errs && (
          <div className="registration-row-error" role="alert">
            {errs.join(' ')}
          </div>
        )}
      </div>
    );
  };
  const already = (l: Line) =>
    (registered.get(l.key) ?? []).map((i) => (
      <Tag key={i.id} color="green">
        Đã đăng ký: {i.awardName}
      </Tag>
    ));
  const nameCell = (l: Line) => (
    <div>
      <span style={{ fontWeight: 600 }}>
        {l.kind === 'collective' && <TeamOutlined aria-hidden style={{ marginInlineEnd: 6 }} />}
        {l.name}
      </span>
      {l.kind === 'collective' && (
        <Tag color="purple" style={{ marginInlineStart: 8 }}>
          Tập thể
        </Tag>
      )}
      {l.detail && l.kind !== 'collective' && <div className="muted">{l.detail}</div>}
    </div>
  );

  const columns: TableColumnsType<Line> = phone
    ? [
        {
          title: 'Tập thể, cá nhân và danh hiệu đăng ký',
          key: 'all',
          render: (_, l) => (
            <Flex vertical gap={6}>
              {nameCell(l)}
              {already(l).length > 0 && <div>{already(l)}</div>}
              {titleSelect(l)}
            </Flex>
          ),
        },
      ]
    : [
        { title: 'Tập thể, cá nhân', key: 'name', render: (_, l) => nameCell(l) },
        { title: 'Đã đăng ký', key: 'already', width: 260, render: (_, l) => already(l) },
        { title: 'Danh hiệu đăng ký', key: 'award', width: 320, render: (_, l) => titleSelect(l) },
      ];

  if (!call.open) {
    return (
      <Alert
        type="warning"
        showIcon
        title={`Đã hết hạn đăng ký (${fmtDate(call.deadline)}): không thêm hoặc bỏ đăng ký được nữa.`}
      />
    );
  }
  if (!personAwards.length && !unitAwards.length && !catalogue.isPending) {
    return <Alert type="info" showIcon title="Đợt đăng ký không có danh hiệu nào dành cho đơn vị này." />;
  }
  const total = people.data?.total ?? 0;
  return (
    <div>
      <Typography.Paragraph type="secondary">
        Đánh dấu tập thể, cá nhân cần đăng ký và chọn danh hiệu cho từng dòng (chọn danh hiệu cũng đánh dấu dòng), rồi
        bấm "Gửi đăng ký". Các dòng được ghi cùng lúc: nếu có dòng không hợp lệ, chưa dòng nào được ghi.
      </Typography.Paragraph>
      <FormProblemAlert problem={problem} />
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Input
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder="Tìm cá nhân theo họ tên…"
          aria-label="Tìm cá nhân trong đơn vị"
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ maxWidth: 360, flex: '1 1 220px' }}
        />
        <Flex gap={8} align="center" wrap>
          <span aria-live="polite" className="muted">
            Đã chọn {selected.length}
          </span>
          {selected.length > 0 && (
            <Button
              onClick={() => {
                setSelected([]);
                setErrors(new Map());
              }}
            >
              Bỏ chọn
            </Button>
          )}
          <Button
            type="primary"
            icon={<SendOutlined aria-hidden />}
            disabled={!selected.length}
            loading={submit.isPending}
            onClick={send}
          >
            Gửi đăng ký ({selected.length})
          </Button>
        </Flex>
      </Flex>
      {total > 200 && (
        <Typography.Paragraph type="secondary">
          Đơn vị có {fmtNumber(total)} cá nhân; bảng hiện 200 người đầu tiên. Tìm theo họ tên để thu hẹp.
        </Typography.Paragraph>
      )}
      <Table<Line>
        rowKey="key"
        className="registration-table"
        columns={columns}
        dataSource={rows}
        loading={people.isFetching || catalogue.isPending}
        size="middle"
        aria-label="Đăng ký tập thể, cá nhân"
        rowClassName={(l) => (errors.has(l.key) ? 'row-problem' : '')}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: search ? 'Không có cá nhân nào phù hợp.' : 'Đơn vị chưa có cá nhân nào.' }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => {
            const next = keys.map(String);
            clearErrors(selected.filter((k) => !next.includes(k)));
            setSelected(next);
          },
          getCheckboxProps: (l) => ({ 'aria-label': `Chọn ${l.name}` }) as object,
          columnWidth: 48,
        }}
      />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// What has been registered

function RegisteredTable({ call, unitId }: { call: CallDetail; unitId: string | undefined }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const items = unitId ? call.items.filter((i) => i.unitOrgId === unitId) : call.items;
  const mine = new Set(call.myUnits);
  const manyUnits = new Set(items.map((i) => i.unitOrgId)).size > 1 || !unitId;
  const remove = useMutation({
    mutationFn: (i: RegistrationItem) => api.del(`/registrations/${i.id}`),
    onSuccess: async (_, i) => {
      await qc.invalidateQueries({ queryKey: registrationKeys.all });
      void message.success(`Đã bỏ đăng ký ${i.awardName} của ${i.displayName}.`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const removeButton = (i: RegistrationItem) =>
    call.open && mine.has(i.unitOrgId) ? (
      <Popconfirm
        title={`Bỏ đăng ký ${i.awardName} của ${i.displayName}?`}
        okText="Bỏ đăng ký"
        cancelText="Không"
        onConfirm={() => remove.mutateAsync(i)}
      >
        <Button
          size="small"
          danger
          icon={<DeleteOutlined aria-hidden />}
          aria-label={`Bỏ đăng ký ${i.awardName} của ${i.displayName}`}
        >
          {phone ? null : 'Bỏ'}
        </Button>
      </Popconfirm>
    ) : null;
  const kindTag = (i: RegistrationItem) => <Tag>{SUBJECT_KIND_LABELS[i.subjectKind]}</Tag>;
  const columns: TableColumnsType<RegistrationItem> = phone
    ? [
        {
          title: 'Đăng ký',
          key: 'all',
          render: (_, i) => (
            <Flex justify="space-between" gap={8} align="flex-start">
              <div style={{ minWidth: 0 }}>
                <div style={{ fontWeight: 600 }}>{i.displayName}</div>
                <div>
                  {kindTag(i)} {i.awardName}
                </div>
                {manyUnits && <div className="muted">{i.unitName}</div>}
              </div>
              {removeButton(i)}
            </Flex>
          ),
        },
      ]
    : [
        {
          title: 'Tập thể, cá nhân',
          dataIndex: 'displayName',
          render: (n: string) => <span style={{ fontWeight: 600 }}>{n}</span>,
        },
        { title: 'Đối tượng', key: 'kind', width: 120, render: (_, i) => kindTag(i) },
        { title: 'Danh hiệu đăng ký', dataIndex: 'awardName', width: 260 },
        ...(manyUnits ? [{ title: 'Đơn vị', dataIndex: 'unitName', width: 260 }] : []),
        ...(call.open
          ? [{ title: '', key: 'act', width: 90, render: (_: unknown, i: RegistrationItem) => removeButton(i) }]
          : []),
      ];
  return (
    <Table<RegistrationItem>
      rowKey="id"
      columns={columns}
      dataSource={items}
      size="middle"
      aria-label="Các đăng ký đã ghi"
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: 'Chưa có đăng ký nào.' }}
    />
  );
}

// ---------------------------------------------------------------------------------------------
// Year-end report

function ReportPanel({ call, unitId }: { call: CallDetail; unitId: string | undefined }) {
  const [filter, setFilter] = useState<'all' | RegistrationOutcome>('all');
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const q = useQuery({
    queryKey: registrationKeys.report(call.id, unitId ?? null),
    queryFn: () => api.get<RegistrationReport>(`/registration-calls/${call.id}/report`, { unitOrgId: unitId }),
  });
  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  const shown = filter === 'all' ? r.rows : r.rows.filter((x) => x.outcome === filter);
  const tag = (row: ReportRow) => <Tag color={OUTCOME_COLOURS[row.outcome]}>{row.outcomeLabel}</Tag>;
  const columns: TableColumnsType<ReportRow> = phone
    ? [
        {
          title: 'Kết quả',
          key: 'all',
          render: (_, row) => (
            <div>
              <div style={{ fontWeight: 600 }}>{row.name}</div>
              <div>{row.awardName}</div>
              {tag(row)}
            </div>
          ),
        },
      ]
    : [
        {
          title: 'Tập thể, cá nhân',
          dataIndex: 'name',
          render: (n: string) => <span style={{ fontWeight: 600 }}>{n}</span>,
        },
        { title: 'Danh hiệu đăng ký', dataIndex: 'awardName', width: 280 },
        { title: 'Kết quả', key: 'outcome', width: 280, render: (_, row) => tag(row) },
      ];
  return (
    <div>
      <Typography.Paragraph type="secondary">
        Đối chiếu ngày {fmtDate(r.decisionDate)}: "Đã đạt" khi đã có quyết định khen thưởng {periodText(r.period)}; "Đủ
        điều kiện, chưa có quyết định" theo kết quả xét điều kiện hiện tại.
      </Typography.Paragraph>
      {/* biome-ignore lint/a11y/useSemanticElements: a grid of figures styled as cards; the roles name it a list. */}
      <div className="registration-counts" role="list" aria-label="Số lượng theo kết quả">
        {OUTCOME_ORDER.map((o) => (
          // biome-ignore lint/a11y/useSemanticElements: as above.
          <div key={o} role="listitem" className={`registration-count registration-count-${o}`}>
            <div className="registration-count-value">{fmtNumber(r.counts[o] ?? 0)}</div>
            <div className="registration-count-label">{r.labels[o]}</div>
          </div>
        ))}
      </div>
      <div style={{ overflowX: 'auto', margin: '16px 0 12px' }}>
        <Segmented<'all' | RegistrationOutcome>
          value={filter}
          onChange={setFilter}
          aria-label="Lọc theo kết quả"
          options={[
            { value: 'all', label: `Tất cả (${r.rows.length})` },
            ...OUTCOME_ORDER.filter((o) => r.counts[o]).map((o) => ({
              value: o,
              label: `${r.labels[o]} (${r.counts[o]})`,
            })),
          ]}
        />
      </div>
      <Table<ReportRow>
        rowKey={(row) => lineKey(row.subjectKey, row.award)}
        columns={columns}
        dataSource={shown}
        size="middle"
        aria-label="Đăng ký so với kết quả"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có đăng ký nào.' }}
      />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

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
