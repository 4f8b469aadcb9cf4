// The portal's page frame: one small inline stylesheet (no script, no web font, no bundle), a skip
// link, landmarks, and the head every page needs (title, description, Open Graph).
import { h, type Part, trusted } from './html.js';

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute address of the page (Open Graph, canonical). */
  url: string;
  image?: string;
  type?: 'website' | 'article' | 'profile';
}

// Colours meet WCAG 2.1 AA: body #1f1f1f on #fff (16:1), links #0a4f8f on #fff (8.6:1),
// header text #fff on #7a1010 (10:1), muted #4a4a4a on #fff (8.9:1).
const CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f1f1f;background:#fff}
a{color:#0a4f8f}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #f5a300;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:9}
header.site{background:#7a1010;color:#fff}header.site .in{max-width:1040px;margin:0 auto;padding:12px 16px}
header.site a{color:#fff;text-decoration:none}.brand{font-weight:700;font-size:1.15rem}
nav.main ul{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}nav.main a{text-decoration:underline;text-underline-offset:3px}
main{max-width:1040px;margin:0 auto;padding:16px}h1{font-size:1.6rem;line-height:1.3;margin:.4em 0}h2{font-size:1.25rem;margin:1.2em 0 .4em}h3{font-size:1.05rem;margin:.2em 0}
.muted{color:#4a4a4a}.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px}
.cards li{border:1px solid #c8c8c8;border-radius:6px;padding:12px}.tag{display:inline-block;border:1px solid #6b6b6b;border-radius:4px;padding:0 6px;font-size:.85rem;margin-right:4px}
form.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end;margin:8px 0 16px}form.filters label{display:flex;flex-direction:column;font-size:.9rem}
input,select,button{font:inherit;padding:6px 8px;border:1px solid #6b6b6b;border-radius:4px;min-height:40px}button{background:#0a4f8f;color:#fff;border-color:#0a4f8f;cursor:pointer}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #c8c8c8;padding:6px 8px;text-align:left;vertical-align:top}th{background:#f2f2f2}
.table-wrap{overflow-x:auto}img{max-width:100%;height:auto}figure{margin:12px 0}figcaption{font-size:.9rem;color:#4a4a4a}
.pager{display:flex;gap:12px;margin:16px 0}footer.site{border-top:1px solid #c8c8c8;margin-top:32px}footer.site .in{max-width:1040px;margin:0 auto;padding:16px;font-size:.9rem;color:#4a4a4a}
@media (max-width:600px){h1{font-size:1.35rem}main{padding:12px}th,td{padding:4px 6px}}`;

const NAV: [string, string][] = [
  ['/cong-khai', 'Trang chủ'],
  ['/cong-khai/guong-dien-hinh', 'Gương điển hình'],
  ['/cong-khai/quyet-dinh', 'Quyết định khen thưởng'],
  ['/cong-khai/tin-tuc', 'Tin tức'],
  ['/cong-khai/van-ban', 'Văn bản'],
  ['/cong-khai/tra-cuu', 'Tra cứu ý kiến'],
  ['/cong-khai/don-thu', 'Gửi đơn thư'],
];

export function page(meta: PageMeta, current: string, body: Part): string {
  const fullTitle = `${meta.title} — Cổng thông tin thi đua, khen thưởng`;
  return `<!doctype html>${
    h`<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${meta.url}">
<meta property="og:site_name" content="Cổng thông tin thi đua, khen thưởng">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="${meta.type ?? 'website'}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${meta.url}">
${meta.image ? h`<meta property="og:image" content="${meta.image}">` : ''}
<link rel="alternate" type="application/rss+xml" title="Tin tức thi đua, khen thưởng" href="/cong-khai/tin-tuc/rss.xml">
<style>${trusted(CSS)}</style></head>
<body><a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site"><div class="in"><a class="brand" href="/cong-khai">Cổng thông tin thi đua, khen thưởng</a>
<nav class="main" aria-label="Mục chính"><ul>${NAV.map(
      ([href, label]) => h`<li><a href="${href}"${href === current ? h` aria-current="page"` : ''}>${label}</a></li>`,
    )}</ul></nav></div></header>
<main id="noi-dung" tabindex="-1">${body}</main>
<footer class="site"><div class="in">Thông tin công khai theo Luật Thi đua, khen thưởng 2022. Trang không hiển thị số định danh, ngày sinh, địa chỉ, số điện thoại của cá nhân (Nghị định 13/2023/NĐ-CP). <a href="/cong-khai/tin-tuc/rss.xml">RSS tin tức</a> · <a href="/sitemap.xml">Sơ đồ trang</a></div></footer>
</body></html>`.value
  }`;
}

export const pager = (base: URLSearchParams, path: string, page: number, pageSize: number, total: number) => {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return '';
  const link = (p: number) => {
    const q = new URLSearchParams(base);
    q.set('trang', String(p));
    return `${path}?${q.toString()}`;
  };
  return h`<nav class="pager" aria-label="Phân trang">${page > 1 ? h`<a href="${link(page - 1)}" rel="prev">← Trang trước</a>` : ''}<span>Trang ${page}/${pages}</span>${page < pages ? h`<a href="${link(page + 1)}" rel="next">Trang sau →</a>` : ''}</nav>`;
};
