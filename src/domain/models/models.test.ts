import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../access/permissions.js';
import {
  ARTICLE_STEP_PERMISSIONS,
  canMoveArticle,
  consentInForce,
  findPersonalData,
  imagesOf,
  mayApproveArticle,
  modelIsPublic,
  renderMarkup,
  stripImageMetadata,
  withEditor,
} from './index.js';

const consent = (givenOn: string, withdrawnAt: Date | null = null) => ({ givenOn, withdrawnAt });

describe('consent and publication', () => {
  it('a published model is public only while a consent is in force', () => {
    expect(modelIsPublic('published', [consent('2026-01-02')])).toBe(true);
    expect(modelIsPublic('published', [])).toBe(false);
    expect(modelIsPublic('draft', [consent('2026-01-02')])).toBe(false);
    expect(modelIsPublic('published', [consent('2026-01-02', new Date('2026-03-01'))])).toBe(false);
  });
  it('the consent in force is the latest one not withdrawn', () => {
    const a = consent('2025-01-01');
    const b = consent('2026-01-01', new Date());
    const c = consent('2025-06-01');
    expect(consentInForce([a, b, c])).toBe(c);
  });
});

describe('article workflow', () => {
  it('goes draft → review → published, and only so', () => {
    expect(canMoveArticle('draft', 'review')).toBe(true);
    expect(canMoveArticle('review', 'published')).toBe(true);
    expect(canMoveArticle('draft', 'published')).toBe(false);
    expect(canMoveArticle('published', 'withdrawn')).toBe(true);
    expect(canMoveArticle('published', 'draft')).toBe(false);
  });
  it('no one who wrote or changed an article approves it; each editor is counted once, the writer first', () => {
    const editors = withEditor(withEditor(['writer'], 'helper'), 'writer');
    expect(editors).toEqual(['writer', 'helper']);
    expect(mayApproveArticle(editors, 'writer')).toBe(false);
    expect(mayApproveArticle(editors, 'helper')).toBe(false);
    expect(mayApproveArticle(editors, 'chairman')).toBe(true);
  });
  it('publishing needs the review permission, which a clerk lacks and the chairman holds', () => {
    expect(ARTICLE_STEP_PERMISSIONS.published).toEqual(['portal.review']);
    expect(ARTICLE_STEP_PERMISSIONS.review).not.toContain('portal.review');
    const reviewers: readonly string[] = PERMISSIONS['portal.review'].roles;
    expect(reviewers).toContain('signer');
    expect(reviewers).not.toContain('clerk');
  });
});

describe('rich text', () => {
  it('escapes everything the author types and renders the small markup', () => {
    const id = '0b9c7a1e-1111-4222-8333-944455556666';
    const html = renderMarkup(
      `## Kết quả\nĐoạn <script>alert(1)</script> **đậm**\n\n- một\n- hai\n\n![Ảnh "lễ" trao tặng](anh:${id})`,
      (f) => `/cong-khai/anh/${f}`,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<h2>Kết quả</h2>');
    expect(html).toContain('<strong>đậm</strong>');
    expect(html).toContain('<ul><li>một</li><li>hai</li></ul>');
    expect(html).toContain(`src="/cong-khai/anh/${id}" alt="Ảnh &quot;lễ&quot; trao tặng"`);
    expect(imagesOf(`![a](anh:${id})`)).toEqual([id]);
  });
  it('leaves an image line with a foreign address as plain text', () => {
    expect(renderMarkup('![x](https://evil.example/a.png)', () => '')).toBe('<p>![x](https://evil.example/a.png)</p>');
  });
});

describe('personal data in public text', () => {
  it('finds identity numbers, phones and birth dates', () => {
    expect(findPersonalData('CCCD 001089012345 của bà')).toMatch(/12 chữ số/);
    expect(findPersonalData('gọi 0912 345 678')).toMatch(/điện thoại/);
    expect(findPersonalData('gọi +84 912345678')).toMatch(/điện thoại/);
    expect(findPersonalData('bà sinh ngày 12/03/1975 tại')).toMatch(/ngày sinh/);
  });
  it('lets ordinary numbers and dates through', () => {
    expect(findPersonalData('Năm 2025 hộ thu 350 triệu đồng, ngày 02/09/2025 nhận Giấy khen')).toBeNull();
    expect(findPersonalData('Quyết định số 123/QĐ-UBND')).toBeNull();
  });
});

describe('photo metadata', () => {
  it('drops Exif (GPS) and comments from a JPEG, keeps the image data', () => {
    const exif = [0xff, 0xe1, 0x00, 0x0a, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x47, 0x50]; // APP1 "Exif..GP"
    const jfif = [0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46];
    const com = [0xff, 0xfe, 0x00, 0x05, 0x47, 0x50, 0x53];
    const sos = [0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0xff, 0xd9];
    const jpeg = Uint8Array.from([0xff, 0xd8, ...jfif, ...exif, ...com, ...sos]);
    const out = stripImageMetadata(jpeg);
    expect(out?.kind).toBe('image/jpeg');
    expect([...out!.bytes]).toEqual([0xff, 0xd8, ...jfif, ...sos]);
  });
  it('drops text and eXIf chunks from a PNG', () => {
    const chunk = (type: string, data: number[]) => {
      const len = data.length;
      return [0, 0, 0, len, ...[...type].map((c) => c.charCodeAt(0)), ...data, 1, 2, 3, 4];
    };
    const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const ihdr = chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    const text = chunk('tEXt', [65, 0, 66]);
    const exif = chunk('eXIf', [1, 2]);
    const iend = chunk('IEND', []);
    const png = Uint8Array.from([...sig, ...ihdr, ...text, ...exif, ...iend]);
    expect([...stripImageMetadata(png)!.bytes]).toEqual([...sig, ...ihdr, ...iend]);
  });
  it('refuses what is not a well-formed JPEG or PNG', () => {
    expect(stripImageMetadata(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
    expect(stripImageMetadata(Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]))).toBeNull();
  });
});
