import { PERMISSION_NAMES } from '../domain/access/permissions.js';
import { type Actor, grantRoots, type Permission } from './policy.js';

/** The permissions the actor holds somewhere (the web app uses it to show menus). */
export const PERMISSIONS_OF = (actor: Actor): Permission[] =>
  PERMISSION_NAMES.filter((p) => grantRoots(actor, p).length > 0);
