// Who may sign a body's decisions, with the lines printed under the signature.
import type { Db, Tx } from '../../db/client.js';
import { invalid } from '../../server/errors.js';
import { usersWithPermission } from '../notifications/service.js';
import { orgChain } from '../organisations/tree.js';
import { activeUsersWithPosition } from '../users/repository.js';
import { loadOrg } from './access.js';
import { signerLinesFor } from './content.js';

type Q = Db | Tx;

/** The users who may sign on the organisation, with their position (for the signature lines). */
export async function signersOf(q: Q, tenantId: string, orgId: string) {
  const chain = await orgChain(q, tenantId, orgId);
  const ids = await usersWithPermission(q, tenantId, 'decision.sign', chain);
  if (!ids.length) return [];
  const rows = await activeUsersWithPosition(q, tenantId, ids);
  const org = await loadOrg(q, tenantId, orgId);
  const communeLevel = ['commune', 'ward', 'special_zone'].includes(org.type);
  return rows
    .map((r) => ({ ...r, lines: signerLinesFor(r.position, communeLevel) }))
    .sort((a, b) => a.lines.length - b.lines.length || new Intl.Collator('vi').compare(a.fullName, b.fullName));
}

/** The chosen signer among those who may sign (null when none chosen); 400 when he may not. */
export async function validateSigner(q: Q, tenantId: string, orgId: string, signerUserId: string | null | undefined) {
  if (!signerUserId) return null;
  const s = (await signersOf(q, tenantId, orgId)).find((x) => x.id === signerUserId);
  if (!s)
    throw invalid([
      {
        field: 'signerUserId',
        label: 'Người ký',
        message: 'Người được chọn không có thẩm quyền ký quyết định của cơ quan này.',
      },
    ]);
  return s;
}
