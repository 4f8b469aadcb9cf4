// What has been registered; lines can be removed until the deadline.
import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Grid, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { api, errorMessage } from '../../ui/api';
import { SUBJECT_KIND_LABELS } from '../eligibility/labels';
import type { CallDetail, RegistrationItem } from './types';
import { registrationKeys } from './keys';

export function RegisteredTable({ call, unitId }: { call: CallDetail; unitId: string | undefined }) {
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
