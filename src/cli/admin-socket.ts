// A local door into a running server for operator commands that need its database while it holds
// DATA_DIR (PGlite is one process): a Unix socket, mode 0600 inside DATA_DIR (0700), so only the
// operating-system user that runs the server can use it. One JSON request line, one JSON answer.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type AdminRequest =
  | { op: 'backup'; out: string }
  /** `report statistics` (src/cli/report.ts): the rendered form comes back base64-encoded in `data`. */
  | { op: 'report'; args: import('./report.js').ReportArgs };

export type AdminAnswer = { ok: true; [k: string]: unknown } | { ok: false; message: string };

/** The socket path for a data directory (a short one under the temporary folder when DATA_DIR's is too long). */
export function adminSocketPath(dataDir: string): string {
  const p = join(resolve(dataDir), 'admin.sock');
  if (Buffer.byteLength(p) < 100) return p;
  return join(tmpdir(), `tdkt-admin-${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}.sock`);
}

export async function startAdminSocket(
  dataDir: string,
  handle: (req: AdminRequest) => Promise<AdminAnswer>,
): Promise<{ path: string; close(): void }> {
  const path = adminSocketPath(dataDir);
  // We hold DATA_DIR's lock, so a socket file left here belongs to a dead server.
  if (existsSync(path)) rmSync(path, { force: true });
  const server: Server = createServer((sock) => {
    let buf = '';
    sock.setEncoding('utf8');
    sock.on('data', (chunk) => {
      buf += chunk;
      if (buf.length > 10_000) return sock.destroy();
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      let req: AdminRequest;
      try {
        req = JSON.parse(buf.slice(0, nl)) as AdminRequest;
      } catch {
        sock.end(`${JSON.stringify({ ok: false, message: 'Yêu cầu không hợp lệ.' })}\n`);
        return;
      }
      void handle(req)
        .catch((e): AdminAnswer => ({ ok: false, message: e instanceof Error ? e.message : String(e) }))
        .then((a) => sock.end(`${JSON.stringify(a)}\n`));
    });
    sock.on('error', () => undefined);
  });
  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(path, () => res());
  });
  chmodSync(path, 0o600);
  server.unref();
  return {
    path,
    close: () => {
      server.close();
      rmSync(path, { force: true });
    },
  };
}

export function askServer(path: string, req: AdminRequest, timeoutMs = 30 * 60_000): Promise<AdminAnswer> {
  return new Promise((resolvePromise, reject) => {
    const sock = createConnection(path);
    let buf = '';
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new Error('Máy chủ không trả lời yêu cầu sao lưu.'));
    }, timeoutMs);
    sock.setEncoding('utf8');
    sock.on('connect', () => sock.write(`${JSON.stringify(req)}\n`));
    sock.on('data', (c) => (buf += c));
    sock.on('end', () => {
      clearTimeout(timer);
      try {
        resolvePromise(JSON.parse(buf) as AdminAnswer);
      } catch {
        reject(new Error('Máy chủ trả lời không đọc được.'));
      }
    });
    sock.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
