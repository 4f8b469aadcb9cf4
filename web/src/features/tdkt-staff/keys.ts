// The TĐKT staff list's query keys.
import type { Query } from '../../ui/api';

export const tdktStaffKeys = {
  all: ['tdkt-staff'] as const,
  list: (query: Query) => [...tdktStaffKeys.all, query] as const,
};
