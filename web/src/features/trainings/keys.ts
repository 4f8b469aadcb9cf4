// The training screens' query keys. The yearly list of courses sits under `all`; one course has
// had its own prefix ('training') from the start, and so has the list of untrained officials.
export const trainingKeys = {
  all: ['trainings'] as const,
  detail: (id: string) => ['training', id] as const,
  untrained: (orgId: string | undefined, page: number) => ['untrained', orgId, page] as const,
};
