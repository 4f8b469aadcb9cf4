// The portal's pages, server-rendered (issue 12). Only what a citizen may see: names, units,
// awards, stories published with consent; never an identity number, birth date, address or phone.
import {
  CEREMONY_KIND_LABELS,
  type CeremonyKind,
  LEGAL_DOC_KIND_LABELS,
  LEGAL_DOC_KINDS,
  type LegalDocKind,
  MODEL_FIELD_LABELS,
  MODEL_KIND_LABELS,
  type ModelField,
  type ModelKind,
  renderMarkup,
} from '../../domain/models/index.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import { h, trusted } from './html.js';
import { page, pager } from './layout.js';

export const photoUrl = (fileId: string) => `/cong-khai/anh/${fileId}`;
/** A calendar date, or an instant as its day in Vietnam (UTC+7) whatever the server's time zone. */
const date = (d: string | Date | null | undefined) =>
  d ? formatDateVN(d instanceof Date ? isoDateInVietnam(d) : d) : '';
const fieldLabel = (f: string) => MODEL_FIELD_LABELS[f as ModelField] ?? f;
const storyParagraphs = (s: string) =>
  s
    .split(/\n{2,}|\n/)
    .filter((p) => p.trim())
    .map((p) => h`<p>${p}</p>`);

interface NoticeItem {
  slug: string;
  title: string;
  issuer: string;
  publishedOn: string;
  endsOn: string;
}
interface ModelCard {
  slug: string;
  kind: string;
  name: string;
  unitName: string | null;
  field: string;
  headline: string;
  areaName: string | null;
}
interface ArticleCard {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  orgName: string | null;
}
interface DecisionRow {
  key: string;
  decisionNo: string | null;
  decisionDate: string | null;
  issuer: string | null;
  n: number;
}

const modelCards = (items: ModelCard[]) =>
  h`<ul class="cards">${items.map(
    (m) => h`<li><h3><a href="/cong-khai/guong-dien-hinh/${m.slug}">${m.name}</a></h3>
<p class="muted">${MODEL_KIND_LABELS[m.kind as ModelKind] ?? ''}${m.unitName ? h` · ${m.unitName}` : ''}</p>
<p>${m.headline}</p><p><span class="tag">${fieldLabel(m.field)}</span>${m.areaName ? h`<span class="tag">${m.areaName}</span>` : ''}</p></li>`,
  )}</ul>`;

const articleCards = (items: ArticleCard[]) =>
  h`<ul class="cards">${items.map(
    (a) => h`<li><h3><a href="/cong-khai/tin-tuc/${a.slug}">${a.title}</a></h3>
<p class="muted">${a.publishedAt ? date(a.publishedAt) : ''}${a.orgName ? h` · ${a.orgName}` : ''}</p><p>${a.summary}</p></li>`,
  )}</ul>`;

const decisionTable = (rows: DecisionRow[]) =>
  h`<div class="table-wrap"><table><caption class="muted">Quyết định khen thưởng đã ban hành, còn hiệu lực</caption>
<thead><tr><th scope="col">Số quyết định</th><th scope="col">Ngày</th><th scope="col">Cơ quan ban hành</th><th scope="col">Số người, tập thể</th></tr></thead>
<tbody>${rows.map(
    (d) =>
      h`<tr><td><a href="/cong-khai/quyet-dinh/${d.key}">Quyết định số ${d.decisionNo}</a></td><td>${date(d.decisionDate)}</td><td>${d.issuer ?? ''}</td><td>${d.n}</td></tr>`,
  )}</tbody></table></div>`;

export function homePage(
  origin: string,
  d: { notices: NoticeItem[]; models: ModelCard[]; articles: ArticleCard[]; decisions: DecisionRow[] },
) {
  return page(
    {
      title: 'Trang chủ',
      description:
        'Công khai danh sách đề nghị khen thưởng, quyết định khen thưởng, gương điển hình tiên tiến, tin tức và văn bản về thi đua, khen thưởng.',
      url: `${origin}/cong-khai`,
    },
    '/cong-khai',
    h`<h1>Cổng thông tin thi đua, khen thưởng</h1>
<p>Nơi người dân theo dõi công tác thi đua, khen thưởng: danh sách đang lấy ý kiến, quyết định đã ban hành, gương người tốt việc tốt. Có ý kiến về một danh sách, bạn <a href="/cong-khai/tra-cuu">tra cứu ý kiến đã gửi</a>; gửi đơn thư phản ánh, kiến nghị tại <a href="/cong-khai/don-thu">trang đơn thư</a> (<a href="/cong-khai/don-thu/tra-cuu">tra cứu đơn thư</a>).</p>
<section aria-labelledby="h-notices"><h2 id="h-notices">Danh sách đang công khai, lấy ý kiến</h2>
${
  d.notices.length
    ? h`<ul>${d.notices.map(
        (n) =>
          h`<li><a href="/cong-khai/${n.slug}">${n.title}</a> <span class="muted">— ${n.issuer}, từ ${date(n.publishedOn)} đến ${date(n.endsOn)}</span></li>`,
      )}</ul>`
    : h`<p class="muted">Hiện không có danh sách nào đang lấy ý kiến.</p>`
}</section>
<section aria-labelledby="h-models"><h2 id="h-models">Gương điển hình tiên tiến</h2>${modelCards(d.models)}
<p><a href="/cong-khai/guong-dien-hinh">Xem tất cả gương điển hình</a></p></section>
<section aria-labelledby="h-news"><h2 id="h-news">Tin tức</h2>${articleCards(d.articles)}<p><a href="/cong-khai/tin-tuc">Xem tất cả tin tức</a></p></section>
<section aria-labelledby="h-decisions"><h2 id="h-decisions">Quyết định khen thưởng mới</h2>${decisionTable(d.decisions)}
<p><a href="/cong-khai/quyet-dinh">Xem tất cả quyết định</a> · <a href="/cong-khai/van-ban">Văn bản quy phạm, quy định</a></p></section>`,
  );
}

export function modelsPage(
  origin: string,
  d: {
    q: string;
    field: string;
    area: string;
    page: number;
    pageSize: number;
    total: number;
    items: ModelCard[];
    facets: { areas: { id: string; name: string }[]; fields: string[] };
  },
) {
  const params = new URLSearchParams();
  if (d.q) params.set('q', d.q);
  if (d.field) params.set('linh-vuc', d.field);
  if (d.area) params.set('dia-ban', d.area);
  return page(
    {
      title: 'Gương điển hình tiên tiến',
      description:
        'Những cá nhân, tập thể, hộ gia đình tiêu biểu trong phong trào thi đua: câu chuyện, thành tích, khen thưởng.',
      url: `${origin}/cong-khai/guong-dien-hinh`,
    },
    '/cong-khai/guong-dien-hinh',
    h`<h1>Gương điển hình tiên tiến</h1>
<form class="filters" method="get" action="/cong-khai/guong-dien-hinh" role="search">
<label>Tìm theo tên, nội dung (gõ có dấu hoặc không dấu)<input type="search" name="q" value="${d.q}"></label>
<label>Lĩnh vực<select name="linh-vuc"><option value="">Tất cả lĩnh vực</option>${d.facets.fields.map(
      (f) => h`<option value="${f}"${f === d.field ? h` selected` : ''}>${fieldLabel(f)}</option>`,
    )}</select></label>
<label>Địa bàn<select name="dia-ban"><option value="">Tất cả địa bàn</option>${d.facets.areas.map(
      (a) => h`<option value="${a.id}"${a.id === d.area ? h` selected` : ''}>${a.name}</option>`,
    )}</select></label>
<button type="submit">Tìm</button></form>
<p role="status">${d.total} gương điển hình${d.q || d.field || d.area ? ' phù hợp' : ''}.</p>
${modelCards(d.items)}${pager(params, '/cong-khai/guong-dien-hinh', d.page, d.pageSize, d.total)}`,
  );
}

export function modelPage(
  origin: string,
  m: {
    slug: string;
    kind: string;
    name: string;
    unitName: string | null;
    field: string;
    headline: string;
    story: string;
    areaName: string | null;
    achievements: {
      awardName: string;
      period: string;
      decisionNo: string | null;
      decisionDate: string | null;
      issuer: string | null;
    }[];
    photos: { fileId: string; alt: string }[];
    ceremonies: { kind: string; heldOn: string; place: string; presentedBy: string; note: string | null }[];
  },
) {
  return page(
    {
      title: m.name,
      description: m.headline,
      url: `${origin}/cong-khai/guong-dien-hinh/${m.slug}`,
      image: m.photos[0] ? `${origin}${photoUrl(m.photos[0].fileId)}` : undefined,
      type: 'profile',
    },
    '/cong-khai/guong-dien-hinh',
    h`<p><a href="/cong-khai/guong-dien-hinh">← Gương điển hình tiên tiến</a></p>
<article><h1>${m.name}</h1>
<p class="muted">${MODEL_KIND_LABELS[m.kind as ModelKind] ?? ''}${m.unitName ? h` · ${m.unitName}` : ''}${m.areaName ? h` · Địa bàn: ${m.areaName}` : ''}</p>
<p><span class="tag">${fieldLabel(m.field)}</span></p>
<p><strong>${m.headline}</strong></p>
${m.photos.map((p, i) => h`<figure><img src="${photoUrl(p.fileId)}" alt="${p.alt}" width="640" ${i ? h`loading="lazy"` : ''}><figcaption>${p.alt}</figcaption></figure>`)}
<h2>Câu chuyện</h2>${storyParagraphs(m.story)}
<h2>Thành tích, khen thưởng</h2>${
      m.achievements.length
        ? h`<ul>${m.achievements.map(
            (a) =>
              h`<li>${a.awardName} (${a.period})${a.decisionNo ? h` — Quyết định số ${a.decisionNo}${a.decisionDate ? h` ngày ${date(a.decisionDate)}` : ''}${a.issuer ? h` của ${a.issuer}` : ''}` : ''}</li>`,
          )}</ul>`
        : h`<p class="muted">Chưa ghi thành tích.</p>`
    }
${
  m.ceremonies.length
    ? h`<h2>Tôn vinh</h2><ul>${m.ceremonies.map(
        (c) =>
          h`<li>${CEREMONY_KIND_LABELS[c.kind as CeremonyKind] ?? ''} ngày ${date(c.heldOn)} tại ${c.place}, ${c.presentedBy} trao tặng${c.note ? h`. ${c.note}` : ''}</li>`,
      )}</ul>`
    : ''
}</article>`,
  );
}

export function decisionsPage(
  origin: string,
  d: { year: string; years: string[]; page: number; pageSize: number; total: number; rows: DecisionRow[] },
) {
  const params = new URLSearchParams();
  if (d.year) params.set('nam', d.year);
  return page(
    {
      title: 'Quyết định khen thưởng',
      description: 'Các quyết định khen thưởng đã ban hành và danh sách cá nhân, tập thể được khen thưởng.',
      url: `${origin}/cong-khai/quyet-dinh`,
    },
    '/cong-khai/quyet-dinh',
    h`<h1>Quyết định khen thưởng đã ban hành</h1>
<form class="filters" method="get" action="/cong-khai/quyet-dinh"><label>Năm<select name="nam"><option value="">Tất cả các năm</option>${d.years.map(
      (y) => h`<option value="${y}"${y === d.year ? h` selected` : ''}>${y}</option>`,
    )}</select></label><button type="submit">Lọc</button></form>
<p role="status">${d.total} quyết định.</p>${decisionTable(d.rows)}${pager(params, '/cong-khai/quyet-dinh', d.page, d.pageSize, d.total)}`,
  );
}

export function decisionPage(
  origin: string,
  key: string,
  d: {
    decisionNo: string;
    decisionDate: string | null;
    issuer: string | null;
    tenant: string;
    entries: { name: string; unit: string | null; award: string; period: string }[];
  },
) {
  const title = `Quyết định số ${d.decisionNo}`;
  return page(
    {
      title,
      description: `${title}${d.decisionDate ? ` ngày ${date(d.decisionDate)}` : ''}${d.issuer ? ` của ${d.issuer}` : ''}: ${d.entries.length} cá nhân, tập thể được khen thưởng.`,
      url: `${origin}/cong-khai/quyet-dinh/${key}`,
    },
    '/cong-khai/quyet-dinh',
    h`<p><a href="/cong-khai/quyet-dinh">← Quyết định khen thưởng</a></p><h1>${title}</h1>
<p class="muted">${d.decisionDate ? h`Ngày ${date(d.decisionDate)}` : ''}${d.issuer ? h` · ${d.issuer}` : ''} · ${d.tenant}</p>
<div class="table-wrap"><table><caption>Danh sách được khen thưởng (${d.entries.length})</caption>
<thead><tr><th scope="col">STT</th><th scope="col">Họ và tên, tập thể</th><th scope="col">Đơn vị</th><th scope="col">Danh hiệu, hình thức</th><th scope="col">Năm</th></tr></thead>
<tbody>${d.entries.map((e, i) => h`<tr><td>${i + 1}</td><td>${e.name}</td><td>${e.unit ?? ''}</td><td>${e.award}</td><td>${e.period}</td></tr>`)}</tbody></table></div>`,
  );
}

export function articlesPage(
  origin: string,
  d: { q: string; page: number; pageSize: number; total: number; items: ArticleCard[] },
) {
  const params = new URLSearchParams();
  if (d.q) params.set('q', d.q);
  return page(
    {
      title: 'Tin tức',
      description: 'Tin tức, bài viết tuyên truyền về phong trào thi đua, gương điển hình và khen thưởng.',
      url: `${origin}/cong-khai/tin-tuc`,
    },
    '/cong-khai/tin-tuc',
    h`<h1>Tin tức thi đua, khen thưởng</h1>
<form class="filters" method="get" action="/cong-khai/tin-tuc" role="search"><label>Tìm tin (có dấu hoặc không dấu)<input type="search" name="q" value="${d.q}"></label><button type="submit">Tìm</button></form>
<p role="status">${d.total} tin bài. <a href="/cong-khai/tin-tuc/rss.xml">Theo dõi qua RSS</a></p>${articleCards(d.items)}${pager(params, '/cong-khai/tin-tuc', d.page, d.pageSize, d.total)}`,
  );
}

export function articlePage(
  origin: string,
  a: {
    slug: string;
    title: string;
    summary: string;
    body: string;
    publishedAt: Date | null;
    orgName: string | null;
    model: { slug: string; name: string } | null;
    firstImage: string | null;
  },
) {
  return page(
    {
      title: a.title,
      description: a.summary,
      url: `${origin}/cong-khai/tin-tuc/${a.slug}`,
      image: a.firstImage ? `${origin}${photoUrl(a.firstImage)}` : undefined,
      type: 'article',
    },
    '/cong-khai/tin-tuc',
    h`<p><a href="/cong-khai/tin-tuc">← Tin tức</a></p><article><h1>${a.title}</h1>
<p class="muted">${a.publishedAt ? h`<time datetime="${a.publishedAt.toISOString()}">${date(a.publishedAt)}</time>` : ''}${a.orgName ? h` · ${a.orgName}` : ''}</p>
<p><strong>${a.summary}</strong></p>${trusted(renderMarkup(a.body, photoUrl))}
${a.model ? h`<p>Gương điển hình: <a href="/cong-khai/guong-dien-hinh/${a.model.slug}">${a.model.name}</a></p>` : ''}</article>`,
  );
}

export function libraryPage(
  origin: string,
  d: {
    q: string;
    kind: string;
    page: number;
    pageSize: number;
    total: number;
    rows: {
      id: string;
      kind: string;
      number: string;
      title: string;
      issuer: string;
      issuedOn: string;
      effectiveOn: string | null;
      summary: string | null;
      fileId: string | null;
      fileName: string | null;
      fileSize: number | null;
    }[];
  },
) {
  const params = new URLSearchParams();
  if (d.q) params.set('q', d.q);
  if (d.kind) params.set('loai', d.kind);
  return page(
    {
      title: 'Văn bản về thi đua, khen thưởng',
      description:
        'Luật, nghị định, thông tư, hướng dẫn về thi đua, khen thưởng và quy chế, quy định của đơn vị, kèm tệp văn bản.',
      url: `${origin}/cong-khai/van-ban`,
    },
    '/cong-khai/van-ban',
    h`<h1>Văn bản về thi đua, khen thưởng</h1>
<form class="filters" method="get" action="/cong-khai/van-ban" role="search"><label>Tìm số, tên văn bản (có dấu hoặc không dấu)<input type="search" name="q" value="${d.q}"></label>
<label>Loại văn bản<select name="loai"><option value="">Tất cả</option>${LEGAL_DOC_KINDS.map(
      (k) => h`<option value="${k}"${k === d.kind ? h` selected` : ''}>${LEGAL_DOC_KIND_LABELS[k]}</option>`,
    )}</select></label><button type="submit">Tìm</button></form>
<p role="status">${d.total} văn bản.</p>
<ul class="cards">${d.rows.map(
      (r) => h`<li><h3>${LEGAL_DOC_KIND_LABELS[r.kind as LegalDocKind] ?? r.kind} số ${r.number}</h3><p>${r.title}</p>
<p class="muted">${r.issuer}, ban hành ngày ${date(r.issuedOn)}${r.effectiveOn ? h`, hiệu lực từ ${date(r.effectiveOn)}` : ''}</p>
${r.summary ? h`<p>${r.summary}</p>` : ''}
${r.fileId ? h`<p><a href="/cong-khai/van-ban/${r.id}/tep" download>Tải văn bản: ${r.fileName ?? 'tệp'}${r.fileSize ? h` (${Math.max(1, Math.round(r.fileSize / 1024))} KB)` : ''}</a></p>` : ''}</li>`,
    )}</ul>${pager(params, '/cong-khai/van-ban', d.page, d.pageSize, d.total)}`,
  );
}

export function notFoundPage(origin: string, path: string, what: string): string {
  return page(
    { title: 'Không tìm thấy trang', description: `Không tìm thấy ${what}.`, url: `${origin}${path}` },
    '',
    h`<h1>Không tìm thấy trang</h1><p>Không tìm thấy ${what}: trang có thể đã được gỡ hoặc địa chỉ không đúng.</p><p><a href="/cong-khai">Về trang chủ cổng thông tin</a></p>`,
  );
}
