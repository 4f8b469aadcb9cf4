// The ranking with its tie notes; publication in two steps (the exact preview, then a
// confirmation that it cannot be undone, typed as the words CÔNG BỐ); after publication, the
// hand-over of leadership for next year and the proposal of the leading members for commendation.
import { FlagOutlined, SwapOutlined, TrophyOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, errorMessage } from '../../ui/api';
import { fmtDateTime } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { pointsText } from './parts';
import { clusterListKey, clusterYearKeys } from './keys';
import { ProposeModal } from './ProposeModal';
import type { ClusterYear, PublishPreview, RankingRow, Scoring } from './types';

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
      qc.setQueryData(clusterYearKeys.detail(data.cluster.id, data.year), d);
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
      qc.setQueryData(clusterYearKeys.detail(data.cluster.id, data.year), d);
      await qc.invalidateQueries({ queryKey: clusterListKey });
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
