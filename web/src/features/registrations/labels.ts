// Words and small rules of the registration screens. Pure: no React.
import type { RegistrationOutcome } from './types';

export const OUTCOME_COLOURS: Record<RegistrationOutcome, string> = {
  achieved: 'green',
  eligible_pending: 'blue',
  not_achieved: 'red',
  unregistered_achieved: 'gold',
};

/** The order outcomes are counted in on the report. */
export const OUTCOME_ORDER: RegistrationOutcome[] = [
  'achieved',
  'eligible_pending',
  'not_achieved',
  'unregistered_achieved',
];

/** 'person:abc' → ['person', 'abc']. */
export function splitSubjectKey(key: string): [string, string] {
  const i = key.indexOf(':');
  return [key.slice(0, i), key.slice(i + 1)];
}

/** Key of one registration line: a subject and a title. */
export const lineKey = (subjectKey: string, awardCode: string) => `${subjectKey}|${awardCode}`;

/**
 * Server row errors ("items.3.awardCode", label "Dòng 4") back onto the lines that were sent,
 * by position; what names no row is returned apart.
 */
export function rowErrors(
  fields: { field: string; label: string; message: string }[],
  sent: string[],
): { byRow: Map<string, string[]>; other: string[] } {
  const byRow = new Map<string, string[]>();
  const other: string[] = [];
  for (const f of fields) {
    const m = /^items\.(\d+)\./.exec(f.field);
    const key = m ? sent[Number(m[1])] : undefined;
    if (key) byRow.set(key, [...(byRow.get(key) ?? []), f.message]);
    else other.push(f.label ? `${f.label}: ${f.message}` : f.message);
  }
  return { byRow, other };
}
