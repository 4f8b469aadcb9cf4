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
  /** True when the request came with a bearer API token rather than a signed-in browser session. */
  bearer?: boolean;
}

export interface AppConfig {
  /** Send cookies with the Secure flag (behind HTTPS). */
  secureCookies: boolean;
  /** Where the built web app lives; null serves the API only. */
  webRoot: string | null;
  sessionHours: number;
  /** Reverse proxies of our own in front of the server (TRUST_PROXY); 0 when absent. */
  trustProxy?: number;
}

export type AppEnv = {
  Variables: {
    database: Database;
    config: AppConfig;
    actor: Actor;
    session: SessionInfo;
  };
};
