import type { Database, Db } from '../db/client.js';
import type { Actor } from './policy.js';

/** What every use case receives: the database, who acts, and the clock. */
export interface Ctx {
  db: Db;
  actor: Actor;
  now: Date;
}

export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
}

export interface AppConfig {
  /** Send cookies with the Secure flag (behind HTTPS). */
  secureCookies: boolean;
  /** Where the built web app lives; null serves the API only. */
  webRoot: string | null;
  sessionHours: number;
}

export type AppEnv = {
  Variables: {
    database: Database;
    config: AppConfig;
    actor: Actor;
    session: SessionInfo;
  };
};
