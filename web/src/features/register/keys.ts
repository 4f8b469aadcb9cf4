// The commendation register's query keys.
import type { Query } from '../../ui/api';

export const registerKeys = {
  all: ['register'] as const,
  list: (query: Query) => [...registerKeys.all, query] as const,
};
