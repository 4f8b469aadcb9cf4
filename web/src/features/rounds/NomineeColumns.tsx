// The columns of a dossier's nominee table: who, award, verdict with the reward, status and, while
// the dossier is editable, the edit and remove buttons. On a phone everything folds into one column.
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { EMPTY, fmtMoney } from '../../ui/format';
import { SUBJECT_KIND_LABELS } from '../eligibility/labels';
import { nomineeOpen } from './labels';
import { AwardCell, NomineeStatusTag, VerdictTags } from './parts';
import type { Nominee } from './types';

export function useNomineeColumns(
  editable: boolean,
  phone: boolean,
  onEdit: (n: Nominee) => void,
  onRemove: (n: Nominee) => Promise<unknown>,
): TableColumnsType<Nominee> {
  return useMemo(() => {
    const actions = (n: Nominee) =>
      editable && nomineeOpen(n.status) ? (
        <Flex gap={4} vertical={!phone} wrap align="flex-start">
          <Button
            size="small"
            icon={<EditOutlined aria-hidden />}
            onClick={() => onEdit(n)}
            aria-label={`Sửa đề nghị của ${n.displayName}`}
          >
            Sửa
          </Button>
          <Popconfirm
            title={`Bỏ ${n.displayName} khỏi hồ sơ?`}
            description="Tệp đính kèm của đề nghị này cũng bị bỏ."
            okText="Bỏ khỏi hồ sơ"
            cancelText="Hủy"
            okButtonProps={{ danger: true }}
            onConfirm={() => onRemove(n).catch(() => undefined)}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={`Bỏ ${n.displayName} khỏi hồ sơ`}
            >
              Bỏ
            </Button>
          </Popconfirm>
        </Flex>
      ) : null;
    const who = (n: Nominee) => (
      <div>
        <strong>{n.displayName}</strong>
        {n.subjectKind !== 'individual' && <span className="muted"> ({SUBJECT_KIND_LABELS[n.subjectKind]})</span>}
        {n.positionText && <div className="muted">{n.positionText}</div>}
      </div>
    );
    const amount = (n: Nominee) =>
      n.verdict ? (n.verdict.amount === null ? 'Chưa xác định' : fmtMoney(n.verdict.amount)) : EMPTY;
    if (phone)
      return [
        {
          title: 'Người, tập thể được đề nghị',
          key: 'all',
          render: (_: unknown, n) => (
            <Flex vertical gap={4}>
              {who(n)}
              <AwardCell n={n} />
              <div>
                <VerdictTags verdict={n.verdict} submitted={n.submittedVerdict} />{' '}
                <NomineeStatusTag status={n.status} />
              </div>
              <div className="muted">Tiền thưởng: {amount(n)}</div>
              {actions(n)}
            </Flex>
          ),
        },
      ];
    return [
      { title: 'Người, tập thể được đề nghị', key: 'who', render: (_: unknown, n) => who(n) },
      { title: 'Danh hiệu, hình thức', key: 'award', width: 170, render: (_: unknown, n) => <AwardCell n={n} /> },
      {
        title: 'Kết quả xét, tiền thưởng',
        key: 'verdict',
        width: 190,
        render: (_: unknown, n) => (
          <>
            <VerdictTags verdict={n.verdict} submitted={n.submittedVerdict} />
            <div className="money muted">{amount(n)}</div>
          </>
        ),
      },
      {
        title: 'Trạng thái',
        dataIndex: 'status',
        width: 160,
        render: (_: unknown, n) => <NomineeStatusTag status={n.status} />,
      },
      ...(editable
        ? [
            {
              title: <span className="sr-only">Thao tác</span>,
              key: 'actions',
              width: 96,
              render: (_: unknown, n: Nominee) => actions(n),
            },
          ]
        : []),
    ];
  }, [editable, phone, onEdit, onRemove]);
}
