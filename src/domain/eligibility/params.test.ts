import { describe, expect, it } from 'vitest';
import { listParams } from './overrides.js';
import { resolveRules } from './rulesets.js';

describe('parameters listed for the administrator', () => {
  const params = listParams(resolveRules('2026-12-15')!.rules);

  it('are labelled in Vietnamese: no subject-kind codes, award codes or leaf names', () => {
    const leaking = params
      .map((p) => p.label)
      .filter((l) =>
        /\((individual|collective|household|village|commune)\)|[A-Z]+_[A-Z]+|— (title|prerequisite|orTitle|rating)$/.test(
          l,
        ),
      );
    expect(leaking).toEqual([]);
    expect(params.find((p) => p.key === 'awards.LDTT.bonus.multipliers.individual')!.label).toBe(
      'Lao động tiên tiến: hệ số tiền thưởng (cá nhân)',
    );
  });

  it('flag the facts the reference marks uncertain', () => {
    expect(params.find((p) => p.key === 'params.rounding.mode')!.mark).toBe('U');
  });
});
