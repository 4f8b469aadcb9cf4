// The petitions screens' query keys. The office's lists and petitions sit under `all`; the
// nominee search and the public pages have their own prefixes.
import type { Query } from '../../ui/api';

export const petitionKeys = {
  all: ['petitions'] as const,
  list: (query: Query) => [...petitionKeys.all, query] as const,
  home: () => [...petitionKeys.all, 'home'] as const,
  detail: (id: string) => [...petitionKeys.all, 'one', id] as const,
  nominees: (q: string) => ['petition-subjects', q] as const,
  publicRecipients: () => ['public', 'petition-recipients'] as const,
  publicTracking: (code: string) => ['public', 'petition', code] as const,
};
