// The user accounts' query keys, all under one prefix.
export const userKeys = {
  all: ['users'] as const,
  list: (query: string) => [...userKeys.all, query] as const,
  /** Active accounts as initiative council candidates. */
  councilCandidates: () => [...userKeys.all, 'council-candidates'] as const,
};
