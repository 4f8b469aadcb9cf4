// Creating a council meeting for a round: the round (searched on the server), the council of the
// round's body, the date, the starting time and the place.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../ui/api';
import { DATE_FORMATS, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { useDebounced } from '../../ui/hooks';
import { MAX_PAGE_SIZE } from '../../ui/paging';
import { councilKeys, meetingKeys } from './keys';
import type { CouncilList, Meeting, RoundOption, RoundOptionList } from './types';

interface MeetingValues {
  roundId: string;
  councilId: string;
  heldOn: Dayjs;
  startsAt?: string;
  place: string;
}

export function MeetingCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const qc = useQueryClient();
  // The rounds are searched on the server (a province runs many); the chosen one is kept aside so
  // that a new search does not lose its organisation.
  const [roundSearch, setRoundSearch] = useState('');
  const roundTerm = useDebounced(roundSearch.trim());
  const rounds = useQuery({
    queryKey: meetingKeys.rounds(roundTerm),
    queryFn: () =>
      api.get<RoundOptionList>('/meetings/rounds', { pageSize: 50, ...(roundTerm ? { q: roundTerm } : {}) }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const state = useFormModal<MeetingValues, Meeting>({
    open,
    submit: (v) =>
      api.post<Meeting>('/meetings', {
        roundId: v.roundId,
        councilId: v.councilId,
        heldOn: toIso(v.heldOn),
        ...(v.startsAt?.trim() ? { startsAt: v.startsAt.trim() } : {}),
        place: v.place,
      }),
    onSuccess: (m) => {
      void qc.invalidateQueries({ queryKey: meetingKeys.all });
      onClose();
      void navigate(`/hoi-dong/phien-hop/${m.id}`);
    },
  });
  const { form } = state;
  const roundId = Form.useWatch('roundId', form);
  const [chosen, setRound] = useState<RoundOption | undefined>();
  const round = roundId && chosen?.id === roundId ? chosen : undefined;
  const councils = useQuery({
    queryKey: councilKeys.of(round?.orgId),
    queryFn: () => api.get<CouncilList>('/councils', { orgId: round!.orgId, pageSize: MAX_PAGE_SIZE }),
    enabled: open && !!round,
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Tạo phiên họp Hội đồng"
      okText="Tạo phiên họp"
      name="meeting-create"
      formProps={{ preserve: false, onValuesChange: state.clear }}
    >
      <Form.Item name="roundId" label="Đợt xét khen thưởng" rules={[{ required: true, message: 'Chọn đợt xét.' }]}>
        <Select
          loading={rounds.isFetching}
          showSearch={{ filterOption: false, onSearch: setRoundSearch }}
          onChange={(id: string) => {
            setRound(rounds.data?.items.find((r) => r.id === id));
            form.setFieldValue('councilId', undefined);
          }}
          notFoundContent={rounds.isFetching ? 'Đang tìm…' : 'Không có đợt xét nào khớp.'}
          options={[
            ...(round && !rounds.data?.items.some((r) => r.id === round.id) ? [round] : []),
            ...(rounds.data?.items ?? []),
          ].map((r) => ({
            value: r.id,
            label: `${r.name} (${r.waiting} chờ Hội đồng xét)`,
          }))}
        />
      </Form.Item>
      <Form.Item name="councilId" label="Hội đồng" rules={[{ required: true, message: 'Chọn Hội đồng.' }]}>
        <Select
          loading={councils.isFetching}
          disabled={!roundId}
          placeholder={roundId ? undefined : 'Chọn đợt xét trước'}
          options={councils.data?.items.map((c) => ({
            value: c.id,
            label: `${c.name} (${c.members.length} thành viên)`,
          }))}
        />
      </Form.Item>
      <Form.Item name="heldOn" label="Ngày họp" rules={[{ required: true, message: 'Chọn ngày họp.' }]}>
        <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="startsAt"
        label="Giờ bắt đầu"
        extra="Chỉ mở bỏ phiếu được từ giờ này; biên bản ghi giờ mở và giờ kết thúc bỏ phiếu thực tế."
        rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/u, message: 'Giờ họp có dạng HH:MM, ví dụ 08:00.' }]}
      >
        <Input maxLength={5} placeholder="08:00" style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        name="place"
        label="Địa điểm"
        rules={[{ required: true, whitespace: true, message: 'Nhập địa điểm họp.' }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Typography.Paragraph type="secondary">
        Danh sách trình Hội đồng gồm những người (tập thể) của đợt đã qua thẩm định, xếp theo đơn vị rồi theo tên; mỗi
        nội dung ghi tỷ lệ phiếu cần đạt theo quy định có hiệu lực vào ngày họp.
      </Typography.Paragraph>
    </FormModal>
  );
}
