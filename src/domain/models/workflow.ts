// Pure rules of the register and the news: when a model is public, which article step follows which.
import type { ArticleStatus } from './vocab.js';

export interface ConsentState {
  givenOn: string;
  withdrawnAt: Date | null;
}

/** The consent in force: the latest one given and not withdrawn, if any. */
export function consentInForce<C extends ConsentState>(consents: readonly C[]): C | null {
  const live = consents.filter((c) => c.withdrawnAt === null);
  if (!live.length) return null;
  return live.reduce((a, b) => (b.givenOn > a.givenOn ? b : a));
}

/**
 * A model is public only while it is published and a consent to publish is in force
 * (Nghị định 13/2023/NĐ-CP: Điều 11, consent is given for a stated purpose; Điều 12, the data
 * subject may withdraw it).
 */
export function modelIsPublic(status: 'draft' | 'published', consents: readonly ConsentState[]): boolean {
  return status === 'published' && consentInForce(consents) !== null;
}

/** Allowed moves of an article: draft → review → published; review may go back to draft; published may be withdrawn. */
const ARTICLE_MOVES: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ['review'],
  review: ['draft', 'published'],
  published: ['withdrawn'],
  withdrawn: ['draft'],
};

export function canMoveArticle(from: ArticleStatus, to: ArticleStatus): boolean {
  return ARTICLE_MOVES[from].includes(to);
}

/**
 * The permissions (any one of them) that let an actor make an article reach a step: the writers send
 * it for review; a reviewer approves and publishes; either may send it back or take it down.
 */
export const ARTICLE_STEP_PERMISSIONS: Record<ArticleStatus, readonly ('portal.manage' | 'portal.review')[]> = {
  draft: ['portal.manage', 'portal.review'],
  review: ['portal.manage'],
  published: ['portal.review'],
  withdrawn: ['portal.manage', 'portal.review'],
};

/** A second pair of eyes: no one who wrote or changed an article approves it for publishing. */
export function mayApproveArticle(editorIds: readonly string[], userId: string): boolean {
  return !editorIds.includes(userId);
}

/** The editors after a change by someone: the writer first, each person once. */
export function withEditor(editorIds: readonly string[], userId: string): string[] {
  return editorIds.includes(userId) ? [...editorIds] : [...editorIds, userId];
}
