// Demo plans (issue 14): four real 2026 plans of the seeds, imported as their units' plans
// (Phường Bạch Đằng, Văn phòng UBND tỉnh Sơn La, Xã Điềm He, Xã Xuân Trường)
// with the same importer an officer uses, so a fresh `npm start` shows whole plans with their
// sections and tasks. Tasks long past their deadline are mostly done (a few left late, so the
// overdue list has something to show), and a task about a movement is linked to one of its unit's
// movements, its status following it. Reads the repository's copies of the seeds
// (src/domain/plans/fixtures); this module and the server bundle (dist/server/cli.mjs) both sit two
// folders below the repository root, so the same relative address finds them.
import { readFileSync } from 'node:fs';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import * as s from '../db/schema.js';
import {
  matchOrganisation,
  statusFromLinks,
  storedPlanParts,
  taskDeadline,
  type TaskQuarter,
} from '../domain/plans/index.js';
import { isoDateInVietnam, searchKey } from '../domain/vi-text/index.js';
import { importPlan } from '../documents/plan/import.js';
import { planDefaults } from '../features/plans/service.js';

// Seed 000 is Phường Mường Lay's plan: the browser journeys import it there themselves (the demo's
// journey ward starts without a plan, as the other demo seeds leave it untouched too).
const SEEDS: { file: string; org: string }[] = [
  { file: 'seed-001_69fdb867b597334f.txt', org: 'BDANG' },
  { file: 'seed-002_ebe676576632df34.txt', org: 'VPUB' },
  { file: 'seed-003_418b308a287eae96.txt', org: 'DHE' },
  { file: 'seed-004_fa2bf1a7e742f900.txt', org: 'XTRUONG' },
];

const FIXTURES = new URL('../../src/domain/plans/fixtures/', import.meta.url);

function readSeed(file: string): Uint8Array | null {
  try {
    return readFileSync(new URL(file, FIXTURES));
  } catch {
    return null; // a trimmed install without the fixtures: the demo simply has fewer plans
  }
}

export async function seedDemoPlans(tx: Tx, tenantId: string, rootCode: string, now: Date): Promise<number> {
  const t = tenantId;
  const orgs = await tx
    .select({
      id: s.organisations.id,
      name: s.organisations.name,
      code: s.organisations.code,
      type: s.organisations.type,
    })
    .from(s.organisations)
    .where(eq(s.organisations.tenantId, t));
  const [author] = await tx
    .select({ id: s.users.id })
    .from(s.users)
    .where(and(eq(s.users.tenantId, t), eq(s.users.username, 'vanphong')));
  if (!author) return 0;
  const today = isoDateInVietnam(now);
  // Done when the deadline passed more than six weeks ago, except every fourth such task (still late).
  const sixWeeksAgo = isoDateInVietnam(new Date(now.getTime() - 42 * 86_400_000));
  let made = 0;
  for (const seed of SEEDS) {
    const org = orgs.find((o) => o.code === `${rootCode}.${seed.org}`);
    const bytes = readSeed(seed.file);
    if (!org || !bytes) continue;
    const result = await importPlan(bytes, seed.file);
    if (!result.ok) continue;
    const year = result.year ?? Number(today.slice(0, 4));
    const doc = storedPlanParts(result.document);
    const d = planDefaults(org, year);
    const planId = crypto.randomUUID();
    await tx.insert(s.plans).values({
      tenantId: t,
      id: planId,
      orgId: org.id,
      year,
      title: doc.title ?? d.title,
      issuerLines: d.issuerLines,
      number: doc.number ?? null,
      symbol: doc.symbol ?? 'KH-UBND',
      place: doc.place ?? d.place,
      issuedOn: doc.issuedOn ?? null,
      pendingMonth: doc.issuedOn ? null : (doc.pendingMonth ?? null),
      bases: doc.bases ?? [],
      intro: doc.intro ?? null,
      sections: doc.sections?.length ? doc.sections : [],
      closing: doc.closing ?? d.closing,
      recipients: doc.recipients?.length ? doc.recipients : d.recipients,
      archive: doc.archive?.length ? doc.archive : d.archive,
      signerLines: doc.signerLines?.length ? doc.signerLines : d.signerLines,
      signerName: doc.signerName ?? '',
      taskPlacement: 'body',
      status: 'issued',
      createdBy: author.id,
      createdAt: now,
      updatedAt: now,
    });
    let late = 0;
    const tasks = result.tasks.map((x, i) => {
      const deadline = taskDeadline(x, year);
      let status: 'not_started' | 'in_progress' | 'done' = 'not_started';
      if (deadline && deadline < sixWeeksAgo) status = late++ % 4 === 3 ? 'in_progress' : 'done';
      else if (deadline && deadline < today) status = 'in_progress';
      return {
        tenantId: t,
        id: crypto.randomUUID(),
        planId,
        position: i + 1,
        quarter: x.quarter,
        title: x.title,
        lead: x.lead,
        leadOrgId: x.lead ? matchOrganisation(x.lead, orgs, org) : null,
        partners: x.partners,
        due: x.due ?? null,
        ownerId: null,
        status,
        statusSetByHand: false,
        overdueNotifiedFor: null,
        overdueNotifiedAt: null,
        createdAt: now,
        updatedAt: now,
      };
    });
    if (tasks.length) await tx.insert(s.planTasks).values(tasks);
    // A task about the movements, linked to the unit's latest movement; its status follows it.
    const movement = (
      await tx
        .select({ id: s.movements.id, status: s.movements.status })
        .from(s.movements)
        .where(and(eq(s.movements.tenantId, t), inArray(s.movements.orgId, [org.id])))
        .orderBy(asc(s.movements.fromDate))
    ).at(-1);
    const task = tasks.find((x) => searchKey(x.title).includes('phong trao'));
    if (movement && task) {
      await tx.insert(s.planTaskLinks).values({
        tenantId: t,
        id: crypto.randomUUID(),
        taskId: task.id,
        kind: 'movement',
        targetId: movement.id,
        createdBy: author.id,
        createdAt: now,
      });
      const status = statusFromLinks([{ kind: 'movement', status: movement.status }], false);
      if (status && status !== task.status)
        await tx
          .update(s.planTasks)
          .set({ status })
          .where(and(eq(s.planTasks.tenantId, t), eq(s.planTasks.id, task.id)));
    }
    made += 1;
    if (seed.org === 'XTRUONG') await seedUnitPlans(tx, t, { id: planId, orgId: org.id, year }, orgs, author.id, now);
  }
  return made;
}

/**
 * Xuân Trường's plan asks three of its units for their own plans by 10/02 (as seed 000 §IV.6 asks
 * Mường Lay's): the secondary school sent on time, the village of Hành Thiện after the date, and
 * the economic office not at all (late: its clerk is told by the daily check). The units' plans
 * are short, written by hand in the app.
 */
async function seedUnitPlans(
  tx: Tx,
  t: string,
  ward: { id: string; orgId: string; year: number },
  orgs: { id: string; name: string; code: string; type: string }[],
  authorId: string,
  now: Date,
) {
  const code = orgs.find((o) => o.id === ward.orgId)?.code;
  const unit = (suffix: string) => orgs.find((o) => o.code === `${code}.${suffix}`);
  const school = unit('THCS');
  const village = unit('HANHTHIEN');
  const office = unit('KT');
  if (!school || !village || !office) return;
  const y = ward.year;
  await tx
    .update(s.plans)
    .set({ unitsDue: `${y}-02-10` })
    .where(and(eq(s.plans.tenantId, t), eq(s.plans.id, ward.id)));
  await tx
    .insert(s.planUnitRequests)
    .values([school, village, office].map((o) => ({ tenantId: t, planId: ward.id, orgId: o.id, createdAt: now })));
  const plans: { org: (typeof orgs)[number]; sent: string; tasks: [TaskQuarter, string, string | null][] }[] = [
    {
      org: school,
      sent: `${y}-02-06T09:30:00+07:00`,
      tasks: [
        ['I', `Phát động phong trào thi đua "Dạy tốt - Học tốt" năm học ${y - 1}-${y}`, `${y}-02-28`],
        ['II', 'Sơ kết phong trào thi đua học kỳ II, biểu dương giáo viên, học sinh tiêu biểu', `${y}-05-31`],
        ['III', 'Tổng kết năm học, đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc', `${y}-08-15`],
        ['regular', 'Xây dựng, nhân rộng điển hình tiên tiến trong giáo viên và học sinh', null],
      ],
    },
    {
      org: village,
      sent: `${y}-02-14T15:00:00+07:00`,
      tasks: [
        ['I', 'Phát động phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" ở khu dân cư', `${y}-03-15`],
        ['IV', 'Bình xét gia đình văn hóa, đề nghị khen thưởng hộ gia đình tiêu biểu', `${y}-11-30`],
      ],
    },
  ];
  for (const p of plans) {
    const d = planDefaults(p.org, y);
    const id = crypto.randomUUID();
    await tx.insert(s.plans).values({
      tenantId: t,
      id,
      orgId: p.org.id,
      year: y,
      title: d.title,
      issuerLines: d.issuerLines,
      place: d.place,
      bases: d.bases,
      intro: d.intro,
      sections: [],
      closing: d.closing,
      recipients: d.recipients,
      archive: d.archive,
      signerLines: d.signerLines,
      status: 'issued',
      parentPlanId: ward.id,
      sentAt: new Date(p.sent),
      createdBy: authorId,
      createdAt: now,
      updatedAt: now,
    });
    const today = isoDateInVietnam(now);
    await tx.insert(s.planTasks).values(
      p.tasks.map(([quarter, title, due], i) => ({
        tenantId: t,
        id: crypto.randomUUID(),
        planId: id,
        position: i + 1,
        quarter,
        title,
        lead: p.org.name,
        leadOrgId: p.org.id,
        partners: [],
        due,
        ownerId: null,
        status: (due && due < today ? 'done' : 'not_started') as 'done' | 'not_started',
        statusSetByHand: false,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
}
