// `users reset-password USERNAME` and `users grant USERNAME ROLE ORG_CODE`: the operator's way back
// into a deployment where nobody can sign in as an administrator any more. They work on the
// database of DATA_DIR or DATABASE_URL directly (no server, no session) and are audited as the
// command line. Exit 0 on success, 2 with a Vietnamese message for wrong input, 1 otherwise.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { organisations, roleGrants, tenants, users } from '../db/schema.js';
import { ROLE_LABELS, ROLES, type Role } from '../domain/registry/vocab.js';
import { appendAudit } from '../features/audit/append.js';
import { endCredentials } from '../features/auth/credentials.js';
import { hashPassword, passwordAcceptable, PASSWORD_RULE_MESSAGE } from '../server/passwords.js';

export const USERS_USAGE = `Cách dùng:
  npm run -s cli -- users reset-password TÊN_ĐĂNG_NHẬP [--tenant MÃ]
      Đặt lại mật khẩu. Mật khẩu mới đọc từ đầu vào chuẩn (dòng đầu tiên), hoặc được hỏi (không hiện
      trên màn hình) khi chạy trực tiếp ở cửa sổ lệnh. Mọi phiên đăng nhập và mã truy cập API của
      tài khoản bị thu hồi; việc tạm chặn đăng nhập (nếu có) được gỡ.
  npm run -s cli -- users grant TÊN_ĐĂNG_NHẬP VAI_TRÒ MÃ_ĐƠN_VỊ [--tenant MÃ]
      Cấp vai trò trên một cơ quan, đơn vị (và toàn bộ đơn vị trực thuộc). VAI_TRÒ: ${ROLES.join(', ')}.
  --tenant MÃ chỉ cần khi hệ thống có nhiều đơn vị triển khai.
  Chạy trên cơ sở dữ liệu của DATA_DIR (dừng máy chủ trước) hoặc DATABASE_URL.`;

/** Lines for the main help text. */
export const USERS_HELP_LINES = `  users reset-password TÊN    đặt lại mật khẩu (đọc từ đầu vào chuẩn hoặc hỏi); thu hồi mọi phiên và mã truy cập API
  users grant TÊN VAI_TRÒ MÃ_ĐƠN_VỊ   cấp vai trò (${ROLES.join(', ')}) trên một cơ quan, đơn vị`;

export interface UsersIO {
  /** The new password: the first line of standard input, or asked for without echo on a terminal. */
  readPassword(prompt: string): Promise<string>;
  out(s: string): void;
  err(s: string): void;
}

/**
 * Standard input and output of the process. A terminal is asked twice, without echo; otherwise the
 * first line of standard input is the password (`printf '%s\n' "$PW" | npm run -s cli -- users …`).
 */
export function processUsersIO(): UsersIO {
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    async readPassword(prompt) {
      if (!process.stdin.isTTY) return firstLine(await readAll(process.stdin));
      const first = await askHidden(prompt);
      const again = await askHidden('Nhập lại mật khẩu mới: ');
      if (first !== again) throw new UsageError('Hai lần nhập mật khẩu không khớp.');
      return first;
    },
  };
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    chunks.push(c as Buffer);
    size += (c as Buffer).length;
    if (size > 64 * 1024) throw new UsageError('Đầu vào chuẩn quá dài (mật khẩu chỉ cần một dòng).');
  }
  return Buffer.concat(chunks).toString('utf8');
}

const firstLine = (s: string) => s.split(/\r?\n/)[0] ?? '';

/** Reads one line from the terminal without echoing it (prompt on standard error). */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (fn: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      fn();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
        if (ch === '\u0003') return done(() => reject(new UsageError('Đã hủy.')));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** Who the audit log names for what the command line does. */
export const CLI_ACTOR_NAME = 'Quản trị viên vận hành (dòng lệnh)';

/** A wrong command line or input: exit 2 with the message. */
export class UsageError extends Error {}
const Usage = UsageError;

function parse(args: readonly string[]) {
  const positional: string[] = [];
  let tenant: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--tenant') {
      tenant = args[i + 1];
      if (!tenant || tenant.startsWith('-')) throw new Usage('Thiếu mã đơn vị triển khai sau --tenant.');
      i += 1;
    } else if (a.startsWith('--tenant=')) tenant = a.slice('--tenant='.length);
    else if (a.startsWith('-')) throw new Usage(`Không có tùy chọn "${a}".`);
    else positional.push(a);
  }
  return { positional, tenant };
}

async function pickTenant(db: Db, code: string | undefined) {
  const all = await db.select().from(tenants).orderBy(tenants.code);
  if (code) {
    const t = all.find((x) => x.code.toLowerCase() === code.toLowerCase());
    if (!t) throw new Usage(`Không có đơn vị triển khai mã "${code}".`);
    return t;
  }
  if (all.length === 1) return all[0];
  if (all.length === 0)
    throw new Usage('Cơ sở dữ liệu chưa có đơn vị triển khai nào (hãy chạy máy chủ hoặc lệnh seed trước).');
  throw new Usage(
    `Hệ thống có nhiều đơn vị triển khai; chọn một bằng --tenant MÃ (${all.map((t) => t.code).join(', ')}).`,
  );
}

async function findUser(db: Db, tenantId: string, username: string) {
  const name = username.trim().toLowerCase();
  const [u] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.username, name)));
  if (!u) throw new Usage(`Không có tài khoản "${username}".`);
  return u;
}

async function resetPassword(open: () => Promise<Db>, args: string[], io: UsersIO, now: Date) {
  const { positional, tenant: tenantCode } = parse(args);
  if (positional.length === 0) throw new Usage('Thiếu tên đăng nhập.');
  if (positional.length > 1)
    throw new Usage(
      `Thừa tham số "${positional[1]}" (mật khẩu không nhập trên dòng lệnh: nó sẽ nằm lại trong lịch sử lệnh).`,
    );
  const db = await open();
  const tenant = await pickTenant(db, tenantCode);
  const user = await findUser(db, tenant.id, positional[0]);
  const password = (await io.readPassword(`Mật khẩu mới cho "${user.username}": `)).replace(/\r?\n$/, '');
  if (!password) throw new Usage('Chưa nhập mật khẩu mới.');
  if (!passwordAcceptable(password)) throw new Usage(PASSWORD_RULE_MESSAGE);
  const passwordHash = await hashPassword(password);
  const ended = await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: now })
      .where(and(eq(users.tenantId, tenant.id), eq(users.id, user.id)));
    const e = await endCredentials(tx, { tenantId: tenant.id, userId: user.id, username: user.username, now });
    await appendAudit(
      tx,
      { tenantId: tenant.id, userId: null, name: CLI_ACTOR_NAME },
      {
        action: 'user.reset_password',
        entityType: 'user',
        entityId: user.id,
        summary: `Đặt lại mật khẩu tài khoản "${user.username}" bằng dòng lệnh; thu hồi ${e.sessions} phiên đăng nhập và ${e.tokens} mã truy cập API`,
      },
      now,
    );
    return e;
  });
  io.out(
    `Đã đặt lại mật khẩu cho tài khoản "${user.username}" (${user.fullName}); đã thu hồi ${ended.sessions} phiên đăng nhập và ${ended.tokens} mã truy cập API.\n` +
      (user.active
        ? ''
        : 'Lưu ý: tài khoản này đang bị khóa; hãy mở khóa trong màn hình Tài khoản sau khi đăng nhập bằng một tài khoản quản trị.\n'),
  );
}

async function grant(open: () => Promise<Db>, args: string[], io: UsersIO, now: Date) {
  const { positional, tenant: tenantCode } = parse(args);
  if (positional.length < 3) throw new Usage('Cần đủ TÊN_ĐĂNG_NHẬP VAI_TRÒ MÃ_ĐƠN_VỊ.');
  if (positional.length > 3) throw new Usage(`Thừa tham số "${positional[3]}".`);
  const [username, roleRaw, orgCode] = positional;
  const role = roleRaw.trim().toLowerCase();
  if (!(ROLES as readonly string[]).includes(role))
    throw new Usage(
      `Không có vai trò "${roleRaw}". Các vai trò: ${ROLES.map((r) => `${r} (${ROLE_LABELS[r]})`).join(', ')}.`,
    );
  const db = await open();
  const tenant = await pickTenant(db, tenantCode);
  const user = await findUser(db, tenant.id, username);
  const code = orgCode.trim();
  const matches = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenant.id), sql`lower(${organisations.code}) = ${code.toLowerCase()}`));
  const org = matches.find((o) => o.code === code) ?? (matches.length === 1 ? matches[0] : undefined);
  if (!org)
    throw new Usage(
      matches.length
        ? `Có nhiều cơ quan, đơn vị mã "${orgCode}" khác nhau ở chữ hoa, chữ thường; nhập đúng mã.`
        : `Không có cơ quan, đơn vị mã "${orgCode}".`,
    );
  const added = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(roleGrants)
      .values({ tenantId: tenant.id, userId: user.id, role: role as Role, orgId: org.id })
      .onConflictDoNothing()
      .returning({ role: roleGrants.role });
    if (rows.length === 0) return false;
    await appendAudit(
      tx,
      { tenantId: tenant.id, userId: null, name: CLI_ACTOR_NAME },
      {
        action: 'user.grant',
        entityType: 'user',
        entityId: user.id,
        orgId: org.id,
        summary: `Cấp vai trò ${ROLE_LABELS[role as Role]} trên "${org.name}" cho tài khoản "${user.username}" bằng dòng lệnh`,
        after: { role, orgId: org.id },
      },
      now,
    );
    return true;
  });
  io.out(
    added
      ? `Đã cấp vai trò ${ROLE_LABELS[role as Role]} trên "${org.name}" (${org.code}) cho tài khoản "${user.username}" (có hiệu lực ngay; người dùng tải lại trang để thấy).\n`
      : `Tài khoản "${user.username}" đã có vai trò ${ROLE_LABELS[role as Role]} trên "${org.name}"; không thay đổi gì.\n`,
  );
  if (!user.active) io.out('Lưu ý: tài khoản này đang bị khóa.\n');
}

/** Runs `users …` on an open database; the caller opens and closes it. */
export async function runUsers(args: string[], io: UsersIO, db: () => Promise<Db>, now: () => Date): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    (sub ? io.out : io.err)(`${USERS_USAGE}\n`);
    return sub ? 0 : 2;
  }
  try {
    if (sub === 'reset-password') await resetPassword(db, rest, io, now());
    else if (sub === 'grant') await grant(db, rest, io, now());
    else throw new Usage(`Không có lệnh con "users ${sub}".`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`Lỗi: ${e.message}\n\n${USERS_USAGE}\n`);
      return 2;
    }
    throw e;
  }
}
