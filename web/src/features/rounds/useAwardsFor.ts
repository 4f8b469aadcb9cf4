// The awards a dossier may propose for a kind of subject, from the round and the catalogue in force
// on the round's decision date.
import { useQuery } from '@tanstack/react-query';
import type { SubjectKind } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { catalogueKeys } from '../eligibility/keys';
import type { Catalogue } from '../eligibility/types';
import type { Award } from './NomineeModals';
import type { ProposalDetail } from './types';

/** The round's awards that fit a kind of subject (all of them while the catalogue loads). */
export function useAwardsFor(p: ProposalDetail | undefined) {
  const cat = useQuery({
    queryKey: catalogueKeys.at(p?.round.decisionBy),
    queryFn: () => api.get<Catalogue>('/catalogue', { date: p!.round.decisionBy }),
    enabled: !!p,
    staleTime: 5 * 60_000,
  });
  return (kinds: readonly SubjectKind[]): Award[] => {
    const awards = p?.round.awards ?? [];
    if (!cat.data) return awards;
    const byCode = new Map(cat.data.awards.map((a) => [a.code as string, a]));
    return awards.filter((a) => {
      const c = byCode.get(a.code);
      return !c || c.subjectKinds.some((k) => kinds.includes(k));
    });
  };
}
