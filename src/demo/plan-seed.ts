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
import { matchOrganisation, statusFromLinks, storedPlanParts, taskDeadline } from '../domain/plans/index.js';
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
  }
  return made;
}
