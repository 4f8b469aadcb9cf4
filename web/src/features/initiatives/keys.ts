// Query keys of initiatives: everything under ['initiatives'], so invalidating `all` refreshes the
// lists, each initiative and the initiative councils.
import { peopleKeys } from '../people/keys';
import { userKeys } from '../users/keys';

export const initiativeKeys = {
  all: ['initiatives'] as const,
  lists: () => [...initiativeKeys.all, 'list'] as const,
  list: (query: string) => [...initiativeKeys.lists(), query] as const,
  detail: (id: string) => [...initiativeKeys.all, 'detail', id] as const,
  councils: () => [...initiativeKeys.all, 'councils'] as const,
  /** The author picker's search among a unit's people (under the people prefix: a change to people refreshes it). */
  authorSearch: (orgId: string | undefined, q: string) => [...peopleKeys.all, 'search', orgId, q] as const,
};

/**
 * Active accounts as council candidates, for an administrator who does not run rounds: under the
 * accounts screen's prefix ['users'], so a change to accounts refreshes it.
 */
export const accountCandidatesKey = userKeys.councilCandidates();
