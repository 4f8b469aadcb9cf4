// What a new password ends: every session and every API token of the user (a password is changed
// because it may have leaked, and whoever held it may have minted tokens), and any sign-in back-off
// on the account (its owner is about to sign in with the new one).
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { apiTokens, sessions } from '../../db/schema.js';
import { clearUserThrottle } from './throttle.js';

export async function endCredentials(
  tx: Db | Tx,
  a: { tenantId: string; userId: string; username: string; now: Date },
) {
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.tenantId, a.tenantId), eq(sessions.userId, a.userId)))
    .returning({ userId: sessions.userId });
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: a.now })
    .where(and(eq(apiTokens.tenantId, a.tenantId), eq(apiTokens.userId, a.userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  await clearUserThrottle(tx, a.tenantId, a.username);
  return { sessions: ended.length, tokens: revoked.length };
}
