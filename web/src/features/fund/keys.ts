// Query keys of the reward fund: everything under ['fund'], so invalidating `all` refreshes the
// ledger, the bodies and every decision's payment card.
export const fundKeys = {
  all: ['fund'] as const,
  bodies: () => [...fundKeys.all, 'bodies'] as const,
  ledger: (orgId: string | undefined, year: number | undefined) => [...fundKeys.all, 'ledger', orgId, year] as const,
  payment: (decisionId: string) => [...fundKeys.all, 'payment', decisionId] as const,
};
