// The organisation screens' query keys. The tree of units is `ORGS_KEY` (web/src/ui/orgs, used by
// every unit picker); one unit's page has had its own prefix ('organisation'), and so have the
// clusters.
import { ORGS_KEY } from '../../ui/orgs';

export const organisationKeys = {
  all: ORGS_KEY,
  /** Every unit's page: a change to units or clusters may show on any of them. */
  details: ['organisation'] as const,
  detail: (id: string) => [...organisationKeys.details, id] as const,
};

export const clusterKeys = {
  all: ['clusters'] as const,
};
