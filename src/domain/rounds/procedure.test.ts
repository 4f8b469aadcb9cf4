// Uncertain procedure parameters are never printed; a tenant's confirmation (an override citing
// its own provincial decision) makes the basis printable (design: rules are dated data with a
// citation; uncertain facts are for the administrator only).
import { describe, expect, it } from 'vitest';
import {
  applyProcedureOverrides,
  PROCEDURE_2025,
  printedBasis,
  unconfirmedProcedureParams,
  voteRuleFor,
} from './procedure.js';

const QD =
  'Quyết định số 15/2025/QĐ-UBND ngày 20/8/2025 của Ủy ban nhân dân tỉnh Điện Biên ban hành Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng';

describe('printed bases of the procedure rules', () => {
  it('prints no uncertain basis: the national vote rule of CSTĐCS and the quorum are unconfirmed', () => {
    const r = PROCEDURE_2025;
    expect(printedBasis(voteRuleFor(r, 'CSTD_CS'))).toBeUndefined();
    expect(printedBasis(r.quorum)).toBeUndefined();
    expect(printedBasis(r.appraisal)).toBe(r.appraisal.basis);
  });

  it('lists each uncertain parameter once for the administrator (notice days and counting share one basis)', () => {
    const keys = unconfirmedProcedureParams(PROCEDURE_2025).map((p) => p.key);
    expect(keys).toContain('procedure.quorum.share');
    expect(keys).toContain('procedure.voteRules.1.share');
    expect(keys.filter((k) => k.startsWith('procedure.notice.'))).toHaveLength(1);
    expect(keys).not.toContain('procedure.appraisal.workingDays');
  });

  it("a confirmation citing the tenant's decision makes that decision the printed basis, from its date", () => {
    const o = [{ key: 'procedure.quorum.share', value: 2 / 3, effectiveFrom: '2026-01-01', citation: QD }];
    const before = applyProcedureOverrides(PROCEDURE_2025, o, '2025-12-31');
    const after = applyProcedureOverrides(PROCEDURE_2025, o, '2026-06-01');
    expect(printedBasis(before.quorum)).toBeUndefined();
    expect(printedBasis(after.quorum)).toBe(QD);
    expect(unconfirmedProcedureParams(after).map((p) => p.key)).not.toContain('procedure.quorum.share');
  });

  it('a value changed without a citation stays unconfirmed and unprinted', () => {
    const after = applyProcedureOverrides(
      PROCEDURE_2025,
      [{ key: 'procedure.voteRules.1.share', value: 0.75, effectiveFrom: '2026-01-01' }],
      '2026-06-01',
    );
    const rule = voteRuleFor(after, 'CSTD_CS');
    expect(rule.share).toBe(0.75);
    expect(printedBasis(rule)).toBeUndefined();
  });
});
