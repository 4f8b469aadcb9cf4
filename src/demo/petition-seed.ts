// Demo petitions (đơn thư) of phường Mường Lay in several states, dated from the seed's clock, so
// /don-thu, the home card and the public look-up are not empty on a fresh start: a complaint about
// a recorded award being settled (it withholds the person), an anonymous denunciation from the
// public form, a recommendation answered, a reflection near its deadline and a complaint overdue
// for acceptance. Written through the petitions use case in the seed's transaction.
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import * as s from '../db/schema.js';
import { addDaysIso, petitionDeadline, petitionRulesOn } from '../domain/petitions/index.js';
import { isoDateInVietnam } from '../domain/vi-text/index.js';
import { procedureRulesFor } from '../features/councils/meetings.js';
import { subtreeIds } from '../features/organisations/tree.js';
import { recordPetition } from '../features/petitions/service.js';

export async function seedDemoPetitions(tx: Tx, tenantId: string, now: Date) {
  const t = tenantId;
  const [ward] = await tx
    .select()
    .from(s.organisations)
    .where(and(eq(s.organisations.tenantId, t), eq(s.organisations.code, 'DEMO.MLAY')));
  if (!ward) return 0;
  const orgIds = await subtreeIds(tx, t, [ward.id]);
  const [award] = await tx
    .select({ id: s.awardRecords.id })
    .from(s.awardRecords)
    .innerJoin(s.people, and(eq(s.people.tenantId, s.awardRecords.tenantId), eq(s.people.id, s.awardRecords.personId)))
    .where(and(eq(s.awardRecords.tenantId, t), isNotNull(s.awardRecords.personId), inArray(s.people.orgId, orgIds)))
    .orderBy(s.awardRecords.period, s.awardRecords.id)
    .limit(1);
  const today = isoDateInVietnam(now);
  const ago = (n: number) => addDaysIso(today, -n);
  const actor = { tenantId: t, userId: null, name: 'Hệ thống (dữ liệu trình diễn)' };
  const holidays = (await procedureRulesFor(tx, t, today)).holidays.dates;
  const base = { orgId: ward.id, subjectText: null, contact: null };
  const add = (x: Parameters<typeof recordPetition>[2]) => recordPetition(tx, t, x, actor, now);

  const complaint = await add({
    ...base,
    kind: 'complaint',
    channel: 'paper',
    senderName: 'Lò Văn Hặc',
    senderAddress: 'Tổ dân phố 4, phường Mường Lay',
    contact: '0915 246 810',
    title: 'Khiếu nại việc công nhận danh hiệu thi đua của tổ dân phố',
    content:
      'Tôi cho rằng việc công nhận danh hiệu cho người được khen năm trước chưa đúng tiêu chuẩn vì chưa hoàn thành nhiệm vụ được giao; đề nghị xem xét lại.',
    awardRecordId: award?.id ?? null,
    subjectText: award ? null : 'Tổ dân phố 4',
    receivedOn: ago(12),
  });
  const acceptedOn = ago(5);
  await tx
    .update(s.petitions)
    .set({
      status: 'accepted',
      acceptedOn,
      dueDate: petitionDeadline(
        { kind: 'complaint', receivedOn: ago(12), acceptedOn },
        petitionRulesOn(ago(12)),
        holidays,
      ).dueDate,
    })
    .where(and(eq(s.petitions.tenantId, t), eq(s.petitions.id, complaint.id)));

  await add({
    ...base,
    kind: 'denunciation',
    channel: 'public_form',
    senderName: null,
    senderAddress: null,
    title: 'Tố cáo kê khai thành tích không trung thực',
    content: 'Một số đơn vị kê khai số liệu phong trào thi đua cao hơn thực tế để được đề nghị khen thưởng.',
    receivedOn: ago(3),
  });

  const rec = await add({
    ...base,
    kind: 'recommendation',
    channel: 'post',
    senderName: 'Quàng Thị Mai',
    senderAddress: 'Bản Na Nát, phường Mường Lay',
    title: 'Kiến nghị khen thưởng đột xuất người cứu người đuối nước',
    content: 'Anh Lò Văn Sáng đã dũng cảm cứu hai em nhỏ đuối nước tại suối Nậm Lay, đề nghị khen thưởng đột xuất.',
    receivedOn: ago(30),
  });
  await tx
    .update(s.petitions)
    .set({
      status: 'answered',
      acceptedOn: ago(26),
      answerNo: '118/UBND-VHXH',
      answer:
        'UBND phường đã trình Chủ tịch UBND phường tặng Giấy khen đột xuất cho anh Lò Văn Sáng; trân trọng cảm ơn ý kiến của bà.',
      closedOn: ago(10),
    })
    .where(and(eq(s.petitions.tenantId, t), eq(s.petitions.id, rec.id)));

  await add({
    ...base,
    kind: 'reflection',
    channel: 'in_person',
    senderName: 'Điêu Văn Khánh',
    senderAddress: 'Tổ dân phố 2, phường Mường Lay',
    title: 'Phản ánh chậm chi tiền thưởng kèm Giấy khen',
    content: 'Gia đình được tặng Giấy khen từ tháng trước nhưng đến nay chưa nhận được tiền thưởng kèm theo.',
    receivedOn: ago(9),
  });
  await add({
    ...base,
    kind: 'complaint',
    channel: 'post',
    senderName: 'Vì Thị Lả',
    senderAddress: 'Tổ dân phố 6, phường Mường Lay',
    title: 'Khiếu nại kết quả bình xét Gia đình văn hóa',
    content: 'Gia đình tôi đủ tiêu chuẩn nhưng không được bình xét Gia đình văn hóa năm nay; đề nghị xem xét lại.',
    receivedOn: ago(15),
  });
  return 5;
}
