// The dashboard's query keys.
export const dashboardKeys = {
  all: ['dashboard'] as const,
  year: (year: number | undefined, orgId: string | undefined) => [...dashboardKeys.all, year, orgId] as const,
};
