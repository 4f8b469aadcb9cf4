// The import screens' query keys, all under one prefix.
export const importKeys = {
  all: ['imports'] as const,
  recent: () => [...importKeys.all, 'recent'] as const,
  job: (id: string) => [...importKeys.all, 'job', id] as const,
};
