// The conferences screens' query keys. The yearly list sits under `all`; one conference has had
// its own prefix ('conference') from the start.
import type { Query } from '../../ui/api';

export const conferenceKeys = {
  all: ['conferences'] as const,
  list: (query: Query) => [...conferenceKeys.all, query] as const,
  detail: (id: string) => ['conference', id] as const,
};
