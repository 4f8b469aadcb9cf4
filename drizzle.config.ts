import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new reviewed SQL migration into drizzle/ from src/db/schema.ts.
// Migrations are forward-only: never edit one that has landed; add a new one.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
