// The reports' query keys, all under one prefix.
export const reportKeys = {
  all: ['reports'] as const,
  period: (query: object) => [...reportKeys.all, 'period', query] as const,
  statistics: (query: object) => [...reportKeys.all, 'statistics', query] as const,
  cell: (query: object, row: unknown, col: unknown) => [...reportKeys.all, 'cell', query, row, col] as const,
};
