// Query keys of plans: everything under ['plans'], so invalidating `all` refreshes the lists, each
// plan, its unit plans and the home page's overdue card.
export const planKeys = {
  all: ['plans'] as const,
  list: () => [...planKeys.all, 'list'] as const,
  overdue: () => [...planKeys.all, 'overdue'] as const,
  unitRequests: () => [...planKeys.all, 'unit-requests'] as const,
  detail: (id: string) => [...planKeys.all, id] as const,
  assignable: (id: string) => [...planKeys.detail(id), 'assignable'] as const,
  units: (id: string) => [...planKeys.detail(id), 'units'] as const,
  unitTasks: (id: string, orgId: string, page: number) => [...planKeys.units(id), 'tasks', orgId, page] as const,
  /** What a task can link to (movements, rounds …), outside the plans prefix as today. */
  linkTargets: (kind: string) => ['plan-link-targets', kind] as const,
};
