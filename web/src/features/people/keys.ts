// The people screens' query keys. The list of people and one person's record have had separate
// prefixes since the start ('people' and 'person'): a change to a person invalidates both.
import type { Query } from '../../ui/api';

export const peopleKeys = {
  all: ['people'] as const,
  list: (query: Query) => [...peopleKeys.all, 'list', query] as const,
  /** How many people there are (the home page's tile). */
  count: () => [...peopleKeys.all, 'count'] as const,
  /** The head-of-household picker's server search. */
  picker: (q: string) => [...peopleKeys.all, 'picker', q] as const,
  /** Participants picked from one unit (inspections, training courses); not under `all`. */
  pick: (orgId: string | null | undefined, q: string) => ['people-pick', orgId, q] as const,
};

export const personKeys = {
  all: ['person'] as const,
  detail: (id: string) => [...personKeys.all, id] as const,
};
