import { type Actor, grantRoots, type Permission } from './policy.js';

const ALL: Permission[] = [
  'registry.read',
  'registry.write',
  'org.manage',
  'users.manage',
  'audit.read',
  'import.run',
  'eligibility.use',
  'eligibility.override',
  'catalogue.manage',
  'round.manage',
  'proposal.submit',
  'ballot.cast',
  'decision.sign',
  'plan.manage',
  'cluster.manage',
  'cluster.score',
  'initiative.manage',
  'initiative.assess',
];

/** The permissions the actor holds somewhere (the web app uses it to show menus). */
export const PERMISSIONS_OF = (actor: Actor): Permission[] => ALL.filter((p) => grantRoots(actor, p).length > 0);
