// A linked task's status as its linked work sets it now, without opening the plan: the overdue
// list and the overdue notifier read it, so a task is never called late after the work that fulfils
// it is done (a round's decision signed, a movement closed), whichever feature changed that work.
import type { Db, Tx } from '../../db/client.js';
import type { planTasks } from '../../db/schema.js';
import { statusFromLinks, type WorkFacts } from '../../domain/plans/index.js';
import { linksOf, workInfo } from './links.js';

type TaskRow = typeof planTasks.$inferSelect;

/**
 * The status each linked task takes from its linked work as it is now, for the tasks whose stored
 * status lags behind (not set by hand, not cancelled): the overdue list and the overdue notifier
 * read it, so a task whose round's decision was signed is not called late before anyone opens its
 * plan. Answers only the tasks whose status differs, by task id.
 */
export async function statusesFromLinkedWork(
  db: Db | Tx,
  tenantId: string,
  tasks: readonly Pick<TaskRow, 'id' | 'status' | 'statusSetByHand'>[],
): Promise<Map<string, TaskRow['status']>> {
  const out = new Map<string, TaskRow['status']>();
  const open = tasks.filter((t) => !t.statusSetByHand && t.status !== 'cancelled');
  const links = await linksOf(
    db,
    tenantId,
    open.map((t) => t.id),
  );
  if (!links.length) return out;
  const info = await workInfo(db, tenantId, links);
  for (const task of open) {
    const works = links
      .filter((l) => l.taskId === task.id)
      .map((l) => info.get(`${l.kind}:${l.targetId}`)?.facts)
      .filter((f): f is WorkFacts => f !== undefined);
    const status = statusFromLinks(works, false);
    if (status && status !== task.status) out.set(task.id, status);
  }
  return out;
}
