// The households screens' query keys, all under one prefix.
import type { Query } from '../../ui/api';

export const householdKeys = {
  all: ['households'] as const,
  list: (query: Query) => [...householdKeys.all, 'list', query] as const,
  /** How many households there are (the home page's tile). */
  count: () => [...householdKeys.all, 'count'] as const,
  detail: (id: string) => [...householdKeys.all, 'detail', id] as const,
};
