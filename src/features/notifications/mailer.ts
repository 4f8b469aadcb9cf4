// E-mail for notifications when SMTP is configured (SMTP_URL, MAIL_FROM): an outbox that sends,
// after the step's transaction has committed, every notification not yet e-mailed to users whose
// person record has an address. Sending never blocks or undoes the step itself; a failed send is
// retried on the next pass (up to a day after the notification).
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../db/client.js';
import { notifications, people, users } from '../../db/schema.js';
import { now as clockNow } from '../../server/clock.js';

export interface MailSettings {
  /** e.g. smtps://user:pass@mail.example.gov.vn:465 */
  url: string;
  from: string;
  /** Absolute address of the web app, to turn notification links into full URLs. */
  appUrl: string;
}

export function mailSettingsFrom(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  if (!env.SMTP_URL) return null;
  return {
    url: env.SMTP_URL,
    from: env.MAIL_FROM ?? 'Hệ thống thi đua, khen thưởng <no-reply@localhost>',
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
  };
}

/** Sends what waits in the outbox once; answers how many were sent and how many had no address. */
export async function sendPendingMail(
  db: Db,
  transport: Transporter,
  settings: Pick<MailSettings, 'from' | 'appUrl'>,
  now = clockNow(),
) {
  const since = new Date(now.getTime() - 24 * 3600_000);
  const pending = await db
    .select({ n: notifications, email: people.email })
    .from(notifications)
    .innerJoin(users, and(eq(users.tenantId, notifications.tenantId), eq(users.id, notifications.userId)))
    .leftJoin(people, and(eq(people.tenantId, users.tenantId), eq(people.id, users.personId)))
    .where(and(isNull(notifications.emailedAt), gt(notifications.createdAt, since)))
    .limit(200);
  let sent = 0;
  const noAddress: { tenantId: string; id: string }[] = [];
  for (const { n, email } of pending) {
    if (!email) {
      noAddress.push({ tenantId: n.tenantId, id: n.id });
      continue;
    }
    const link = n.link ? `${settings.appUrl}${n.link}` : settings.appUrl;
    await transport.sendMail({
      from: settings.from,
      to: email,
      subject: n.title,
      text: `${n.title}\n\n${n.body ? `${n.body}\n\n` : ''}Xem tại: ${link}\n\n— Hệ thống quản lý thi đua, khen thưởng (thư tự động, vui lòng không trả lời).`,
    });
    await db
      .update(notifications)
      .set({ emailedAt: now })
      .where(and(eq(notifications.tenantId, n.tenantId), eq(notifications.id, n.id)));
    sent++;
  }
  // Nobody to write to: mark them handled so the outbox does not read them again.
  for (const tenantId of new Set(noAddress.map((x) => x.tenantId))) {
    const ids = noAddress.filter((x) => x.tenantId === tenantId).map((x) => x.id);
    await db
      .update(notifications)
      .set({ emailedAt: now })
      .where(and(eq(notifications.tenantId, tenantId), inArray(notifications.id, ids)));
  }
  return { sent, noAddress: noAddress.length };
}

/** Starts the outbox loop; answers a function that stops it. */
export function startMailOutbox(db: Db, settings: MailSettings, everyMs = 30_000): () => void {
  const transport = nodemailer.createTransport(settings.url);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sendPendingMail(db, transport, settings);
    } catch (e) {
      console.error(`Gửi thư thông báo không thành công (sẽ thử lại): ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  void tick();
  return () => {
    clearInterval(timer);
    transport.close();
  };
}
