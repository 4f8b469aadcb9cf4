import { buildWorkbook } from '../../documents/xlsx.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { BulkRow } from './service.js';

export function eligibilityWorkbook(
  r: {
    awardName: string;
    period: string;
    decisionDate: string;
    eligible: BulkRow[];
    judgementOnly: BulkRow[];
    oneShort: BulkRow[];
  },
  now: Date,
) {
  const rows = [
    ...r.eligible.map((x) => ({
      ...x,
      group: x.status === 'conditional' ? 'Đủ điều kiện nếu được tặng danh hiệu cùng đợt' : 'Đủ điều kiện',
    })),
    ...r.judgementOnly.map((x) => ({ ...x, group: 'Chờ Hội đồng đánh giá' })),
    ...r.oneShort.map((x) => ({ ...x, group: 'Còn thiếu một tiêu chí' })),
  ];
  return buildWorkbook(
    `Xét ${r.awardName} ${r.period}`,
    [
      { header: 'Kết quả', width: 22, value: (x) => x.group },
      { header: 'Họ và tên', width: 26, value: (x) => x.fullName },
      { header: 'Chức vụ', width: 22, value: (x) => x.position },
      { header: 'Đơn vị', width: 40, value: (x) => x.orgName },
      { header: 'Tiêu chí còn thiếu', width: 60, value: (x) => x.failed.map((f) => f.message).join('; ') },
      { header: 'Tiêu chí do Hội đồng đánh giá', width: 16, value: (x) => x.judgement },
      { header: 'Tiền thưởng (đồng)', width: 16, value: (x) => x.amount },
      {
        header: 'Điều chỉnh của cán bộ',
        width: 40,
        value: (x) => (x.override ? `${x.override.eligible ? 'Đủ' : 'Không đủ'} điều kiện: ${x.override.reason}` : ''),
      },
    ],
    rows,
    `Ngày quyết định dự kiến ${formatDateVN(r.decisionDate)}; xuất ngày ${formatDateVN(isoDateInVietnam(now))}`,
  );
}
