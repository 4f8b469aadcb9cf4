// Query keys of cluster scoring: one cluster's year (covenant, score table, sheets, ranking) under
// ['cluster-year'].
export const clusterYearKeys = {
  all: ['cluster-year'] as const,
  detail: (clusterId: string, year: number) => [...clusterYearKeys.all, clusterId, year] as const,
};
