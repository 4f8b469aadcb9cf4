// The portal's pages print an instant as its day in Vietnam, whatever the server's time zone.
import { describe, expect, it } from 'vitest';
import { articlePage } from './pages.js';

describe('public article page', () => {
  const article = (publishedAt: Date) =>
    articlePage('https://phuong.example', {
      slug: 'tin-a1b2c',
      title: 'Tuyên dương người tốt việc tốt',
      summary: 'Phường tuyên dương một tấm gương.',
      body: 'Nội dung.',
      publishedAt,
      orgName: 'Phường Mường Lay',
      model: null,
      firstImage: null,
    });

  it('dates an article published at 03:50 on 08/12 in Vietnam (20:50 UTC the day before) 08/12/2026', () => {
    const html = article(new Date('2026-12-07T20:50:00Z'));
    expect(html).toContain('>08/12/2026</time>');
    expect(html).not.toContain('07/12/2026');
  });

  it('keeps the same day just before midnight in Vietnam', () => {
    expect(article(new Date('2026-12-08T16:59:00Z'))).toContain('>08/12/2026</time>');
  });
});
