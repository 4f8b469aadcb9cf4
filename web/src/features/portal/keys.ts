// Query keys of the portal's officer screens. Each `all` is the prefix used before the factory, so
// invalidating it still reaches every list and detail under it.
export const articleKeys = {
  all: ['articles'] as const,
  list: (query: string) => [...articleKeys.all, 'list', query] as const,
  detail: (id: string) => [...articleKeys.all, 'one', id] as const,
};

export const modelKeys = {
  all: ['models'] as const,
  list: (query: string) => [...modelKeys.all, 'list', query] as const,
  detail: (id: string) => [...modelKeys.all, 'one', id] as const,
  /** The models offered when linking an article to one. */
  pick: () => [...modelKeys.all, 'pick'] as const,
  /** People, collectives and households the records suggest as models. */
  suggestions: ['model-suggestions'] as const,
};

export const libraryKeys = {
  all: ['legal-documents'] as const,
  list: (query: string) => [...libraryKeys.all, 'list', query] as const,
};
