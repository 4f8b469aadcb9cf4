import { join } from 'node:path';
import { openDatabase } from '../db/client.js';
import { tenants } from '../db/schema.js';
import { generateDemoDataset } from '../features/demo/generate.js';
import { seedDataset } from '../features/demo/seed.js';
import { readConfig } from '../server/config.js';

async function open() {
  const cfg = readConfig();
  return openDatabase(cfg.databaseUrl ? { url: cfg.databaseUrl } : { dataDir: join(cfg.dataDir, 'pglite') });
}

export async function runMigrate() {
  const d = await open();
  await d.migrate();
  await d.close();
  console.log('Đã áp dụng các bản chuyển đổi cơ sở dữ liệu.');
}

export async function runSeed() {
  const d = await open();
  await d.migrate();
  const data = generateDemoDataset();
  const rows = await d.db.select().from(tenants);
  if (rows.some((t) => t.code === data.tenant.code)) {
    console.log(`Đã có dữ liệu trình diễn (${data.tenant.code}); không nạp lại.`);
  } else {
    await seedDataset(d.db, data);
    console.log(`Đã nạp dữ liệu trình diễn: ${data.people.length} cá nhân, ${data.orgs.length} cơ quan, đơn vị.`);
  }
  await d.close();
}
