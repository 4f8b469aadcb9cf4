// Adding a nominee to a unit's dossier (a person, collective or household found in the registry,
// with the award) and editing one (the award and the achievement summary).
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import type { SubjectKind } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { useDebounced, useOnChange } from '../../ui/hooks';
import { proposalKeys, roundKeys } from './keys';
import { CANDIDATE_KINDS, SUBJECT_KINDS_OF } from './labels';
import type { CandidateKind, CandidateList, Nominee, ProposalDetail } from './types';

export type Award = { code: string; name: string };

const kindOfSubject = (k: SubjectKind): CandidateKind =>
  k === 'individual' ? 'person' : k === 'household' ? 'household' : 'org';

interface AddValues {
  kind: CandidateKind;
  subjectId: string;
  awardCode: string;
  achievement?: string;
}

export function AddNomineeModal({
  proposal,
  open,
  onClose,
  awardsFor,
}: {
  proposal: ProposalDetail;
  open: boolean;
  onClose: () => void;
  awardsFor: (k: readonly SubjectKind[]) => Award[];
}) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  useOnChange([open], () => {
    if (open) setText('');
  });
  const state = useFormModal<AddValues, ProposalDetail>({
    open,
    initialValues: () => ({ kind: 'person' }),
    submit: (v) =>
      api.post<ProposalDetail>(`/proposals/${proposal.id}/nominees`, {
        subjectKind: CANDIDATE_KINDS.find((k) => k.value === v.kind)!.subjectKind,
        subjectId: v.subjectId,
        awardCode: v.awardCode,
        ...(v.achievement?.trim() ? { achievement: v.achievement.trim() } : {}),
      }),
    onSuccess: async (p, v) => {
      qc.setQueryData(proposalKeys.detail(proposal.id), p);
      await qc.invalidateQueries({ queryKey: roundKeys.all });
      const who = candidates.data?.items.find((c) => c.id === v.subjectId)?.name ?? 'người được đề nghị';
      void message.success(`Đã thêm ${who} vào hồ sơ.`);
      onClose();
    },
  });
  const { form } = state;
  const kind: CandidateKind = Form.useWatch('kind', form) ?? 'person';
  const candidates = useQuery({
    queryKey: proposalKeys.candidates(proposal.id, kind, search),
    queryFn: () => api.get<CandidateList>(`/proposals/${proposal.id}/candidates`, { kind, q: search }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const awards = awardsFor(SUBJECT_KINDS_OF[kind]);
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Thêm người, tập thể, hộ gia đình được đề nghị"
      okText="Thêm vào hồ sơ"
      width={640}
      name="nominee-add"
      formProps={{
        onValuesChange: (changed: Partial<AddValues>) => {
          if (changed.kind) {
            form.setFieldsValue({ subjectId: undefined, awardCode: undefined });
            setText('');
          }
        },
      }}
    >
      <Form.Item name="kind" label="Đối tượng">
        <Radio.Group optionType="button" options={CANDIDATE_KINDS.map((k) => ({ value: k.value, label: k.label }))} />
      </Form.Item>
      <Form.Item
        name="subjectId"
        label={kind === 'person' ? 'Cá nhân của đơn vị' : kind === 'org' ? 'Tập thể của đơn vị' : 'Hộ gia đình'}
        extra="Gõ tên để tìm (không cần dấu). Thông tin và quá trình khen thưởng lấy từ cơ sở dữ liệu, không cần nhập lại."
        rules={[{ required: true, message: 'Chọn người, tập thể hoặc hộ được đề nghị.' }]}
      >
        <Select
          showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
          placeholder="Tìm theo tên…"
          loading={candidates.isFetching}
          notFoundContent={candidates.isFetching ? 'Đang tìm…' : 'Không tìm thấy trong đơn vị'}
          options={(candidates.data?.items ?? []).map((c) => ({ value: c.id, label: c.name, detail: c.detail }))}
          optionRender={(o) => (
            <div>
              <div>{o.label}</div>
              {o.data.detail ? <div className="muted candidate-detail">{o.data.detail}</div> : null}
            </div>
          )}
          onChange={() => setText('')}
        />
      </Form.Item>
      <Form.Item
        name="awardCode"
        label="Danh hiệu, hình thức đề nghị"
        rules={[{ required: true, message: 'Chọn danh hiệu, hình thức.' }]}
      >
        <Select
          options={awards.map((a) => ({ value: a.code, label: a.name }))}
          placeholder="Chọn trong các danh hiệu, hình thức của đợt xét"
          notFoundContent="Đợt xét không có danh hiệu, hình thức cho đối tượng này"
        />
      </Form.Item>
      <Form.Item
        name="achievement"
        label="Tóm tắt thành tích"
        extra="Có thể viết sau, hoặc tải tệp báo cáo thành tích lên."
      >
        <Input.TextArea rows={4} maxLength={20000} />
      </Form.Item>
    </FormModal>
  );
}

interface EditValues {
  awardCode: string;
  achievement: string;
}

export function EditNomineeModal({
  nominee,
  proposalId,
  onClose,
  awardsFor,
}: {
  nominee: Nominee | null;
  proposalId: string;
  onClose: () => void;
  awardsFor: (k: readonly SubjectKind[]) => Award[];
}) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<EditValues, ProposalDetail>({
    open: !!nominee,
    subject: nominee,
    initialValues: () => (nominee ? { awardCode: nominee.awardCode, achievement: nominee.achievement } : undefined),
    submit: (v) =>
      api.patch<ProposalDetail>(`/nominees/${nominee!.id}`, {
        awardCode: v.awardCode,
        achievement: v.achievement ?? '',
      }),
    onSuccess: (p) => {
      qc.setQueryData(proposalKeys.detail(proposalId), p);
      void message.success('Đã lưu.');
      onClose();
    },
  });
  const awards = nominee ? awardsFor(SUBJECT_KINDS_OF[kindOfSubject(nominee.subjectKind)]) : [];
  return (
    <FormModal
      state={state}
      open={!!nominee}
      onClose={onClose}
      title={nominee ? `Sửa đề nghị — ${nominee.displayName}` : ''}
      okText="Lưu"
      width={720}
      name="nominee-edit"
    >
      <Form.Item
        name="awardCode"
        label="Danh hiệu, hình thức đề nghị"
        rules={[{ required: true, message: 'Chọn danh hiệu, hình thức.' }]}
      >
        <Select options={awards.map((a) => ({ value: a.code, label: a.name }))} />
      </Form.Item>
      <Form.Item
        name="achievement"
        label="Tóm tắt thành tích"
        extra="Thành tích nổi bật trong kỳ xét: kết quả công việc, sáng kiến, danh hiệu đã đạt…"
      >
        <Input.TextArea rows={10} maxLength={20000} showCount />
      </Form.Item>
    </FormModal>
  );
}
