// Attendance of an event with a list of those invited (a training course's participants, a
// conference's invitees): when it may be taken, which marks are acceptable, and the figures.
// Shared by src/domain/trainings and src/domain/conferences; pure.

/** The figures of a list after attendance: invited, present, absent, not yet marked. */
export function attendanceSummary(marks: readonly { attended: boolean | null }[]) {
  const invited = marks.length;
  const attended = marks.filter((m) => m.attended === true).length;
  const absent = marks.filter((m) => m.attended === false).length;
  return { invited, attended, absent, unmarked: invited - attended - absent };
}

/**
 * Why attendance cannot be taken today (Vietnamese), or null: never for a cancelled event, and
 * only from its first day.
 */
export function attendanceGate(
  e: { status: string; startsOn: string },
  today: string,
  says: { cancelled: string; notYet: string },
): string | null {
  if (e.status === 'cancelled') return says.cancelled;
  if (today < e.startsOn) return says.notYet;
  return null;
}

/** The position of the first mark whose id is not on the list, or -1 (the request names it). */
export function unlistedMark<M>(marks: readonly M[], idOf: (m: M) => string, listed: ReadonlySet<string>): number {
  return marks.findIndex((m) => !listed.has(idOf(m)));
}
