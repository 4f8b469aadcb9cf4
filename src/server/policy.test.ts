import { describe, expect, it } from 'vitest';
import { type Actor, can, grantRoots, requireAccess } from './policy.js';

const clerk: Actor = {
  tenantId: 't',
  userId: 'u',
  username: 'muonglay.thcs',
  fullName: 'Lò Thị Mai',
  grants: [{ role: 'clerk', orgId: 'school' }],
};

describe('policy', () => {
  it('lets a unit clerk act inside their own unit and its sub-units', () => {
    expect(can(clerk, 'registry.write', ['school', 'ward', 'province'])).toBe(true);
    expect(can(clerk, 'registry.read', ['class-9a', 'school', 'ward', 'province'])).toBe(true);
  });

  it("denies a unit clerk another unit's data, even a sibling under the same ward", () => {
    expect(can(clerk, 'registry.read', ['clinic', 'ward', 'province'])).toBe(false);
    expect(() => requireAccess(clerk, 'registry.read', ['ward', 'province'])).toThrowError(/không có quyền xem/);
  });

  it('gives a clerk no account management and a viewer no writes', () => {
    expect(grantRoots(clerk, 'users.manage')).toEqual([]);
    const viewer: Actor = { ...clerk, grants: [{ role: 'viewer', orgId: 'province' }] };
    expect(can(viewer, 'registry.read', ['school', 'ward', 'province'])).toBe(true);
    expect(can(viewer, 'registry.write', ['school', 'ward', 'province'])).toBe(false);
  });
});
