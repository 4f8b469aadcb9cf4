// The audit log's query keys. Other screens invalidate `all` after a change the log records.
import type { Query } from '../../ui/api';

export const auditKeys = {
  all: ['audit'] as const,
  list: (query: Query) => [...auditKeys.all, query] as const,
};
