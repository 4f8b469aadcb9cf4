// The inspections screens' query keys. The yearly list sits under `all`; one inspection has had
// its own prefix ('inspection') from the start.
export const inspectionKeys = {
  all: ['inspections'] as const,
  detail: (id: string) => ['inspection', id] as const,
};
