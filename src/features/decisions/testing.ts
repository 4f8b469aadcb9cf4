// Fixture data for decision tests and the browser journey: a round of an organisation with
// proposals from its units, nominees the council passed (a closed meeting with its tally) and a
// public notice that has ended. Written directly in the database (the steps before the decision
// belong to other features).
import type { z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  councilMembers,
  councils,
  meetingItems,
  meetings,
  nominees,
  notices,
  people,
  proposals,
  rounds,
} from '../../db/schema.js';
import { nameSortKey } from '../../domain/vi-text/index.js';
import type { AwardTrack, SubjectKind } from '../../domain/registry/vocab.js';
import type { CouncilRole, NomineeStatus, RoundKind } from '../../domain/rounds/index.js';

export interface FixtureNominee {
  unitOrgId: string;
  personId?: string;
  orgId?: string;
  subjectKind?: SubjectKind;
  displayName?: string;
  positionText?: string;
  awardCode: string;
  period?: string;
  status?: NomineeStatus;
  track?: AwardTrack;
  achievement?: string;
}

export interface RoundFixture {
  tenantId: string;
  orgId: string;
  createdBy: string;
  name?: string;
  kind?: RoundKind;
  period?: string;
  awardCodes?: string[];
  decisionBy?: string;
  meetingOn?: string;
  /** Notice window; null: no notice. */
  notice?: { publishedOn: string; endsOn: string } | null;
  nominees: FixtureNominee[];
  /** Council members (users); every one votes yes. Default: a tally of 5 with no member rows. */
  council?: { userId: string; fullName: string; position?: string; role: CouncilRole }[];
}

export async function seedRound(db: Db, f: RoundFixture) {
  const t = f.tenantId;
  const roundId = crypto.randomUUID();
  const period = f.period ?? '2026';
  await db.insert(rounds).values({
    tenantId: t,
    id: roundId,
    orgId: f.orgId,
    name: f.name ?? `Xét khen thưởng tổng kết năm ${period}`,
    kind: f.kind ?? 'year_end',
    period,
    awardCodes: f.awardCodes ?? ['CSTD_CS', 'LDTT', 'GIAY_KHEN', 'BK_TINH'],
    opensOn: '2026-10-01',
    submitBy: '2026-10-31',
    decisionBy: f.decisionBy ?? '2026-11-20',
    status: 'closed',
    createdBy: f.createdBy,
  });
  const proposalByUnit = new Map<string, string>();
  for (const n of f.nominees) {
    if (proposalByUnit.has(n.unitOrgId)) continue;
    const id = crypto.randomUUID();
    proposalByUnit.set(n.unitOrgId, id);
    await db.insert(proposals).values({
      tenantId: t,
      id,
      roundId,
      orgId: n.unitOrgId,
      status: 'appraised',
      summary: 'Đề nghị khen thưởng',
      submittedAt: new Date('2026-10-20T08:00:00+07:00'),
      submittedBy: f.createdBy,
      completeOn: '2026-10-20',
      submissions: 1,
      createdBy: f.createdBy,
    });
  }
  const councilId = crypto.randomUUID();
  await db.insert(councils).values({
    tenantId: t,
    id: councilId,
    orgId: f.orgId,
    name: 'Hội đồng Thi đua - Khen thưởng',
    termFrom: '2025-07-01',
  });
  const members = f.council ?? [];
  if (members.length)
    await db.insert(councilMembers).values(
      members.map((m) => ({
        tenantId: t,
        councilId,
        userId: m.userId,
        role: m.role,
        fullName: m.fullName,
        position: m.position ?? '',
      })),
    );
  const votes = members.length || 5;
  const meetingId = crypto.randomUUID();
  await db.insert(meetings).values({
    tenantId: t,
    id: meetingId,
    roundId,
    councilId,
    heldOn: f.meetingOn ?? '2026-11-02',
    place: 'Hội trường Ủy ban nhân dân',
    status: 'closed',
    memberCount: votes,
    presentCount: votes,
    openedAt: new Date(`${f.meetingOn ?? '2026-11-02'}T08:00:00+07:00`),
    closedAt: new Date(`${f.meetingOn ?? '2026-11-02'}T10:15:00+07:00`),
    createdBy: f.createdBy,
  });
  const ids: string[] = [];
  for (const [i, n] of f.nominees.entries()) {
    let displayName = n.displayName;
    let position = n.positionText;
    if (n.personId && !displayName) {
      const [p] = await db
        .select()
        .from(people)
        .where(and(eq(people.tenantId, t), eq(people.id, n.personId)));
      displayName = p.fullName;
      position = position ?? p.position ?? undefined;
    }
    const kind: SubjectKind = n.subjectKind ?? (n.personId ? 'individual' : 'collective');
    const subjectKey = n.personId ? `person:${n.personId}` : `org:${n.orgId}`;
    const id = crypto.randomUUID();
    ids.push(id);
    const status = n.status ?? 'passed';
    await db.insert(nominees).values({
      tenantId: t,
      id,
      proposalId: proposalByUnit.get(n.unitOrgId)!,
      roundId,
      subjectKind: kind,
      personId: n.personId ?? null,
      orgId: n.personId ? null : (n.orgId ?? null),
      subjectKey,
      displayName: displayName ?? 'Tập thể',
      sortKey: nameSortKey(displayName ?? 'Tập thể'),
      positionText: position ?? null,
      awardCode: n.awardCode,
      period: n.period ?? period,
      track: n.track ?? 'cong_trang',
      achievement:
        n.achievement ??
        `Hoàn thành xuất sắc nhiệm vụ năm ${period}; tích cực tham gia các phong trào thi đua của đơn vị.`,
      verdict: { eligible: true, criteria: [] },
      verdictEligible: true,
      status,
      active: ['accepted', 'passed', 'withheld', 'sent_up', 'awarded'].includes(status),
    });
    await db.insert(meetingItems).values({
      tenantId: t,
      meetingId,
      nomineeId: id,
      ordinal: i + 1,
      threshold: { share: 0.5, strict: true, of: 'all' },
      yes: votes,
      no: 0,
      abstain: 0,
      passed: true,
    });
  }
  let noticeId: string | null = null;
  const notice = f.notice === undefined ? { publishedOn: '2026-11-03', endsOn: '2026-11-12' } : f.notice;
  if (notice) {
    noticeId = crypto.randomUUID();
    await db.insert(notices).values({
      tenantId: t,
      id: noticeId,
      roundId,
      meetingId,
      slug: `cong-khai-${roundId.slice(0, 8)}`,
      title: `Công khai danh sách đề nghị khen thưởng năm ${period}`,
      publishedOn: notice.publishedOn,
      endsOn: notice.endsOn,
      entries: [],
      createdBy: f.createdBy,
    });
  }
  return { roundId, meetingId, noticeId, nomineeIds: ids, proposalIds: [...proposalByUnit.values()] };
}

/**
 * A use case's result as its route sends it (JSON), checked against the route's response schema:
 * a wrong type, a missing field or a field the schema does not declare throws (issue 15: responses
 * are checked in tests against their schema). Gives back the result itself.
 */
export function asSent<T>(schema: z.ZodType, result: T): T {
  const body: unknown = JSON.parse(JSON.stringify(result));
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.') || '(body)'}: ${i.message}`);
    throw new Error(
      `the result does not match its response schema\n${issues.join('\n')}\nbody: ${JSON.stringify(body).slice(0, 2000)}`,
    );
  }
  const extra: string[] = [];
  const walk = (input: unknown, out: unknown, at: string) => {
    if (Array.isArray(input) && Array.isArray(out)) input.forEach((v, i) => walk(v, out[i], `${at}[${i}]`));
    else if (input && typeof input === 'object' && out && typeof out === 'object') {
      for (const [k, v] of Object.entries(input)) {
        if (!(k in out)) extra.push(`${at}.${k}`);
        else walk(v, (out as Record<string, unknown>)[k], `${at}.${k}`);
      }
    }
  };
  walk(body, parsed.data, '');
  if (extra.length)
    throw new Error(`the result holds fields its response schema does not declare: ${extra.join(', ')}`);
  return result;
}
