// The ranking with its tie notes; publication in two steps (the exact preview, then a
// confirmation that it cannot be undone, typed as the words CÔNG BỐ); after publication, the
// hand-over of leadership for next year and the proposal of the leading members for commendation.
import { FlagOutlined, SwapOutlined, TrophyOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, errorMessage } from '../../ui/api';
import { fmtDateTime } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useOnChange } from '../../ui/hooks';
import type { RoundDetail, RoundListItem } from '../rounds/types';
import { pointsText } from './parts';
import { clusterYearKey, type ClusterYear, type PublishPreview, type RankingRow, type Scoring } from './types';

export function RankingTable({ rows, label }: { rows: RankingRow[]; label: string }) {
  return (
    <Table
      size="small"
      rowKey="orgId"
      pagination={false}
      dataSource={rows}
      aria-label={label}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: 'Hạng', dataIndex: 'rank', width: 64, align: 'center', render: (r: number) => <strong>{r}</strong> },
        { title: 'Đơn vị', dataIndex: 'name', width: 200 },
        {
          title: 'Tổng điểm',
          dataIndex: 'total',
          width: 90,
          align: 'right',
          render: (v: number) => <strong>{pointsText(v)}</strong>,
        },
        { title: 'Điểm chuẩn', dataIndex: 'normal', width: 90, align: 'right', render: pointsText },
        { title: 'Thưởng', dataIndex: 'bonus', width: 80, align: 'right', render: pointsText },
        { title: 'Trừ', dataIndex: 'penalty', width: 70, align: 'right', render: pointsText },
        {
          title: 'Ghi chú xếp hạng',
          dataIndex: 'tieNote',
          render: (t: string | null) => (t ? <span className="cs-tie-note">{t}</span> : null),
        },
      ]}
    />
  );
}

const CONFIRM_WORD = 'CÔNG BỐ';

function PublishFlow({ data }: { data: ClusterYear }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const base = `/clusters/${data.cluster.id}/years/${data.year}`;
  const [preview, setPreview] = useState<PublishPreview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useMutation({
    mutationFn: () => api.get<PublishPreview>(`${base}/publish`),
    onSuccess: (p) => {
      setError(null);
      setPreview(p);
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const publish = useMutation({
    mutationFn: () => api.post<ClusterYear>(`${base}/publish`, { confirm: true, previewHash: preview!.previewHash }),
    onSuccess: (d) => {
      qc.setQueryData(clusterYearKey(data.cluster.id, data.year), d);
      setConfirming(false);
      setPreview(null);
      void message.success('Đã công bố kết quả xếp hạng.');
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const ok = typed.normalize('NFC').trim().toLocaleUpperCase('vi') === CONFIRM_WORD;
  return (
    <>
      <Button type="primary" icon={<FlagOutlined aria-hidden />} loading={load.isPending} onClick={() => load.mutate()}>
        Xem trước để công bố
      </Button>
      {error && !preview && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      <Modal
        open={!!preview && !confirming}
        title={`Bước 1/2 — Xem trước kết quả sẽ công bố`}
        width={860}
        okText="Tiếp tục công bố"
        cancelText="Đóng"
        onOk={() => {
          setTyped('');
          setError(null);
          setConfirming(true);
        }}
        onCancel={() => setPreview(null)}
      >
        <Typography.Paragraph>
          Đây đúng là bảng xếp hạng sẽ được công bố. Nếu điểm thay đổi sau khi xem trước, hệ thống sẽ yêu cầu xem lại.
        </Typography.Paragraph>
        {preview && <RankingTable rows={preview.ranking} label="Bảng xếp hạng xem trước" />}
      </Modal>
      <Modal
        open={confirming}
        title="Bước 2/2 — Xác nhận công bố kết quả"
        okText="Công bố kết quả"
        okButtonProps={{ danger: true, disabled: !ok }}
        cancelText="Quay lại"
        confirmLoading={publish.isPending}
        onOk={() => publish.mutate()}
        onCancel={() => setConfirming(false)}
        destroyOnHidden
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Công bố kết quả là không thể hoàn tác."
          description="Sau khi công bố, điểm và thứ hạng được khóa lại; các đơn vị thành viên nhận thông báo và xem được kết quả."
        />
        <label htmlFor="publish-confirm">
          Gõ <strong>{CONFIRM_WORD}</strong> để xác nhận
        </label>
        <Input
          id="publish-confirm"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          style={{ marginTop: 6 }}
          onPressEnter={() => ok && publish.mutate()}
        />
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      </Modal>
    </>
  );
}

function HandOverForm({ data }: { data: ClusterYear }) {
  const [form] = Form.useForm<{ leaderOrgId: string; deputyOrgId: string }>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { problem, setProblem, clear } = useFormProblem();
  const head = data.cluster.kind === 'cum' ? 'Cụm' : 'Khối';
  const save = useMutation({
    mutationFn: (v: { leaderOrgId: string; deputyOrgId: string }) =>
      api.post<ClusterYear>(`/clusters/${data.cluster.id}/years/${data.year}/hand-over`, v),
    onSuccess: async (d) => {
      qc.setQueryData(clusterYearKey(data.cluster.id, data.year), d);
      await qc.invalidateQueries({ queryKey: ['clusters'] });
      void message.success(`Đã ghi nhận ${head} trưởng, ${head} phó năm ${data.year + 1}.`);
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  const options = data.members.map((m) => ({ value: m.orgId, label: m.name }));
  return (
    <>
      <FormProblemAlert problem={problem} />
      <Form form={form} name="hand-over" layout="vertical" onValuesChange={clear} onFinish={(v) => save.mutate(v)}>
        <Flex gap={12} wrap align="end">
          <Form.Item
            name="leaderOrgId"
            label={`${head} trưởng năm ${data.year + 1}`}
            rules={[{ required: true, message: 'Chọn đơn vị.' }]}
            style={{ flex: '1 1 220px' }}
          >
            <Select options={options} placeholder="Chọn đơn vị" />
          </Form.Item>
          <Form.Item
            name="deputyOrgId"
            label={`${head} phó năm ${data.year + 1}`}
            dependencies={['leaderOrgId']}
            rules={[
              { required: true, message: 'Chọn đơn vị.' },
              ({ getFieldValue }) => ({
                validator: (_, v) =>
                  v && v === getFieldValue('leaderOrgId')
                    ? Promise.reject(new Error(`${head} phó phải khác ${head} trưởng.`))
                    : Promise.resolve(),
              }),
            ]}
            style={{ flex: '1 1 220px' }}
          >
            <Select options={options} placeholder="Chọn đơn vị" />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" icon={<SwapOutlined aria-hidden />} loading={save.isPending}>
              Ghi nhận bàn giao
            </Button>
          </Form.Item>
        </Flex>
      </Form>
    </>
  );
}

interface ProposeValues {
  roundId: string;
  awardCode: string;
  orgIds: string[];
  achievement?: string;
}

function ProposeModal({
  data,
  ranking,
  open,
  onClose,
}: {
  data: ClusterYear;
  ranking: RankingRow[];
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ProposeValues>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { problem, setProblem, clear } = useFormProblem();
  const [done, setDone] = useState<{ id: string } | null>(null);
  const roundId = Form.useWatch('roundId', form);
  const rounds = useQuery({
    queryKey: ['rounds', 'list', 'select'],
    queryFn: () => api.get<{ items: RoundListItem[] }>('/rounds?pageSize=200'),
    enabled: open,
  });
  const round = useQuery({
    queryKey: ['rounds', 'detail', roundId],
    queryFn: () => api.get<RoundDetail>(`/rounds/${roundId}`),
    enabled: open && !!roundId,
  });
  const openRounds = (rounds.data?.items ?? []).filter((r) => r.status === 'open');
  useOnChange([open], () => {
    if (!open) return;
    clear();
    setDone(null);
    form.resetFields();
    form.setFieldsValue({ orgIds: ranking.filter((r) => r.rank === 1).map((r) => r.orgId), achievement: '' });
  });
  const save = useMutation({
    mutationFn: (v: ProposeValues) =>
      api.post<{ id: string }>(`/clusters/${data.cluster.id}/years/${data.year}/propose`, {
        ...v,
        achievement: v.achievement ?? '',
      }),
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: ['rounds'] });
      void message.success('Đã đưa các đơn vị vào hồ sơ đề nghị khen thưởng.');
      setDone(p);
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open={open}
      title="Đề nghị khen thưởng các đơn vị dẫn đầu"
      okText="Đưa vào hồ sơ đề nghị"
      cancelText="Đóng"
      onOk={() => (done ? onClose() : form.submit())}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ style: done ? { display: 'none' } : undefined }}
      width={680}
      destroyOnHidden
    >
      {done ? (
        <Alert
          type="success"
          showIcon
          title="Đã thêm vào hồ sơ đề nghị của đơn vị Cụm trưởng."
          description={
            <Link to={`/ho-so/${done.id}`} onClick={onClose}>
              Mở hồ sơ đề nghị
            </Link>
          }
        />
      ) : (
        <>
          <FormProblemAlert problem={problem} />
          <Form
            form={form}
            name="cluster-propose"
            layout="vertical"
            onValuesChange={clear}
            onFinish={(v) => save.mutate(v)}
          >
            <Form.Item
              name="roundId"
              label="Đợt xét khen thưởng đang nhận hồ sơ"
              rules={[{ required: true, message: 'Chọn đợt xét.' }]}
            >
              <Select
                loading={rounds.isPending}
                placeholder="Chọn đợt xét"
                notFoundContent="Không có đợt xét nào đang nhận hồ sơ"
                options={openRounds.map((r) => ({ value: r.id, label: `${r.name} (${r.orgName})` }))}
                onChange={() => form.setFieldValue('awardCode', undefined)}
              />
            </Form.Item>
            <Form.Item
              name="awardCode"
              label="Danh hiệu, hình thức đề nghị"
              rules={[{ required: true, message: 'Chọn danh hiệu, hình thức.' }]}
            >
              <Select
                loading={round.isFetching}
                disabled={!roundId}
                placeholder="Ví dụ: Cờ thi đua, Bằng khen"
                options={(round.data?.awards ?? []).map((a) => ({ value: a.code, label: a.name }))}
              />
            </Form.Item>
            <Form.Item
              name="orgIds"
              label="Đơn vị được đề nghị"
              rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một đơn vị.' }]}
            >
              <Checkbox.Group
                className="cs-check-list"
                options={ranking.map((r) => ({
                  value: r.orgId,
                  label: `Hạng ${r.rank} — ${r.name} (${pointsText(r.total)} điểm)`,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="achievement"
              label="Tóm tắt thành tích chung"
              extra="Thứ hạng và tổng điểm của từng đơn vị được tự động ghi thêm."
            >
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}

export function ResultsCard({ data, scoring }: { data: ClusterYear; scoring: Scoring }) {
  const [proposing, setProposing] = useState(false);
  const head = data.cluster.kind === 'cum' ? 'Cụm' : 'Khối';
  const published = scoring.status === 'published';
  if (!scoring.ranking) return null;
  return (
    <>
      <Card
        title={published ? 'Kết quả xếp hạng đã công bố' : 'Xếp hạng tạm tính'}
        extra={
          published ? (
            <Tag color="green">Công bố {fmtDateTime(scoring.publishedAt)}</Tag>
          ) : (
            <Tag color="gold">Chưa công bố</Tag>
          )
        }
        style={{ marginBottom: 16 }}
      >
        {!published && (
          <Typography.Paragraph type="secondary">
            Xếp theo điểm thẩm định (hoặc điểm tự chấm nếu chưa thẩm định); khi bằng điểm, xếp theo các tiêu chí phụ của
            thang điểm.
          </Typography.Paragraph>
        )}
        <RankingTable rows={scoring.ranking} label={published ? 'Kết quả xếp hạng' : 'Xếp hạng tạm tính'} />
        {data.manage && scoring.status === 'reviewing' && (
          <div style={{ marginTop: 16 }}>
            <PublishFlow data={data} />
          </div>
        )}
        {data.manage && published && (
          <Flex gap={8} wrap style={{ marginTop: 16 }}>
            <Button icon={<TrophyOutlined aria-hidden />} onClick={() => setProposing(true)}>
              Đề nghị khen thưởng
            </Button>
          </Flex>
        )}
      </Card>
      {published && (data.manage || data.nextYear) && (
        <Card title={`Bàn giao ${head} trưởng, ${head} phó năm ${data.year + 1}`} style={{ marginBottom: 16 }}>
          {data.nextYear ? (
            <>
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                items={[
                  { key: 'l', label: `${head} trưởng`, children: data.nextYear.leader ?? '—' },
                  { key: 'd', label: `${head} phó`, children: data.nextYear.deputy ?? '—' },
                ]}
              />
              <Link to={`/cum-thi-dua/${data.cluster.id}/${data.year + 1}`}>Mở năm {data.year + 1}</Link>
            </>
          ) : (
            <HandOverForm data={data} />
          )}
        </Card>
      )}
      <ProposeModal data={data} ranking={scoring.ranking} open={proposing} onClose={() => setProposing(false)} />
    </>
  );
}
