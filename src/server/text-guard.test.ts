import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { nestsDeeperThan, refuseBadFormText, refuseBadText } from './text-guard.js';

const NUL = String.fromCharCode(0);

function app() {
  const a = new Hono();
  a.use('*', refuseBadText);
  a.use('*', refuseBadFormText);
  a.post('/echo', bodyLimit({ maxSize: 1024 }), async (c) => c.json({ got: await c.req.json() }));
  a.post('/len', async (c) => c.json({ length: (await c.req.text()).length }));
  a.post('/form', async (c) => c.json({ got: Object.keys(await c.req.parseBody()) }));
  a.get('/q/:id', (c) => c.json({ id: c.req.param('id'), q: c.req.query() }));
  a.onError((err, c) => (err instanceof AppError ? c.json(err.toJSON(), 400) : c.json({ crash: String(err) }, 500)));
  return a;
}
const post = (body: string, type = 'application/json') =>
  app().request('/echo', { method: 'POST', headers: { 'content-type': type }, body });

describe('refuseBadText', () => {
  it('lets clean text through, and the route still reads the body (also behind its own body limit)', async () => {
    const res = await post(JSON.stringify({ fullName: 'Nguyễn Văn A', note: 'dòng 1\ndòng 2\t😀' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ got: { fullName: 'Nguyễn Văn A', note: 'dòng 1\ndòng 2\t😀' } });
  });

  it('refuses NUL, control characters and lone surrogates at any depth, naming each field in Vietnamese', async () => {
    const res = await post(
      JSON.stringify({ fullName: `A${NUL}`, members: [{ position: 'x' }, { position: 'y\u0007' }], note: 'z\uD800' }),
    );
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Họ và tên: Chứa ký tự rỗng (NUL, U+0000), không được phép (và 2 lỗi khác).');
    expect(error.fields).toEqual([
      {
        field: 'fullName',
        label: 'Họ và tên',
        message: 'Chứa ký tự rỗng (NUL, U+0000), không được phép.',
        code: 'BAD_CHARACTER',
      },
      {
        field: 'members.1.position',
        label: 'Chức vụ',
        message: 'Chứa ký tự điều khiển không in được (U+0007), không được phép.',
        code: 'BAD_CHARACTER',
      },
      {
        field: 'note',
        label: 'Ghi chú',
        message: 'Chứa ký tự Unicode hỏng (U+D800 đứng lẻ, không thành cặp), không được phép.',
        code: 'BAD_CHARACTER',
      },
    ]);
  });

  it('refuses bad characters in keys, and in the query and the path', async () => {
    const key = await post(JSON.stringify({ evidence: { [`A${NUL}`]: 'x' } }));
    expect((await key.json()).error.fields[0]).toMatchObject({
      field: 'evidence',
      label: 'Minh chứng',
      message: expect.stringMatching(/^Tên trường: Chứa ký tự rỗng/),
    });
    const q = await app().request('/q/1?q=a%00b');
    expect(q.status).toBe(400);
    expect((await q.json()).error.fields[0]).toMatchObject({ field: 'q', label: 'Từ khóa' });
    const p = await app().request('/q/a%00b');
    expect((await p.json()).error.fields[0]).toMatchObject({ field: 'path', label: 'Đường dẫn' });
    const broken = await app().request('/q/%E0%A4?q=%ED%A0%80');
    expect(broken.status).toBe(200);
  });

  it('refuses malformed and deeply nested JSON before parsing it, and ignores an empty body', async () => {
    expect((await (await post('{"a":')).json()).error.fields[0]).toMatchObject({
      label: 'Nội dung gửi lên',
      code: 'INVALID_JSON',
    });
    const deep = await post('['.repeat(100_000) + ']'.repeat(100_000));
    expect(deep.status).toBe(400);
    expect((await deep.json()).error.fields[0].code).toBe('TOO_DEEP');
    expect(nestsDeeperThan('{"a":"[[[[[[[[[[["}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":"\\"[[[[","b":[[[[1]]]]}', 3)).toBe(true);
    const empty = await app().request('/len', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '',
    });
    expect(await empty.json()).toEqual({ length: 0 });
  });

  it('refuses bad text in form fields and file names', async () => {
    const form = new FormData();
    form.append('orgId', `x${NUL}`);
    form.append('file', new Blob(['x']), 'tệp.xlsx');
    const res = await app().request('/form', { method: 'POST', body: form });
    expect((await res.json()).error.fields).toEqual([
      expect.objectContaining({ field: 'orgId', label: 'Cơ quan, đơn vị' }),
    ]);
    const named = new FormData();
    named.append('file', new Blob(['x']), `t\u001B.xlsx`);
    const r2 = await app().request('/form', { method: 'POST', body: named });
    expect((await r2.json()).error.fields[0]).toMatchObject({
      field: 'file',
      message: expect.stringMatching(/^Tên tệp: Chứa ký tự điều khiển/),
    });
    const ok = new FormData();
    ok.append('file', new Blob(['x']), 'Kế hoạch 2027.docx');
    expect(await (await app().request('/form', { method: 'POST', body: ok })).json()).toEqual({ got: ['file'] });
  });
});
