import { tenants } from '../db/schema.js';
import { generateDemoDataset } from '../demo/generate.js';
import { seedDataset } from '../demo/seed.js';
import { openExclusive } from './ops.js';

export async function runMigrate() {
  const o = await openExclusive('migrate');
  try {
    await o.database.migrate();
    await o.audit.anchors.ensureKeyed(o.database.db);
  } finally {
    await o.close();
  }
  console.log('Đã áp dụng các bản chuyển đổi cơ sở dữ liệu.');
}

export async function runSeed() {
  const o = await openExclusive('seed');
  const d = o.database;
  await d.migrate();
  await o.audit.anchors.ensureKeyed(d.db);
  const data = generateDemoDataset();
  const rows = await d.db.select().from(tenants);
  if (rows.some((t) => t.code === data.tenant.code)) {
    console.log(`Đã có dữ liệu trình diễn (${data.tenant.code}); không nạp lại.`);
  } else {
    await seedDataset(d.db, data);
    console.log(`Đã nạp dữ liệu trình diễn: ${data.people.length} cá nhân, ${data.orgs.length} cơ quan, đơn vị.`);
  }
  await o.audit.anchors.anchorHeads(d.db);
  await o.close();
}
