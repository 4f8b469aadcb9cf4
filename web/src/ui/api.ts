// The one way the web app talks to the server: JSON over fetch under /api/v1, the session cookie,
// the CSRF header on every unsafe request, and errors turned into a typed ApiError whose message is
// the server's Vietnamese text and whose fields can be shown next to the right form field.
import { isoDatesToVN } from './format';

export const API_BASE = '/api/v1';

export interface ApiFieldError {
  field: string;
  label: string;
  message: string;
  row?: number;
  column?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: ApiFieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (e: unknown, status?: number): e is ApiError =>
  e instanceof ApiError && (status === undefined || e.status === status);

/** A Vietnamese message for anything thrown, for places that only need text. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Đã xảy ra lỗi ngoài dự kiến. Vui lòng thử lại.';
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

let onUnauthenticated: (() => void) | null = null;
/** Called when any request (other than signing in) answers 401. */
export function setUnauthenticatedHandler(handler: (() => void) | null) {
  onUnauthenticated = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function queryString(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Address of a server download (Excel export, template) with the given filters. */
export const downloadUrl = (path: string, query?: Query) => `${API_BASE}${path}${queryString(query)}`;

const FALLBACK: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ.',
  401: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu.',
  409: 'Dữ liệu vừa bị thay đổi hoặc bị trùng.',
  413: 'Tệp hoặc dữ liệu gửi lên quá lớn.',
  429: 'Thao tác quá nhiều lần. Vui lòng thử lại sau.',
};

async function send<T>(
  method: string,
  path: string,
  init: { query?: Query; json?: unknown; form?: FormData } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.form) {
    body = init.form;
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}${queryString(init.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; fields?: ApiFieldError[] } } | null)?.error;
    // Some server messages quote dates as ISO ("trước 2026-01-05"); users read dd/mm/yyyy.
    const e = new ApiError(
      res.status,
      err?.code ?? `HTTP_${res.status}`,
      isoDatesToVN(
        err?.message ??
          FALLBACK[res.status] ??
          'Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại hoặc báo quản trị viên.',
      ),
      (err?.fields ?? []).map((f) => ({ ...f, message: isoDatesToVN(f.message) })),
    );
    if (res.status === 401 && path !== '/auth/sign-in') onUnauthenticated?.();
    throw e;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => send<T>('GET', path, { query }),
  post: <T = void>(path: string, json?: unknown) => send<T>('POST', path, { json: json ?? {} }),
  patch: <T>(path: string, json: unknown) => send<T>('PATCH', path, { json }),
  put: <T>(path: string, json: unknown) => send<T>('PUT', path, { json }),
  del: <T = void>(path: string) => send<T>('DELETE', path),
  upload: <T>(path: string, form: FormData) => send<T>('POST', path, { form }),
};
