// The notices screens' query keys: the office's list and one notice under `all`; the public pages
// under the public prefix.
export const noticeKeys = {
  all: ['notices'] as const,
  list: (query: string) => [...noticeKeys.all, query] as const,
  detail: (id: string) => [...noticeKeys.all, id] as const,
  publicNotice: (slug: string) => ['public', 'notices', slug] as const,
  publicFeedback: (code: string) => ['public', 'feedback', code] as const,
};
