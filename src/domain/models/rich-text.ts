// Article bodies are written in a small markup and rendered here with every character escaped, so
// no HTML an author (or an attacker with an officer's account) types ever reaches a reader:
//   blank line      → new paragraph
//   "## Tiêu đề"    → a subheading
//   "- mục"         → a bulleted list item
//   "**đậm**"       → bold
//   "![mô tả](anh:<uuid>)" on its own line → an image of the article (alt text required)

export type Block =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'img'; alt: string; fileId: string };

const IMAGE = /^!\[([^\]]+)\]\(anh:([0-9a-f-]{36})\)$/;

export function parseMarkup(src: string): Block[] {
  const blocks: Block[] = [];
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ type: 'p', text: para.join(' ') });
    para = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const img = IMAGE.exec(line);
    if (img) {
      flush();
      blocks.push({ type: 'img', alt: img[1].trim(), fileId: img[2] });
    } else if (line.startsWith('## ')) {
      flush();
      blocks.push({ type: 'h2', text: line.slice(3).trim() });
    } else if (line.startsWith('- ')) {
      flush();
      const last = blocks[blocks.length - 1];
      if (last?.type === 'ul') last.items.push(line.slice(2).trim());
      else blocks.push({ type: 'ul', items: [line.slice(2).trim()] });
    } else para.push(line);
  }
  flush();
  return blocks;
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped inline text with **bold**. */
function inline(s: string): string {
  return escapeHtml(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

/** The body as HTML; `imageUrl` maps an image's file id to its public address. */
export function renderMarkup(src: string, imageUrl: (fileId: string) => string): string {
  return parseMarkup(src)
    .map((b) => {
      switch (b.type) {
        case 'p':
          return `<p>${inline(b.text)}</p>`;
        case 'h2':
          return `<h2>${inline(b.text)}</h2>`;
        case 'ul':
          return `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
        default:
          return `<figure><img src="${escapeHtml(imageUrl(b.fileId))}" alt="${escapeHtml(b.alt)}" loading="lazy" width="640"><figcaption>${escapeHtml(b.alt)}</figcaption></figure>`;
      }
    })
    .join('\n');
}

/** Image file ids the body refers to. */
export function imagesOf(src: string): string[] {
  return parseMarkup(src).flatMap((b) => (b.type === 'img' ? [b.fileId] : []));
}
