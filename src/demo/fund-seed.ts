// Demo entries of the reward fund (quỹ thi đua, khen thưởng) for 2025 and 2026: the provincial
// office's fund and phường Mường Lay's — the balance brought in, budget allocations, a donation,
// bonuses paid, organising and printing costs — so that /quy-thi-dua and the dashboard's balance
// are not empty on a fresh start. Written in the seed's transaction through the fund repository.
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import * as s from '../db/schema.js';
import type { FundEntryKind } from '../domain/fund/index.js';
import { insertEntry } from '../features/fund/repository.js';

type Seed = [date: string, kind: FundEntryKind, amount: number, description: string, document: string | null];

const PROVINCE: Seed[] = [
  ['2025-01-02', 'opening', 412_500_000, 'Số dư quỹ năm 2024 chuyển sang', 'Biên bản đối chiếu số dư ngày 02/01/2025'],
  [
    '2025-01-15',
    'budget',
    1_850_000_000,
    'Ngân sách tỉnh trích lập quỹ năm 2025',
    'Quyết định số 2561/QĐ-UBND ngày 12/12/2024',
  ],
  ['2025-03-20', 'organising', 86_000_000, 'Hội nghị phát động thi đua năm 2025', 'Chứng từ chi số 14/PC'],
  [
    '2025-05-08',
    'bonus',
    612_400_000,
    'Chi tiền thưởng Bằng khen của Chủ tịch UBND tỉnh (đợt 1)',
    'Quyết định số 845/QĐ-UBND ngày 25/4/2025',
  ],
  [
    '2025-07-30',
    'organising',
    118_000_000,
    'Hội nghị sơ kết 6 tháng, hoạt động cụm, khối thi đua',
    'Chứng từ chi số 52/PC',
  ],
  ['2025-09-12', 'donation', 150_000_000, 'Doanh nghiệp trên địa bàn tài trợ quỹ', 'Phiếu thu số 07/PT'],
  ['2025-10-06', 'printing', 64_300_000, 'In phôi Bằng khen, Giấy khen và làm khung', 'Hợp đồng số 31/2025/HĐ-VP'],
  [
    '2025-12-26',
    'bonus',
    934_700_000,
    'Chi tiền thưởng Cờ thi đua, Bằng khen tổng kết năm 2025',
    'Quyết định số 2488/QĐ-UBND ngày 19/12/2025',
  ],
  [
    '2026-01-14',
    'budget',
    1_920_000_000,
    'Ngân sách tỉnh trích lập quỹ năm 2026',
    'Quyết định số 2602/QĐ-UBND ngày 15/12/2025',
  ],
  ['2026-02-10', 'organising', 92_000_000, 'Hội nghị phát động thi đua năm 2026', 'Chứng từ chi số 09/PC'],
  [
    '2026-05-15',
    'bonus',
    538_200_000,
    'Chi tiền thưởng Bằng khen của Chủ tịch UBND tỉnh (đợt 1 năm 2026)',
    'Quyết định số 912/QĐ-UBND ngày 06/5/2026',
  ],
];

const WARD: Seed[] = [
  ['2025-01-03', 'opening', 18_400_000, 'Số dư quỹ năm 2024 chuyển sang', null],
  [
    '2025-01-20',
    'budget',
    96_000_000,
    'Ngân sách phường trích lập quỹ năm 2025',
    'Quyết định số 12/QĐ-UBND ngày 10/01/2025',
  ],
  [
    '2025-06-25',
    'organising',
    14_500_000,
    'Hội nghị sơ kết 6 tháng công tác thi đua, khen thưởng',
    'Chứng từ chi số 21/PC',
  ],
  [
    '2025-12-29',
    'bonus',
    58_900_000,
    'Chi tiền thưởng danh hiệu LĐTT, CSTĐCS, Giấy khen năm 2025',
    'Quyết định số 215/QĐ-UBND ngày 22/12/2025',
  ],
  ['2025-12-30', 'printing', 6_200_000, 'In Giấy khen, làm khung', 'Chứng từ chi số 48/PC'],
  [
    '2026-01-22',
    'budget',
    104_000_000,
    'Ngân sách phường trích lập quỹ năm 2026',
    'Quyết định số 09/QĐ-UBND ngày 12/01/2026',
  ],
  ['2026-03-05', 'donation', 10_000_000, 'Hội doanh nghiệp phường ủng hộ quỹ', 'Phiếu thu số 03/PT'],
];

export async function seedFundEntries(tx: Tx, tenantId: string, now: Date): Promise<void> {
  const t = tenantId;
  const [root] = await tx
    .select({ id: s.organisations.id, code: s.organisations.code })
    .from(s.organisations)
    .where(and(eq(s.organisations.tenantId, t), isNull(s.organisations.parentId)));
  if (!root) return;
  const [ward] = await tx
    .select({ id: s.organisations.id })
    .from(s.organisations)
    .where(and(eq(s.organisations.tenantId, t), eq(s.organisations.code, `${root.code}.MLAY`)));
  const [author] = await tx
    .select({ id: s.users.id })
    .from(s.users)
    .where(and(eq(s.users.tenantId, t), eq(s.users.username, 'vanphong')));
  const createdBy = author?.id ?? crypto.randomUUID();
  const today = now.toISOString().slice(0, 10);
  const post = async (orgId: string, seeds: Seed[], handledBy: string) => {
    for (const [entryDate, kind, amount, description, document] of seeds) {
      if (entryDate > today) continue;
      await insertEntry(tx, {
        tenantId: t,
        id: crypto.randomUUID(),
        orgId,
        entryDate,
        kind,
        amount,
        description,
        document,
        handledBy: kind === 'bonus' ? handledBy : null,
        createdBy,
        createdAt: now,
      });
    }
  };
  await post(root.id, PROVINCE, 'Kế toán Văn phòng UBND tỉnh');
  if (ward) await post(ward.id, WARD, 'Kế toán UBND phường');
}
