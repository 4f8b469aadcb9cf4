// Notifications on each engine: who must act is found through role grants up the organisation
// chain, each user reads and clears only their own, and the e-mail outbox sends each once.
import { sql } from 'drizzle-orm';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { createApp } from '../../server/app.js';
import { orgChain } from '../organisations/tree.js';
import { sendPendingMail } from './mailer.js';
import { notify, usersWithPermission } from './service.js';

const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

describe.each(ENGINES)('notifications on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let tenantId = '';
  let ids: Record<string, string> = {};

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    tenantId = rows<{ id: string }>(await d.db.execute(sql`SELECT id FROM tenants`))[0]!.id;
    ids = Object.fromEntries(
      rows<{ username: string; id: string }>(await d.db.execute(sql`SELECT username, id FROM users`)).map((u) => [
        u.username,
        u.id,
      ]),
    );
  });
  afterAll(() => d?.close());

  it('finds who must act on a unit through grants higher up the tree', async () => {
    const [school] = rows<{ id: string }>(
      await d.db.execute(sql`SELECT id FROM organisations WHERE code = 'T.W1.SCH'`),
    );
    const chain = await orgChain(d.db, tenantId, school!.id);
    const clerks = await usersWithPermission(d.db, tenantId, 'proposal.submit', [school!.id]);
    expect(clerks).toEqual([ids['clerk.school']]);
    const office = await usersWithPermission(d.db, tenantId, 'round.manage', chain);
    expect(office.sort()).toEqual([ids.admin, ids.officer, ids['ward.officer']].sort());
  });

  it('shows each user only their own notifications and lets them clear them', async () => {
    await notify(d.db, tenantId, [ids['clerk.school'], ids['clerk.school'], ids.officer], {
      kind: 'test',
      title: 'Hồ sơ bị trả lại',
      body: 'Thiếu minh chứng.',
      link: '/ho-so/x',
    });
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    const mine = (await clerk.get('/api/v1/notifications')).body;
    expect(mine.unread).toBe(1);
    const officer = new TestClient(app);
    await officer.signIn('officer', FIXTURE_PASSWORD);
    const theirs = (await officer.get('/api/v1/notifications')).body.items[0];
    expect((await clerk.post(`/api/v1/notifications/${theirs.id}/read`)).status).toBe(404);
    expect((await clerk.post(`/api/v1/notifications/${mine.items[0].id}/read`)).status).toBe(200);
    expect((await clerk.get('/api/v1/notifications')).body.unread).toBe(0);
    expect((await officer.get('/api/v1/notifications')).body.unread).toBe(1);
  });

  it('e-mails each notification once to users with an address, and skips the others', async () => {
    // The clerk's account is linked to her person record, which has an address; the viewer's is not.
    await d.db.execute(sql`UPDATE people SET email = 'an.nguyen@example.vn' WHERE full_name = 'Nguyễn Văn An'`);
    await d.db.execute(
      sql`UPDATE users SET person_id = (SELECT id FROM people WHERE full_name = 'Nguyễn Văn An') WHERE username = 'clerk.school'`,
    );
    await notify(d.db, tenantId, [ids['clerk.school'], ids.viewer], {
      kind: 'round.opened',
      title: 'Đợt xét khen thưởng mới',
      link: '/dot-xet/1',
    });
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sentMail: string[] = [];
    const spy = {
      sendMail: async (m: SendMailOptions) => {
        sentMail.push(JSON.stringify(m));
        return transport.sendMail(m);
      },
    } as unknown as Transporter;
    const first = await sendPendingMail(d.db, spy, { from: 'tdkt@example.vn', appUrl: 'https://tdkt.example.vn' });
    const second = await sendPendingMail(d.db, spy, { from: 'tdkt@example.vn', appUrl: 'https://tdkt.example.vn' });
    expect(second).toEqual({ sent: 0, noAddress: 0 });
    // Earlier notifications of this file reach the clerk and the officer too: only the clerk has an address.
    expect(first.sent).toBe(2);
    expect(sentMail).toHaveLength(2);
    expect(
      sentMail.some((m) => m.includes('https://tdkt.example.vn/dot-xet/1') && m.includes('an.nguyen@example.vn')),
    ).toBe(true);
    expect(first.noAddress).toBe(2);
  });
});
