// Demo oversight work (issue 13): a past inspection of the ward with findings, recommendations
// (one carried out, one still open) and its conclusion; a training course held with attendance and
// certificates; and a year-end conference with its invitees. Dates are relative to the clock.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import * as s from '../db/schema.js';
import { isoDateInVietnam } from '../domain/vi-text/index.js';

const daysBefore = (now: Date, days: number) => isoDateInVietnam(new Date(now.getTime() - days * 86_400_000));

export async function seedOversight(tx: Tx, tenantId: string, now: Date): Promise<void> {
  const t = tenantId;
  const [root] = await tx
    .select({ id: s.organisations.id, code: s.organisations.code })
    .from(s.organisations)
    .where(and(eq(s.organisations.tenantId, t), isNull(s.organisations.parentId)));
  if (!root) return;
  const [ward] = await tx
    .select({ id: s.organisations.id, name: s.organisations.name })
    .from(s.organisations)
    .where(and(eq(s.organisations.tenantId, t), eq(s.organisations.code, `${root.code}.MLAY`)));
  const [author] = await tx
    .select({ id: s.users.id, fullName: s.users.fullName })
    .from(s.users)
    .where(and(eq(s.users.tenantId, t), eq(s.users.username, 'vanphong')));
  if (!ward || !author) return;
  const units = await tx
    .select({ id: s.organisations.id, name: s.organisations.name })
    .from(s.organisations)
    .where(and(eq(s.organisations.tenantId, t), eq(s.organisations.parentId, ward.id)))
    .orderBy(asc(s.organisations.sortKey))
    .limit(3);
  // People of the ward's own units (any of them), for the course's participants.
  const allUnits = await tx
    .select({ id: s.organisations.id })
    .from(s.organisations)
    .where(and(eq(s.organisations.tenantId, t), eq(s.organisations.parentId, ward.id)));
  const people = await tx
    .select({ id: s.people.id })
    .from(s.people)
    .where(and(eq(s.people.tenantId, t), inArray(s.people.orgId, [ward.id, ...allUnits.map((u) => u.id)])))
    .orderBy(asc(s.people.sortKey))
    .limit(6);
  const base = { createdBy: author.id, createdAt: now, updatedAt: now };

  // A past inspection of the ward by the province, concluded, one recommendation still open.
  const plannedFrom = daysBefore(now, 75);
  const heldOn = daysBefore(now, 70);
  const inspectionId = crypto.randomUUID();
  await tx.insert(s.inspections).values({
    tenantId: t,
    id: inspectionId,
    orgId: root.id,
    targetOrgId: ward.id,
    year: Number(plannedFrom.slice(0, 4)),
    plannedFrom,
    plannedTo: daysBefore(now, 68),
    subject: 'Việc ban hành kế hoạch thi đua, tổ chức phong trào; hồ sơ, thủ tục và thẩm quyền khen thưởng',
    status: 'concluded',
    team: [
      { userId: author.id, name: author.fullName, position: 'Ban Thi đua - Khen thưởng tỉnh', role: 'leader' },
      { userId: null, name: 'Lò Thị Mai', position: 'Chuyên viên', role: 'secretary' },
    ],
    heldOn,
    place: `Trụ sở UBND ${ward.name}`,
    findings:
      'Phường đã ban hành kế hoạch thi đua năm và phát động các phong trào đúng thời hạn.\nMột số hồ sơ đề nghị khen thưởng thiếu biên bản họp Hội đồng Thi đua - Khen thưởng; việc công khai danh sách chưa đủ 05 ngày làm việc.',
    unitRepresentative: 'Phó Chủ tịch UBND phường',
    conclusion:
      'Công tác thi đua, khen thưởng của phường được thực hiện cơ bản đúng quy định; yêu cầu khắc phục các thiếu sót về hồ sơ và công khai.',
    concludedOn: daysBefore(now, 60),
    ...base,
  });
  await tx.insert(s.inspectionRecommendations).values([
    {
      tenantId: t,
      id: crypto.randomUUID(),
      inspectionId,
      text: 'Bổ sung biên bản họp Hội đồng Thi đua - Khen thưởng vào các hồ sơ còn thiếu',
      dueDate: daysBefore(now, 30),
      status: 'done',
      followUp: 'Phường đã bổ sung đủ biên bản.',
      doneOn: daysBefore(now, 35),
      createdAt: now,
    },
    {
      tenantId: t,
      id: crypto.randomUUID(),
      inspectionId,
      text: 'Niêm yết công khai danh sách đề nghị khen thưởng đủ thời gian theo quy định',
      dueDate: daysBefore(now, -20),
      status: 'open',
      followUp: null,
      doneOn: null,
      createdAt: now,
    },
  ]);

  // A training course of the ward, held, with attendance and certificates.
  const trainingId = crypto.randomUUID();
  const trainedOn = daysBefore(now, 40);
  await tx.insert(s.trainings).values({
    tenantId: t,
    id: trainingId,
    orgId: ward.id,
    title: 'Tập huấn nghiệp vụ công tác thi đua, khen thưởng cho cán bộ cơ sở',
    content:
      'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP; quy trình, hồ sơ đề nghị khen thưởng; sử dụng phần mềm thi đua, khen thưởng.',
    fromDate: trainedOn,
    toDate: trainedOn,
    place: `Hội trường UBND ${ward.name}`,
    trainers: ['Trưởng ban Thi đua - Khen thưởng tỉnh'],
    status: 'held',
    ...base,
  });
  if (units.length)
    await tx.insert(s.trainingUnits).values(units.map((u) => ({ tenantId: t, trainingId, orgId: u.id })));
  if (people.length)
    await tx.insert(s.trainingParticipants).values(
      people.map((p, i) => ({
        tenantId: t,
        trainingId,
        personId: p.id,
        attended: i !== people.length - 1,
        certificateNo: i !== people.length - 1 ? i + 1 : null,
      })),
    );

  // The year-end conference of the ward with its units invited.
  const conferenceId = crypto.randomUUID();
  await tx.insert(s.conferences).values({
    tenantId: t,
    id: conferenceId,
    orgId: ward.id,
    kind: 'so_ket',
    title: 'Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng',
    heldOn: daysBefore(now, 20),
    place: `Hội trường UBND ${ward.name}`,
    status: 'held',
    summary: 'Đánh giá kết quả phong trào thi đua 6 tháng, triển khai nhiệm vụ 6 tháng cuối năm.',
    ...base,
  });
  if (units.length)
    await tx.insert(s.conferenceInvitees).values(
      units.map((u, i) => ({
        tenantId: t,
        id: crypto.randomUUID(),
        conferenceId,
        orgId: u.id,
        personId: null,
        name: u.name,
        attended: i !== 2,
      })),
    );
}
