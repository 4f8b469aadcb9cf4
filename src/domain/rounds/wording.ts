// How messages name the people, collectives and households of a round: counted by kind with the
// documents' leading zero ('02 cá nhân và 01 tập thể'), then the names ('…: Nguyễn Văn An, Trường
// THCS Lay Nưa và 2 trường hợp khác'), never the clumsy '4 người (tập thể)'.

export type SubjectKindWord = 'individual' | 'collective' | 'household';

const NOUN: Record<SubjectKindWord, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};
const ORDER: SubjectKindWord[] = ['individual', 'collective', 'household'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** '02 cá nhân và 01 tập thể' ('01 cá nhân'; three kinds: '02 cá nhân, 01 tập thể và 01 hộ gia đình'). */
export function subjectCountText(items: readonly { subjectKind: string }[]): string {
  const parts = ORDER.map(
    (k) =>
      [
        k,
        items.filter(
          (i) =>
            (i.subjectKind === 'individual'
              ? 'individual'
              : i.subjectKind === 'household'
                ? 'household'
                : 'collective') === k,
        ).length,
      ] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${pad2(n)} ${NOUN[k]}`);
  if (parts.length <= 1) return parts[0] ?? 'không trường hợp nào';
  return `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
}

/** 'Nguyễn Văn An, Trường THCS Lay Nưa và 2 trường hợp khác' (at most `max` names). */
export function subjectNamesText(items: readonly { displayName: string }[], max = 5): string {
  const names = items.map((i) => i.displayName);
  if (names.length <= max)
    return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
  return `${names.slice(0, max).join(', ')} và ${names.length - max} trường hợp khác`;
}

/** '02 cá nhân và 01 tập thể (Nguyễn Văn An, Lò Thị Ngân và Trường THCS Lay Nưa)'. */
export function subjectsText(items: readonly { subjectKind: string; displayName: string }[], max = 5): string {
  return items.length ? `${subjectCountText(items)} (${subjectNamesText(items, max)})` : 'không trường hợp nào';
}
