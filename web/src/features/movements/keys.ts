// The movements' query keys: everything sits under `all`, so invalidating it reaches every list
// and every movement.
import { useQueryClient } from '@tanstack/react-query';
import type { MovementDetail } from './types';

export const movementKeys = {
  all: ['movements'] as const,
  lists: () => [...movementKeys.all, 'list'] as const,
  list: (query: string) => [...movementKeys.lists(), query] as const,
  detail: (id: string) => [...movementKeys.all, 'detail', id] as const,
};

/** After a change the server answered with the whole movement: show it, and refresh the lists. */
export function useMovementSaved() {
  const qc = useQueryClient();
  return async (m: MovementDetail) => {
    qc.setQueryData(movementKeys.detail(m.id), m);
    await qc.invalidateQueries({ queryKey: movementKeys.lists() });
  };
}
