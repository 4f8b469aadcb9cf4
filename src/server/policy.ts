// Who may do what, on which organisation subtree. The one place where roles become permissions;
// every use case calls requireAccess (or scopeFor, for lists) before it touches data.
import { PERMISSIONS, type Permission } from '../domain/access/permissions.js';
import type { Role } from '../domain/registry/vocab.js';
import { forbidden } from './errors.js';

export type { Permission } from '../domain/access/permissions.js';

export interface Grant {
  role: Role;
  orgId: string;
}

export interface Actor {
  tenantId: string;
  userId: string;
  username: string;
  fullName: string;
  grants: Grant[];
}

export function roleAllows(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

/** Organisations (roots of subtrees) on which the actor holds the permission. */
export function grantRoots(actor: Actor, permission: Permission): string[] {
  return [...new Set(actor.grants.filter((g) => roleAllows(g.role, permission)).map((g) => g.orgId))];
}

/**
 * Whether the actor holds the permission on an organisation, given that organisation's chain of
 * ancestors (itself first, the root last).
 */
export function can(actor: Actor, permission: Permission, orgChain: readonly string[]): boolean {
  const roots = grantRoots(actor, permission);
  return roots.some((r) => orgChain.includes(r));
}

export function requireAccess(actor: Actor, permission: Permission, orgChain: readonly string[]): void {
  if (!can(actor, permission, orgChain)) throw forbidden(PERMISSIONS[permission].denied);
}

/** For actions not tied to one organisation (e.g. managing accounts): any grant will do. */
export function requireAnywhere(actor: Actor, permission: Permission): void {
  if (grantRoots(actor, permission).length === 0) throw forbidden(PERMISSIONS[permission].denied);
}

/**
 * Whether the actor may write a plan of an organisation: `plan.manage` there (the standing office),
 * or, for a unit's own plan that the plan above it asked for, `plan.unit.manage` there (the unit's
 * clerks, whose grants reach their own unit's subtree only). The plan that asks is never a clerk's.
 */
export function canWritePlan(actor: Actor, orgChain: readonly string[], unitPlan: boolean): boolean {
  return can(actor, 'plan.manage', orgChain) || (unitPlan && can(actor, 'plan.unit.manage', orgChain));
}

export function requireWritePlan(actor: Actor, orgChain: readonly string[], unitPlan: boolean): void {
  if (canWritePlan(actor, orgChain, unitPlan)) return;
  // A unit's clerk is told when they may write (their unit's plan, once asked for); others, who may.
  throw forbidden(PERMISSIONS[can(actor, 'plan.unit.manage', orgChain) ? 'plan.unit.manage' : 'plan.manage'].denied);
}
