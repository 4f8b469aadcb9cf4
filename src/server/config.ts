// Settings read from the environment, with the defaults a newcomer needs.
import { parseTrustProxy } from './client-address.js';
import { fromRoot } from '../paths.js';

export interface RuntimeConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  secureCookies: boolean;
  webRoot: string;
  sessionHours: number;
  /** Reverse proxies of our own in front of the server (X-Forwarded-For is read only then). */
  trustProxy: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT không hợp lệ: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: env.DATA_DIR ?? './data',
    databaseUrl: env.DATABASE_URL || null,
    secureCookies: env.SECURE_COOKIES === 'true',
    webRoot: env.WEB_ROOT ?? fromRoot('dist', 'web'),
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}
