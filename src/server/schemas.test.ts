import { describe, expect, it } from 'vitest';
import { z } from '@hono/zod-openapi';
import { invalid } from './errors.js';
import { NameText, OptionalName, OptionalText, RequiredText } from './schemas.js';
import { validationLabel, zodFieldErrors } from './zod-errors.js';

const NUL = String.fromCharCode(0);

describe('text schemas', () => {
  it('refuse NUL, control characters and lone surrogates with a Vietnamese message', () => {
    for (const schema of [RequiredText(50), OptionalText(50), NameText(50), OptionalName(50)]) {
      for (const bad of [`a${NUL}b`, 'a\u0008', 'a\uD800b']) {
        const r = schema.safeParse(bad);
        expect(r.success, JSON.stringify(bad)).toBe(false);
        expect(r.error!.issues[0]!.message).toMatch(/^Chứa ký tự/);
      }
    }
  });

  it('keep tabs and line breaks in free text (collapsed to a space, as before)', () => {
    expect(RequiredText(50).parse('Dòng 1\r\n\tDòng 2')).toBe('Dòng 1 Dòng 2');
  });

  it('strip invisible and bidirectional characters from names only, and normalise to NFC', () => {
    expect(NameText(50).parse(' Lò\u200B Thùy\u202E Anh ')).toBe('Lò Thùy Anh');
    expect(NameText(50).parse('Nguye\u0302\u0303n')).toBe('Nguyễn');
    expect(OptionalName(50).parse('\u200B')).toBeNull();
    expect(NameText(50).safeParse('\u200B\u200F').success).toBe(false);
    expect(RequiredText(50).parse('a\u200Bb')).toBe('a\u200Bb');
  });
});

describe('validation messages', () => {
  const Body = z
    .object({
      midReviewBy: z.string(),
      nomineeIds: z.array(z.string()).min(1),
      count: z.number().max(3),
      kind: z.enum(['a', 'b']),
    })
    .strict();

  it('name every field in Vietnamese, say what is wrong in plain words, and carry a stable code', () => {
    const r = Body.safeParse({ nomineeIds: [], count: 9, kind: 'c' });
    const fields = zodFieldErrors(r.error!);
    expect(fields).toEqual([
      { field: 'midReviewBy', label: 'Hạn sơ kết', message: 'Không được để trống.', code: 'REQUIRED' },
      {
        field: 'nomineeIds',
        label: 'Người (tập thể) được đề nghị',
        message: 'Cần ít nhất một mục.',
        code: 'TOO_SMALL',
      },
      { field: 'count', label: 'Số dòng', message: 'Không được lớn hơn 3.', code: 'TOO_BIG' },
      { field: 'kind', label: 'Loại', message: 'Phải là một trong các giá trị: "a", "b".', code: 'INVALID_VALUE' },
    ]);
    for (const f of fields) expect(f.message).not.toMatch(/Đầu vào không hợp lệ|mong đợi/);
  });

  it('name the body itself when the body is not an object', () => {
    const [f] = zodFieldErrors(Body.safeParse([]).error!);
    expect(f).toEqual({
      field: '',
      label: 'Nội dung gửi lên',
      message: 'Phải là một nhóm trường (đối tượng JSON).',
      code: 'INVALID_TYPE',
    });
  });

  it('put the first field in the message of the 400', () => {
    const err = invalid(
      zodFieldErrors(Body.safeParse({ midReviewBy: 'x', nomineeIds: ['a'], count: 1, kind: 'a', extra: 1 }).error!),
    );
    expect(err.message).toBe('Nội dung gửi lên: Có trường không được nhận: extra.');
    const two = invalid([
      { field: 'midReviewBy', label: 'Hạn sơ kết', message: 'Ngày không hợp lệ.' },
      { field: 'name', label: 'Tên', message: 'Không được để trống.' },
    ]);
    expect(two.message).toBe('Hạn sơ kết: Ngày không hợp lệ (và 1 lỗi khác).');
    expect(invalid([], 'Phiếu bầu chưa hợp lệ.').message).toBe('Phiếu bầu chưa hợp lệ.');
  });

  it('prefer a feature’s own labels, then the shared ones, for the deepest named part of a path', () => {
    expect(validationLabel('members.2.fullName')).toBe('Họ và tên');
    expect(validationLabel('code', { code: 'Mã xác nhận phiếu' })).toBe('Mã xác nhận phiếu');
    expect(validationLabel('entries.A1')).toBe('Điểm tự chấm');
  });
});
