// Query keys of cluster scoring: one cluster's year (covenant, score table, sheets, ranking) under
// ['cluster-year'].
import { clusterKeys } from '../organisations/keys';

export const clusterYearKeys = {
  all: ['cluster-year'] as const,
  detail: (clusterId: string, year: number) => [...clusterYearKeys.all, clusterId, year] as const,
};

/**
 * The list of clusters (GET /clusters), the same query the organisations screen's clusters tab
 * reads and invalidates under this key: it belongs to that screen, and moves to its factory when it
 * has one.
 */
export const clusterListKey = clusterKeys.all;
