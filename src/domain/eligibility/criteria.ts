// One small function per criterion kind. Each reads its numbers from the rule (never from code),
// returns met = true | false | null (null: the council judges) and a Vietnamese message naming
// the periods and records it looked at, and the initiatives it used (an initiative serves once).
import { DISCIPLINE_FORMS, INITIATIVE_SCOPES, type InitiativeScope } from '../registry/vocab.js';
import {
  type Context,
  type InitiativeFact,
  applicable,
  awardName,
  chainRecordIn,
  chainRecordsOfKind,
  decisionNote,
  ignoredTrackNotes,
  initiativePeriod,
  initiativeYear,
  periodExclusion,
  ratingAtLeast,
  ratingEntryIn,
  ratingIn,
} from './facts.js';
import type { VerdictCondition } from './status.js';
import type {
  AllOfCriterion,
  AnyOfCriterion,
  AwardRule,
  CriterionRule,
  InitiativesCriterion,
  MembersCleanCriterion,
  MembersCountCriterion,
  MembersShareCriterion,
  NoDisciplineEverCriterion,
  RatingCriterion,
  RatingStreakCriterion,
  TitleHeldCriterion,
  TitleRepeatCriterion,
  TitleStreakCriterion,
  WindowAfterCriterion,
} from './rule-model.js';
import {
  type Period,
  checkWindow,
  formatPeriod,
  parsePeriod,
  periodBounds,
  periodsBetween,
  periodsEndingAt,
  samePeriod,
  shiftPeriod,
  streakEndingAt,
} from './streaks.js';
import {
  cap,
  capitalized,
  date,
  disciplineText,
  joinNotes,
  judgementMessage,
  joinWith,
  lowerFirst,
  nn,
  noun,
  percent,
  plist,
  pn,
  ratingRequirementInSentence,
  ratingText,
  scopeText,
  span,
} from './text.js';

export type Met = boolean | null;

export interface Verdict {
  met: Met;
  message: string;
  /** Keys of the initiatives this criterion used. */
  claims: readonly string[];
  /** Titles of the same round, not decided yet, that the verdict counts (see status.ts). */
  conditions?: readonly VerdictCondition[];
  /** A data route failed and only a council-judged alternative keeps the criterion open. */
  dataFailed?: boolean;
}

const NO_CONDITIONS: readonly VerdictCondition[] = [];
const conditionsOf = (
  ...vs: Array<{ conditions?: readonly VerdictCondition[] } | undefined>
): readonly VerdictCondition[] => {
  const out: VerdictCondition[] = [];
  for (const v of vs)
    for (const c of v?.conditions ?? NO_CONDITIONS)
      if (!out.some((x) => x.award === c.award && x.period === c.period && x.kind === c.kind)) out.push(c);
  return out.length ? out : NO_CONDITIONS;
};

/** No initiative used (shared: claim lists are never changed once made). */
const NO_CLAIMS: readonly string[] = [];

const verdict = (
  met: Met,
  message: string,
  claims: readonly string[] = NO_CLAIMS,
  conditions?: readonly VerdictCondition[],
  dataFailed?: boolean,
): Verdict => {
  const v: Verdict = { met, message, claims };
  if (conditions?.length) v.conditions = conditions;
  if (dataFailed) v.dataFailed = true;
  return v;
};

/** Three-valued AND: false wins, then null (undecided), then true. */
export function and3(a: Met, b: Met): Met {
  if (a === false || b === false) return false;
  if (a === null || b === null) return null;
  return true;
}

/** Three-valued count: enough sure ones → true; enough with undecided → null; else false. */
function enough(sure: number, undecided: number, need: number): Met {
  if (sure >= need) return true;
  return sure + undecided >= need ? null : false;
}

const lower = lowerFirst;
/** 'từ hoàn thành tốt nhiệm vụ trở lên', as it reads inside a sentence. */
const requirementInSentence = ratingRequirementInSentence;

export function evaluateCriterion(rule: CriterionRule, ctx: Context): Verdict {
  switch (rule.kind) {
    case 'judgement':
      return verdict(null, judgementMessage(rule.label));
    case 'rating':
      return ratingCriterion(rule, ctx);
    case 'title_held':
      return titleHeld(rule, ctx);
    case 'title_streak':
      return titleStreak(rule, ctx);
    case 'title_repeat':
      return titleRepeat(rule, ctx);
    case 'rating_streak':
      return ratingStreak(rule, ctx);
    case 'initiatives':
      return initiativesCriterion(rule, ctx);
    case 'members_share':
      return membersShare(rule, ctx);
    case 'members_count':
      return membersCount(rule, ctx);
    case 'members_clean':
      return membersClean(rule, ctx);
    case 'window_after':
      return windowAfter(rule, ctx);
    case 'no_discipline_ever':
      return noDisciplineEver(rule, ctx);
    case 'any_of':
      return anyOf(rule, ctx);
    case 'all_of':
      return allOf(rule, ctx);
  }
}

// ---------------------------------------------------------------------------------------------
// Ratings

function ratingCriterion(rule: RatingCriterion, ctx: Context): Verdict {
  const when = ctx.periodName;
  const req = requirementInSentence(rule.minRating);
  const r = ratingIn(ctx, ctx.period);
  if (!r) {
    if (ctx.kind === 'individual' && ctx.group === 'worker_farmer') {
      return verdict(
        null,
        `Không có kết quả đánh giá, xếp loại ${when}; công nhân, nông dân, người lao động không thuộc diện xếp loại — Hội đồng đánh giá mức độ hoàn thành nhiệm vụ (yêu cầu ${req})`,
      );
    }
    if (ctx.kind === 'village') {
      return verdict(
        null,
        `Không có kết quả đánh giá, xếp loại ${when}; thôn, tổ dân phố không thuộc diện xếp loại — Hội đồng đánh giá mức độ hoàn thành nhiệm vụ (yêu cầu ${req})`,
      );
    }
    return verdict(false, `Không có kết quả đánh giá, xếp loại ${when} (yêu cầu ${req})`);
  }
  const ok = ratingAtLeast(r, rule.minRating);
  const entry = ratingEntryIn(ctx, ctx.period);
  const source =
    entry && entry.period !== ctx.input.period
      ? ` (kết quả xếp loại năm học ${entry.period}, năm học kết thúc trong ${when})`
      : '';
  return verdict(ok, `Xếp loại ${when}: ${ratingText(r)}${source} — ${ok ? 'đạt' : 'chưa đạt'} yêu cầu ${req}`);
}

// ---------------------------------------------------------------------------------------------
// Titles held, streaks of titles, repeated titles

interface TitleStatus {
  met: Met;
  how: 'record' | 'derived' | 'none';
  record?: ReturnType<typeof chainRecordIn>['record'];
  note?: string;
  claims: readonly string[];
  /** Derived and not failed: the title of this round it is conditional on. */
  conditions?: readonly VerdictCondition[];
}

/**
 * Does the subject hold `title` in period `p`? A công trạng record counts. For the proposal
 * period only, a title that is granted in the same round (LĐTT, CSTĐCS) also counts when the
 * subject meets its data criteria now — the rule for "the lower title of this very period".
 */
function titleStatus(ctx: Context, title: string, p: Period): TitleStatus {
  const exclusion = periodExclusion(ctx, p);
  if (exclusion) return { met: false, how: 'none', record: null, note: exclusion, claims: NO_CLAIMS };
  const { record, ignored } = chainRecordIn(ctx, title, p);
  if (record) return { met: true, how: 'record', record, note: undefined, claims: NO_CLAIMS };
  const titleRule = (ctx.rules.awards as Record<string, AwardRule | undefined>)[title];
  if (titleRule?.sameRound && samePeriod(p, ctx.period) && title !== ctx.award.code && ctx.depth < 4) {
    const d = deriveTitle(ctx, titleRule);
    const conditions = d.met === false ? undefined : [titleCondition(titleRule, p)];
    return {
      met: d.met,
      how: 'derived',
      record: null,
      note: joinNotes([...ignored, d.message]),
      claims: d.claims,
      conditions,
    };
  }
  return {
    met: false,
    how: 'none',
    record: null,
    note: ignored.length ? joinNotes(ignored) : undefined,
    claims: NO_CLAIMS,
  };
}

/** 'được tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2026' (a title of this round, not decided yet). */
function titleCondition(titleRule: AwardRule, p: Period): VerdictCondition {
  return {
    kind: 'title',
    award: titleRule.code,
    period: formatPeriod(p),
    text: `được tặng danh hiệu "${titleRule.name}" ${pn(p)}`,
  };
}

/** ' — có điều kiện: …' appended to a message that counts a title of this round. */
const conditionalNote = (cs: readonly VerdictCondition[] | undefined) =>
  cs?.length
    ? `có điều kiện: chỉ đạt khi ${cs.map((c) => c.text).join(', ')} (cùng đợt, chưa có quyết định)`
    : undefined;

/**
 * Meets the data criteria of a same-round title (its judgement criteria are the council's).
 * The message is short: the evidence used when met, the failed checks when not.
 */
function deriveTitle(ctx: Context, titleRule: AwardRule): Verdict {
  const checks = applicable(titleRule.criteria, ctx).data;
  if (checks.length === 0) {
    return verdict(
      null,
      `tiêu chuẩn ${titleRule.name} của ${ctx.group === 'worker_farmer' ? 'công nhân, nông dân, người lao động' : 'đối tượng này'} do Hội đồng đánh giá`,
    );
  }
  // The title's checks see the initiatives claimed so far, and those claimed by its earlier checks.
  let sub: Context = { ...ctx, target: titleRule.code, depth: ctx.depth + 1 };
  const claims: string[] = [];
  const results: Verdict[] = [];
  let met: Met = true;
  for (const rule of checks) {
    const v = evaluateCriterion(rule, sub);
    met = and3(met, v.met);
    results.push(v);
    if (v.claims.length) {
      claims.push(...v.claims);
      sub = { ...sub, claimed: new Set([...sub.claimed, ...v.claims]) };
    }
  }
  if (met === false) {
    const failed = results.filter((x) => x.met === false).map((x) => x.message);
    return verdict(false, `chưa đạt tiêu chuẩn ${titleRule.name} trong đợt này: ${joinWith(failed, '; ')}`);
  }
  const r = ratingIn(ctx, ctx.period);
  const rating = r ? `xếp loại ${r} ${ctx.periodName}` : '';
  const initiatives = claims.length > 0 ? `sáng kiến ${claims.join(', ')}` : '';
  const evidence = rating && initiatives ? `${rating}, ${initiatives}` : rating || initiatives;
  const used = evidence ? ` (${evidence})` : '';
  if (met === true) return verdict(true, `đạt tiêu chuẩn ${titleRule.name} trong đợt này${used}`, claims);
  const open: string[] = [];
  for (let i = 0; i < checks.length; i++) if (results[i].met === null) open.push(lower(checks[i].label));
  return verdict(
    null,
    `tiêu chuẩn ${titleRule.name} trong đợt này do Hội đồng đánh giá (${open.join('; ')})${used}`,
    claims,
  );
}

function titleHeld(rule: TitleHeldCriterion, ctx: Context): Verdict {
  const name = awardName(ctx, rule.title);
  const when = ctx.periodName;
  const s = titleStatus(ctx, rule.title, ctx.period);
  if (s.how === 'record')
    return verdict(true, `Đã được tặng danh hiệu ${name} ${when}${decisionNote(s.record ?? null)}`);
  if (s.how === 'derived') {
    return verdict(
      s.met,
      `${capitalized(when)} chưa có quyết định tặng ${name}; ${s.note}`,
      s.met === false ? NO_CLAIMS : s.claims,
    );
  }
  return verdict(false, joinNotes([`Chưa được tặng ${name} ${when}`, s.note]));
}

function titleStreak(rule: TitleStreakCriterion, ctx: Context): Verdict {
  const name = awardName(ctx, rule.title);
  const P = ctx.period;
  const w = checkWindow(
    P,
    rule.length,
    (p) => titleStatus(ctx, rule.title, p),
    (s) => s.met !== false,
  );
  const all = w.periods.map((x) => x.period);
  const current = w.periods[w.periods.length - 1].status;
  const derivedNote =
    current.how === 'derived' && current.met !== false
      ? `${ctx.periodName} chưa có quyết định, ${current.note}`
      : undefined;
  if (w.missing.length === 0) {
    const sure = w.periods.filter((x) => x.status.met === true).map((x) => x.period);
    const cs = current.conditions;
    if (sure.length === all.length) {
      return verdict(
        true,
        joinNotes([
          `Đạt ${nn(rule.length)} lần liên tục danh hiệu ${name} (${plist(all)})`,
          derivedNote,
          conditionalNote(cs),
        ]),
        current.claims,
        cs,
      );
    }
    return verdict(
      null,
      joinNotes([
        `Đạt danh hiệu ${name} ${sure.length ? `các ${noun(P)} ${plist(sure)}` : ''}`.trim(),
        derivedNote,
        conditionalNote(cs),
      ]),
      current.claims,
      cs,
    );
  }
  const missingNotes = w.periods
    .filter((x) => x.status.met === false && x.status.note)
    .map((x) => x.status.note as string);
  const lead =
    w.trailing.length > 0
      ? `Chỉ đạt ${nn(w.trailing.length)} ${noun(P)} liên tục danh hiệu ${name} (${plist(w.trailing)}); thiếu ${noun(P)} ${plist(w.missing)}`
      : `Chưa đạt ${nn(rule.length)} lần liên tục danh hiệu ${name} (cần ${plist(all)}): thiếu ${noun(P)} ${plist(w.missing)}`;
  return verdict(false, joinNotes([lead, ...missingNotes, derivedNote]));
}

function titleRepeat(rule: TitleRepeatCriterion, ctx: Context): Verdict {
  const name = awardName(ctx, rule.title);
  const P = ctx.period;
  const found = chainRecordsOfKind(ctx, rule.title).filter((x) => x.period.year <= P.year);
  const notes: string[] = [];
  const usable: Period[] = [];
  for (const x of found) {
    const exclusion = periodExclusion(ctx, x.period);
    if (exclusion) notes.push(`${name}: ${exclusion}`);
    else usable.push(x.period);
  }
  notes.push(...ignoredTrackNotes(ctx, rule.title, shiftPeriod(P, -rule.spacing * (rule.times + 1)), P));
  if (usable.length === 0)
    return verdict(false, joinNotes([`Chưa có lần nào đạt danh hiệu ${name} được tính`, ...notes]));
  const latest = usable[0];
  if (P.year - latest.year > rule.latestWithin) {
    return verdict(
      false,
      joinNotes([
        `Lần gần nhất đạt danh hiệu ${name} là ${pn(latest)}, cách kỳ xét ${formatPeriod(P)} quá ${nn(rule.latestWithin)} ${noun(P)}`,
        ...notes,
      ]),
    );
  }
  const years = new Set(usable.map((p) => p.year));
  const chain: Period[] = [latest];
  while (chain.length < rule.times && years.has(chain[0].year - rule.spacing))
    chain.unshift(shiftPeriod(chain[0], -rule.spacing));
  if (chain.length >= rule.times)
    return verdict(true, joinNotes([`Đạt ${nn(rule.times)} lần liên tục danh hiệu ${name} (${plist(chain)})`]));
  const held = [...usable].reverse();
  return verdict(
    false,
    joinNotes([
      `Chỉ có ${nn(chain.length)} lần liên tục đạt danh hiệu ${name} (${plist(chain)}); cần ${nn(rule.times)} lần liên tục, lần liền trước phải vào ${pn(shiftPeriod(chain[0], -rule.spacing))} (mỗi lần cách nhau ${nn(rule.spacing)} ${noun(P)})`,
      held.length > chain.length && `các lần đã đạt: ${plist(held)}`,
      ...notes,
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// Rating streaks, initiatives

const SCOPE_RANK = (s: InitiativeScope) => INITIATIVE_SCOPES.indexOf(s);

interface InitiativePick {
  chosen: InitiativeFact[];
  rejected: string[];
}

/**
 * Usable initiatives recognised within `periods`, of `minScope` or wider (toàn quốc ⊃ tỉnh ⊃ cơ
 * sở), not used for another award, not used earlier in this evaluation, recognised after any
 * discipline. The narrowest scope is chosen first so wider ones stay for stricter criteria.
 */
function pickInitiatives(ctx: Context, minScope: InitiativeScope, count: number, periods: Period[]): InitiativePick {
  const first = periods[0].year;
  const last = periods[periods.length - 1].year;
  const candidates: InitiativeFact[] = [];
  const rejected: string[] = [];
  // The proposal period's text: a period has a single spelling, so it is the input's.
  const thisPeriod = ctx.input.period;
  const minRank = SCOPE_RANK(minScope);
  let windowText: string | undefined;
  for (const s of ctx.initiatives) {
    const year = initiativeYear(ctx, s);
    if (s.recognizedOn > ctx.input.decisionDate) {
      rejected.push(
        `sáng kiến ${s.key} công nhận ngày ${date(s.recognizedOn)}, sau ngày quyết định ${date(ctx.input.decisionDate)}`,
      );
    } else if (year < first || year > last) {
      rejected.push(
        `sáng kiến ${s.key} công nhận ngày ${date(s.recognizedOn)}, ngoài thời gian xét (${(windowText ??= span(periods))})`,
      );
    } else if (SCOPE_RANK(s.scope) < minRank) {
      rejected.push(`sáng kiến ${s.key} chỉ có phạm vi ${scopeText(s.scope)}`);
    } else if (
      s.usedFor &&
      !(s.usedFor.award === ctx.target && s.usedFor.period === thisPeriod) &&
      !reusableForTitle(ctx, s.usedFor)
    ) {
      const used = parsePeriod(s.usedFor.period);
      const usedRule = (ctx.rules.awards as Record<string, AwardRule | undefined>)[s.usedFor.award];
      const targetRule = (ctx.rules.awards as Record<string, AwardRule | undefined>)[ctx.target];
      const why =
        usedRule && targetRule && usedRule.category !== targetRule.category
          ? 'sáng kiến đã làm căn cứ tặng danh hiệu thi đua thì không làm căn cứ hình thức khen thưởng và ngược lại'
          : 'mỗi sáng kiến chỉ làm căn cứ một lần, trừ khi được tính tiếp cho danh hiệu cao hơn';
      rejected.push(
        `sáng kiến ${s.key} đã dùng làm căn cứ tặng ${awardName(ctx, s.usedFor.award)} ${used ? pn(used) : s.usedFor.period} (${why})`,
      );
    } else if (ctx.claimed.has(s.key)) {
      rejected.push(`sáng kiến ${s.key} đã dùng cho tiêu chuẩn khác trong lần xét này`);
    } else if (ctx.countFrom && s.recognizedOn < ctx.countFrom.date) {
      rejected.push(
        `sáng kiến ${s.key} công nhận trước khi chấp hành xong kỷ luật (thành tích chỉ tính từ ${date(ctx.countFrom.date)})`,
      );
    } else {
      const exclusion = ctx.countFrom || ctx.usedUpTo ? periodExclusion(ctx, initiativePeriod(ctx, s)) : null;
      if (exclusion) rejected.push(`sáng kiến ${s.key}: ${exclusion}`);
      else candidates.push(s);
    }
  }
  candidates.sort((a, b) => SCOPE_RANK(a.scope) - SCOPE_RANK(b.scope) || (a.recognizedOn < b.recognizedOn ? -1 : 1));
  return { chosen: candidates.slice(0, count), rejected };
}

/**
 * May an initiative that served as the basis of `usedFor` count again for the award being
 * evaluated? From a title to a higher title of the same or a later period, when the rules allow
 * (params.initiativeReuse); never between a title and a form of commendation.
 */
function reusableForTitle(ctx: Context, usedFor: { award: string; period: string }): boolean {
  if (!ctx.rules.params.initiativeReuse?.titleToHigherTitle) return false;
  const awards = ctx.rules.awards as Record<string, AwardRule | undefined>;
  const used = awards[usedFor.award];
  const target = awards[ctx.target];
  if (!used || !target || used.category !== 'title' || target.category !== 'title') return false;
  if (used.rank === null || target.rank === null || target.rank <= used.rank) return false;
  if (!used.subjectKinds.some((k) => target.subjectKinds.includes(k))) return false;
  const usedPeriod = parsePeriod(usedFor.period);
  if (!usedPeriod) return false;
  const start = ctx.rules.params.schoolYearStart;
  return periodBounds(usedPeriod, start).end <= periodBounds(ctx.period, start).end;
}

const describeInitiative = (s: InitiativeFact) =>
  `${s.key} (phạm vi ${scopeText(s.scope)}, công nhận ngày ${date(s.recognizedOn)})`;

function scopePhrase(minScope: InitiativeScope): string {
  return `phạm vi ${scopeText(minScope)}${minScope === 'toan_quoc' ? '' : ' trở lên'}`;
}

function initiativesCriterion(rule: InitiativesCriterion, ctx: Context): Verdict {
  const periods = periodsEndingAt(ctx.period, rule.windowPeriods);
  const pick = pickInitiatives(ctx, rule.minScope, rule.count, periods);
  if (pick.chosen.length >= rule.count) {
    const list = pick.chosen.map(describeInitiative).join(', ');
    return verdict(
      true,
      rule.count === 1 ? `Có sáng kiến ${list}` : `Có ${nn(rule.count)} sáng kiến: ${list}`,
      pick.chosen.map((s) => s.key),
    );
  }
  const what = `${rule.count === 1 ? '' : `đủ ${nn(rule.count)} `}sáng kiến (đề tài khoa học) ${scopePhrase(rule.minScope)}`;
  if (ctx.initiatives.length === 0) return verdict(false, `Không có ${what} được công nhận trong ${span(periods)}`);
  return verdict(
    false,
    joinNotes([`Không có ${what} được công nhận trong ${span(periods)} còn dùng được`, ...pick.rejected]),
  );
}

/** What makes period `p` count for a rating streak: the rating, the alternative title's name, or null. */
function streakBasis(rule: RatingStreakCriterion, ctx: Context, titleName: string, p: Period): string | null {
  if (periodExclusion(ctx, p)) return null;
  const r = ratingIn(ctx, p);
  if (r && ratingAtLeast(r, rule.minRating)) return r;
  if (rule.orTitle && chainRecordIn(ctx, rule.orTitle, p).record) return titleName;
  return null;
}

function ratingStreak(rule: RatingStreakCriterion, ctx: Context): Verdict {
  const P = ctx.period;
  const titleName = rule.orTitle ? awardName(ctx, rule.orTitle) : '';
  const requirement = `${requirementInSentence(rule.minRating)}${rule.orTitle ? ` hoặc đạt danh hiệu ${titleName}` : ''}`;
  const k = streakEndingAt((p) => streakBasis(rule, ctx, titleName, p) !== null, P, 100);
  const periods = periodsEndingAt(P, k);
  if (k < rule.length) {
    const broken = shiftPeriod(P, -k);
    const r = ratingIn(ctx, broken);
    const why =
      periodExclusion(ctx, broken) ??
      (r ? `${pn(broken)} xếp loại ${ratingText(r)}` : `${pn(broken)} không có kết quả xếp loại`);
    const lead = k > 0 ? `Chỉ có ${nn(k)} ${noun(P)} liên tục ${requirement} (${plist(periods)}); ${why}` : cap(why);
    return verdict(false, `${lead}; cần ${nn(rule.length)} ${noun(P)} liên tục ${requirement}`);
  }
  const detail = rule.orTitle
    ? periods.map((p) => `${formatPeriod(p)}: ${streakBasis(rule, ctx, titleName, p)}`).join(', ')
    : plist(periods);
  const head = `Có ${nn(k)} ${noun(P)} liên tục ${requirement} (${detail})`;
  if (!rule.initiatives) return verdict(true, head);
  const need = rule.initiatives;
  const pick = pickInitiatives(ctx, need.minScope, need.count, periods);
  if (pick.chosen.length >= need.count) {
    return verdict(
      true,
      `${head}, trong thời gian đó có ${nn(need.count)} sáng kiến ${scopePhrase(need.minScope)}: ${pick.chosen.map(describeInitiative).join(', ')}`,
      pick.chosen.map((s) => s.key),
    );
  }
  return verdict(
    false,
    joinNotes([
      `${head} nhưng trong thời gian đó chỉ có ${nn(pick.chosen.length)} sáng kiến ${scopePhrase(need.minScope)} còn dùng được${pick.chosen.length ? ` (${pick.chosen.map((s) => s.key).join(', ')})` : ''}; cần ${nn(need.count)}`,
      ...pick.rejected,
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// Members of a collective

const MEMBER_FIELD_TEXT: Record<MembersShareCriterion['field'], string> = {
  completedTasks: 'hoàn thành nhiệm vụ được giao',
  ldtt: 'đạt danh hiệu "Lao động tiên tiến"',
  cstdcs: 'đạt danh hiệu "Chiến sĩ thi đua cơ sở"',
};

function membersShare(rule: MembersShareCriterion, ctx: Context): Verdict {
  const m = ctx.input.members;
  const total = m?.total ?? 0;
  if (total === 0)
    return verdict(false, `Không có số liệu tổng số thành viên của tập thể (members.total) ${pn(ctx.period)}`);
  const value = m?.[rule.field] ?? 0;
  const ok = value * 100 >= rule.minPercent * total;
  const req = rule.minPercent >= 100 ? 'yêu cầu 100%' : `yêu cầu ít nhất ${rule.minPercent}%`;
  const text = `${value}/${total} cá nhân (${percent(value, total)}%) ${MEMBER_FIELD_TEXT[rule.field]} ${pn(ctx.period)}; ${req}`;
  const proposed = rule.field === 'completedTasks' ? 0 : (ctx.input.members?.proposed?.[rule.field] ?? 0);
  if (ok || proposed === 0) return verdict(ok, text);
  // Members' titles proposed in this round, not decided yet, count provisionally.
  const withProposed = Math.min(total, value + proposed);
  if (withProposed * 100 < rule.minPercent * total) {
    return verdict(
      false,
      `${text}; kể cả ${nn(proposed)} cá nhân được đề nghị cùng đợt (tạm tính) cũng chỉ đạt ${percent(withProposed, total)}%`,
    );
  }
  return membersProvisional(
    rule.field,
    proposed,
    ctx,
    `${withProposed}/${total} cá nhân (${percent(withProposed, total)}%) ${MEMBER_FIELD_TEXT[rule.field]} ${pn(ctx.period)}, tạm tính cả ${nn(proposed)} cá nhân được đề nghị cùng đợt (đã có quyết định: ${value}); ${req}`,
  );
}

const MEMBER_AWARD: Record<'ldtt' | 'cstdcs', string> = { ldtt: 'LDTT', cstdcs: 'CSTD_CS' };

/** Met on members' titles proposed in this round: conditional on their being granted. */
function membersProvisional(
  field: MembersShareCriterion['field'],
  proposed: number,
  ctx: Context,
  text: string,
): Verdict {
  const award = MEMBER_AWARD[field as 'ldtt' | 'cstdcs'];
  const name = awardName(ctx, award);
  const condition: VerdictCondition = {
    kind: 'members',
    award,
    period: ctx.input.period,
    count: proposed,
    text: `các thành viên được đề nghị cùng đợt được tặng danh hiệu "${name}" ${ctx.periodName}`,
  };
  return verdict(true, `${text} — có điều kiện: chỉ đạt khi ${condition.text}`, NO_CLAIMS, [condition]);
}

function membersCount(rule: MembersCountCriterion, ctx: Context): Verdict {
  const value = ctx.input.members?.[rule.field] ?? 0;
  const ok = value >= rule.min;
  const what = MEMBER_FIELD_TEXT[rule.field];
  const proposed = rule.field === 'completedTasks' ? 0 : (ctx.input.members?.proposed?.[rule.field] ?? 0);
  if (!ok && proposed > 0 && value + proposed >= rule.min) {
    return membersProvisional(
      rule.field,
      proposed,
      ctx,
      `Có ${nn(value + proposed)} cá nhân ${what} ${pn(ctx.period)}, tạm tính cả ${nn(proposed)} cá nhân được đề nghị cùng đợt; yêu cầu ít nhất ${nn(rule.min)}`,
    );
  }
  return verdict(
    ok,
    value > 0
      ? `Có ${nn(value)} cá nhân ${what} ${pn(ctx.period)}; yêu cầu ít nhất ${nn(rule.min)}`
      : `Không có cá nhân nào ${what} ${pn(ctx.period)}; yêu cầu ít nhất ${nn(rule.min)}`,
  );
}

function membersClean(rule: MembersCleanCriterion, ctx: Context): Verdict {
  const reported = ctx.input.members?.disciplined;
  const value = reported?.[rule.level] ?? 0;
  const what = rule.level === 'any' ? 'bị kỷ luật' : 'bị kỷ luật từ hình thức cảnh cáo trở lên';
  const unreported = reported?.[rule.level] === undefined ? ' (không khai báo members.disciplined)' : '';
  if (value <= rule.max) {
    return verdict(
      true,
      value === 0
        ? `Không có cá nhân ${what} ${pn(ctx.period)}${unreported}`
        : `Có ${nn(value)} cá nhân ${what}; cho phép tối đa ${nn(rule.max)}`,
    );
  }
  return verdict(false, `Có ${nn(value)} cá nhân ${what} ${pn(ctx.period)}`);
}

// ---------------------------------------------------------------------------------------------
// A window of periods after a prerequisite award (BK TTg, HCLĐ hạng Ba)

function countTitleIn(
  ctx: Context,
  title: string,
  periods: Period[],
  need: number,
): { met: Met; text: string; claims: readonly string[]; conditions?: readonly VerdictCondition[] } {
  const name = awardName(ctx, title);
  const statuses = periods.map((p) => ({ p, s: titleStatus(ctx, title, p) }));
  const sure = statuses.filter((x) => x.s.met === true);
  const undecided = statuses.filter((x) => x.s.met === null);
  const met = enough(sure.length, undecided.length, need);
  const list = sure.length ? ` (${plist(sure.map((x) => x.p))})` : '';
  const pendingNote = undecided.map((x) => `${pn(x.p)}: ${x.s.note}`);
  const sameRound = sure.filter((x) => x.s.how === 'derived').map((x) => `${pn(x.p)} chưa có quyết định, ${x.s.note}`);
  const claims = statuses.filter((x) => x.s.met !== false).flatMap((x) => x.s.claims);
  const notes = [...ignoredTrackNotes(ctx, title, periods[0], periods[periods.length - 1])];
  // A title of this round counts only when the subject needs it to reach the count.
  const recorded = statuses.filter((x) => x.s.met === true && x.s.how === 'record').length;
  const conditions =
    recorded >= need ? undefined : conditionsOf(...statuses.filter((x) => x.s.met !== false).map((x) => x.s));
  const cond = conditionalNote(conditions);
  if (met === true)
    return {
      met,
      text: joinNotes([`có ${nn(sure.length)} lần ${name}${list}`, ...sameRound, cond]),
      claims,
      conditions,
    };
  if (met === null)
    return {
      met,
      text: joinNotes([`có ${nn(sure.length)} lần ${name}${list}`, ...sameRound, ...pendingNote, cond]),
      claims,
      conditions,
    };
  return {
    met,
    text: joinNotes([`chỉ có ${nn(sure.length)} lần ${name}${list}; cần ${nn(need)}`, ...notes]),
    claims: NO_CLAIMS,
  };
}

function checkWindowAfter(
  rule: WindowAfterCriterion,
  ctx: Context,
  prerequisite: { record: Parameters<typeof decisionNote>[0]; period: Period },
): Verdict {
  const P = ctx.period;
  const preName = awardName(ctx, rule.prerequisite);
  const periods = periodsBetween(shiftPeriod(prerequisite.period, 1), P);
  const req = requirementInSentence(rule.minRating);
  const head = `Đã được tặng ${preName} ${pn(prerequisite.period)}${decisionNote(prerequisite.record)}`;
  const problems: string[] = [];
  for (const p of periods) {
    const exclusion = periodExclusion(ctx, p);
    const r = ratingIn(ctx, p);
    if (exclusion) problems.push(exclusion);
    else if (!r) problems.push(`${pn(p)} không có kết quả xếp loại`);
    else if (!ratingAtLeast(r, rule.minRating)) problems.push(`${pn(p)} xếp loại ${ratingText(r)}`);
  }
  if (problems.length) {
    return verdict(
      false,
      `${head}; ${nn(periods.length)} ${noun(P)} tiếp theo (${span(periods)}) phải liên tục xếp loại ${req}: ${joinWith(problems, '; ')}`,
    );
  }
  const parts = [`${head}; ${nn(periods.length)} ${noun(P)} tiếp theo (${span(periods)}) liên tục xếp loại ${req}`];
  let met: Met = true;
  const claims: string[] = [];
  const counted: Array<{ conditions?: readonly VerdictCondition[] }> = [];
  for (const t of rule.titles) {
    const c = countTitleIn(ctx, t.title, periods, t.count);
    met = and3(met, c.met);
    parts.push(`trong thời gian đó ${c.text}`);
    claims.push(...c.claims);
    counted.push(c);
  }
  if (rule.anyOf?.length) {
    const results = rule.anyOf.map((t) => countTitleIn(ctx, t.title, periods, t.count));
    const best = results.find((r) => r.met === true) ?? results.find((r) => r.met === null);
    if (best) {
      met = and3(met, best.met);
      parts.push(`trong thời gian đó ${best.text}`);
      claims.push(...best.claims);
      counted.push(best);
    } else {
      met = false;
      parts.push(
        `trong thời gian đó không đạt: ${rule.anyOf.map((t) => `${nn(t.count)} lần ${awardName(ctx, t.title)}`).join(' hoặc ')} (${joinWith(
          results.map((r) => r.text),
          '; ',
        )})`,
      );
    }
  }
  if (rule.topRating) {
    const top = periods.filter((p) => {
      const r = ratingIn(ctx, p);
      return r !== undefined && ratingAtLeast(r, rule.topRating!.rating);
    });
    const ok = top.length >= rule.topRating.count;
    met = and3(met, ok);
    parts.push(
      ok
        ? `có ${nn(top.length)} ${noun(P)} ${lower(ratingText(rule.topRating.rating))} (${plist(top)})`
        : `chỉ có ${nn(top.length)} ${noun(P)} ${lower(ratingText(rule.topRating.rating))}; cần ${nn(rule.topRating.count)}`,
    );
  }
  return verdict(
    met,
    joinWith(parts, '; '),
    met === false ? NO_CLAIMS : claims,
    met === false ? undefined : conditionsOf(...counted),
  );
}

function windowAfter(rule: WindowAfterCriterion, ctx: Context): Verdict {
  const P = ctx.period;
  const preName = awardName(ctx, rule.prerequisite);
  const notes: string[] = ignoredTrackNotes(ctx, rule.prerequisite, shiftPeriod(P, -100), P);
  const usable: ReturnType<typeof chainRecordsOfKind> = [];
  for (const x of chainRecordsOfKind(ctx, rule.prerequisite)) {
    if (x.period.year >= P.year) continue;
    const exclusion = periodExclusion(ctx, x.period);
    if (exclusion) notes.push(`${preName} ${pn(x.period)}: ${exclusion}`);
    else if (P.year - x.period.year < rule.minPeriods) {
      notes.push(`${preName} ${pn(x.period)} chưa đủ ${nn(rule.minPeriods)} ${noun(P)} tiếp theo đến ${pn(P)}`);
    } else usable.push(x);
  }
  if (usable.length === 0) {
    return verdict(
      false,
      joinNotes([
        `Chưa có ${preName} được tính làm căn cứ (cần được tặng từ ${pn(shiftPeriod(P, -rule.minPeriods))} trở về trước để có ${nn(rule.minPeriods)} ${noun(P)} tiếp theo đến kỳ xét)`,
        ...notes,
      ]),
    );
  }
  // The latest prerequisite needs the shortest unbroken run; an earlier one may count more titles.
  let first: Verdict | null = null;
  for (const x of usable) {
    const v = checkWindowAfter(rule, ctx, x);
    if (v.met !== false) return v;
    first ??= v;
  }
  return verdict(false, joinNotes([(first as Verdict).message, ...notes]));
}

// ---------------------------------------------------------------------------------------------
// Discipline over the whole career (quá trình cống hiến: "not disciplined while in the post")

function noDisciplineEver(rule: NoDisciplineEverCriterion, ctx: Context): Verdict {
  const min = DISCIPLINE_FORMS.indexOf(rule.minDiscipline);
  const found: string[] = [];
  for (const d of ctx.input.discipline) {
    if (d.from > ctx.input.decisionDate || DISCIPLINE_FORMS.indexOf(d.form) < min) continue;
    found.push(`kỷ luật ${disciplineText(d.form)} từ ${date(d.from)}${d.to ? ` đến ${date(d.to)}` : ''}`);
  }
  if (found.length === 0) {
    return verdict(
      true,
      `Không có quyết định kỷ luật (từ ${disciplineText(rule.minDiscipline)} trở lên) trong hồ sơ đến ngày ${date(ctx.input.decisionDate)}`,
    );
  }
  return verdict(
    false,
    `Có ${joinWith(found, '; ')} — không xét nếu bị kỷ luật trong thời gian giữ chức vụ; nếu kỷ luật không thuộc thời gian giữ chức vụ, cán bộ thường trực điều chỉnh kết quả và ghi rõ lý do`,
  );
}

// ---------------------------------------------------------------------------------------------
// Composition

function anyOf(rule: AnyOfCriterion, ctx: Context): Verdict {
  const { data: dataOptions, judgements, judgementLabels } = applicable(rule.options, ctx);
  // The first data option met decides; the ones after it need not be evaluated.
  const results: Array<{ o: CriterionRule; v: Verdict }> = [];
  for (const o of dataOptions) {
    const v = evaluateCriterion(o, ctx);
    if (v.met === true) return verdict(true, `Đạt tiêu chuẩn: ${o.label} — ${v.message}`, v.claims, v.conditions);
    results.push({ o, v });
  }
  const open = rule.judgementOptionsOpen && judgements.length > 0;
  const partial = results.find((r) => r.v.met === null);
  const failed = results.filter((r) => r.v.met === false).map((r) => `${r.o.label}: ${r.v.message}`);
  const judgementText = open
    ? `Còn có thể xét theo: ${judgementLabels} — do Hội đồng Thi đua - Khen thưởng đánh giá trên hồ sơ thành tích`
    : '';
  if (partial) {
    return verdict(
      null,
      joinNotes([
        `Đạt phần kiểm tra được bằng dữ liệu của tiêu chuẩn: ${partial.o.label} — ${partial.v.message}`,
        judgementText,
      ]),
      partial.v.claims,
      partial.v.conditions,
      partial.v.dataFailed,
    );
  }
  if (open) {
    if (failed.length === 0)
      return verdict(
        null,
        `Xét theo một trong các tiêu chuẩn: ${judgementLabels} — do Hội đồng Thi đua - Khen thưởng đánh giá`,
      );
    return verdict(
      null,
      `Không đạt tiêu chuẩn kiểm tra được bằng dữ liệu (${joinWith(failed, ' | ')}). ${judgementText}`,
      NO_CLAIMS,
      undefined,
      true,
    );
  }
  if (failed.length === 0)
    return verdict(
      false,
      'Không có tiêu chuẩn nào kiểm tra được bằng dữ liệu cho đối tượng này và các tiêu chuẩn do Hội đồng đánh giá không được xét theo cấu hình hiện hành',
    );
  return verdict(false, `Không đạt tiêu chuẩn nào: ${joinWith(failed, ' | ')}`);
}

function allOf(rule: AllOfCriterion, ctx: Context): Verdict {
  const claimed = new Set(ctx.claimed);
  const claims: string[] = [];
  const messages: string[] = [];
  let met: Met = true;
  const seen: Verdict[] = [];
  for (const part of applicable(rule.parts, ctx).all) {
    const v = evaluateCriterion(part, { ...ctx, claimed });
    met = and3(met, v.met);
    messages.push(v.message);
    seen.push(v);
    for (const c of v.claims) {
      claimed.add(c);
      claims.push(c);
    }
  }
  return verdict(
    met,
    joinWith(messages, '; '),
    met === false ? NO_CLAIMS : claims,
    met === false ? undefined : conditionsOf(...seen),
    seen.some((v) => v.dataFailed),
  );
}
