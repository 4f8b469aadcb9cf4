// Query keys of rounds and proposals. Everything about rounds sits under ['rounds'] (lists, one
// round, its appraisal), so invalidating `roundKeys.all` refreshes them all; a unit's proposal has
// its own prefix ['proposal'].
export const roundKeys = {
  all: ['rounds'] as const,
  lists: () => [...roundKeys.all, 'list'] as const,
  list: (query: string) => [...roundKeys.lists(), query] as const,
  /** The short list of rounds on the home page. */
  home: () => [...roundKeys.lists(), 'home'] as const,
  /** Every round, for a picker. */
  select: () => [...roundKeys.lists(), 'select'] as const,
  detail: (id: string | undefined) => [...roundKeys.all, 'detail', id] as const,
  appraisal: (id: string | undefined) => [...roundKeys.all, 'appraisal', id] as const,
};

export const proposalKeys = {
  all: ['proposal'] as const,
  detail: (id: string | undefined) => [...proposalKeys.all, id] as const,
  /** The people or units a proposal may add, by kind and search text. */
  candidates: (id: string, kind: string, search: string) =>
    [...proposalKeys.all, id, 'candidates', kind, search] as const,
};
