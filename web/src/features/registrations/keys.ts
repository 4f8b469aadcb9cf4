// The registration calls' query keys, all under one prefix.
export const registrationKeys = {
  all: ['registration-calls'] as const,
  list: (query: string) => [...registrationKeys.all, 'list', query] as const,
  detail: (id: string) => [...registrationKeys.all, 'detail', id] as const,
  report: (callId: string, unitId: string | null) => [...registrationKeys.all, 'report', callId, unitId] as const,
};
