// DELETE for the round screens. The shared client (ui/api.ts) has no delete verb yet; this one
// sends the same session cookie and CSRF header and turns errors into the same ApiError.
import { API_BASE, ApiError } from '../../ui/api';
import { isoDatesToVN } from '../../ui/format';

export async function apiDelete<T>(path: string, csrfToken: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}`, { method: 'DELETE', headers: { accept: 'application/json', 'x-csrf-token': csrfToken }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; fields?: ApiError['fields'] } } | null)?.error;
    throw new ApiError(
      res.status,
      err?.code ?? `HTTP_${res.status}`,
      isoDatesToVN(err?.message ?? 'Không thực hiện được thao tác. Vui lòng thử lại.'),
      (err?.fields ?? []).map((f) => ({ ...f, message: isoDatesToVN(f.message) })),
    );
  }
  return data as T;
}
