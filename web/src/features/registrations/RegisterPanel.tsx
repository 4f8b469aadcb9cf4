// Registering in bulk: the unit itself and its people in one table, sent all at once.
import { SearchOutlined, SendOutlined, TeamOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Grid, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { CatalogueAwardCode } from '../../../../src/domain/registry/vocab';
import { api, ApiError, errorMessage } from '../../ui/api';
import { fmtDate, fmtNumber } from '../../ui/format';
import { FormProblemAlert, type FormProblem } from '../../ui/forms';
import { useDebounced, useOnChange } from '../../ui/hooks';
import type { Organisation, Page, Person } from '../../ui/types';
import { orgSubjectKind } from '../eligibility/labels';
import { useAwardOptions } from '../rounds/RoundsPage';
import { rowErrors } from './labels';
import type { CallAward, CallDetail, RegisterItem, RegistrationItem } from './types';
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

export function RegisterPanel({ call, unit }: { call: CallDetail; unit: Organisation }) {
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
