import { describe, expect, it } from 'vitest';
import { roundMachine } from '../domain/rounds/machines.js';
import { AppError, conflict, invalid, moved, refuse } from './errors.js';

describe('error codes', () => {
  it('a refusal carries its specific code in the body and the status of its kind', () => {
    const e = refuse('NOTICE_NOT_ENDED', 'Chưa hết thời gian công khai.');
    expect(e.status).toBe(409);
    expect(e.toJSON()).toEqual({
      error: { code: 'NOTICE_NOT_ENDED', message: 'Chưa hết thời gian công khai.', fields: [] },
    });
  });

  it('a refused state move names the thing and the state: ROUND_CLOSED', () => {
    const e = (() => {
      try {
        moved(() => roundMachine.move('closed', 'close'));
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('ROUND_CLOSED');
    expect((e as AppError).status).toBe(409);
    expect((e as AppError).message).toContain('khóa nhận hồ sơ');
  });

  it('errors without a specific code keep their kind as the code', () => {
    expect(conflict('x').code).toBe('CONFLICT');
    expect(invalid([{ field: 'a', label: 'A', message: 'Sai.' }]).toJSON().error.code).toBe('VALIDATION');
  });
});
