// Query keys of councils and their meetings. Invalidating `councilKeys.all` refreshes every list of
// councils and their candidates; `meetingKeys.all` every meeting list, meeting and ballot list.
export const councilKeys = {
  all: ['councils'] as const,
  list: (query: string) => [...councilKeys.all, 'list', query] as const,
  /** The councils of one body (to choose one for a meeting). */
  of: (orgId: string | undefined) => [...councilKeys.all, 'of', orgId] as const,
  /** The accounts that may sit on a body's councils. */
  candidates: (orgId: string | undefined) => [...councilKeys.all, 'candidates', orgId] as const,
};

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (query: string) => [...meetingKeys.all, 'list', query] as const,
  rounds: (term: string) => [...meetingKeys.all, 'rounds', term] as const,
  detail: (id: string) => [...meetingKeys.all, id] as const,
  /** The meetings where the user votes. */
  mine: () => [...meetingKeys.all, 'mine'] as const,
  minePage: (query: string) => [...meetingKeys.mine(), query] as const,
};
