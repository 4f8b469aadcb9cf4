import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP baseline).
export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (hashed: string, password: string) => verify(hashed, password).catch(() => false);

let dummy: Promise<string> | null = null;
/** Spend the same time when the user does not exist, so timing does not reveal usernames. */
export async function burnVerify(password: string) {
  dummy ??= hash('not-a-real-password');
  await verifyPassword(await dummy, password);
}

export const PASSWORD_RULE_MESSAGE = 'Mật khẩu phải có ít nhất 8 ký tự, gồm cả chữ và số.';
export function passwordAcceptable(p: string): boolean {
  return p.length >= 8 && p.length <= 200 && /\p{L}/u.test(p) && /\d/.test(p);
}
