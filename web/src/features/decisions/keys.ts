// Query keys of decisions: everything under ['decisions'], so invalidating `all` after a draft, a
// signature or a revocation refreshes the round views, the inbox and every decision's page.
export const decisionKeys = {
  all: ['decisions'] as const,
  rounds: (query: string) => [...decisionKeys.all, 'rounds', query] as const,
  round: (roundId: string | undefined) => [...decisionKeys.all, 'round', roundId] as const,
  detail: (id: string | undefined) => [...decisionKeys.all, 'detail', id] as const,
  inbox: (query: string) => [...decisionKeys.all, 'inbox', query] as const,
  certificates: (id: string) => [...decisionKeys.all, id, 'certificates'] as const,
};
