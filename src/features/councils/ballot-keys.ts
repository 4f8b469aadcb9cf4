// Where the keys of open ballot boxes live: never in the database. The server holds each open
// meeting's current key in memory and, when given a directory (`serve` uses DATA_DIR/keys/ballots),
// also in one file per meeting (mode 0600, directory 0700), replaced atomically after every cast
// by the next key of the one-way chain, so that a restart during a vote loses nothing. A key is
// only ever replaced by a newer one, and dropped when the box is opened at the tally.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import type { BoxKey } from './ballot-box.js';

export interface BallotKeyStore {
  /** The key held for a meeting's box, or null. */
  load(tenantId: string, meetingId: string): BoxKey | null;
  /** Keeps `k` unless a newer generation is already held. */
  save(tenantId: string, meetingId: string, k: BoxKey): void;
  /** Forgets the key (after the tally). */
  drop(tenantId: string, meetingId: string): void;
  /** Where the keys are kept, for messages to the operator; null when in memory only. */
  readonly dir: string | null;
}

const name = (tenantId: string, meetingId: string) => `${tenantId}.${meetingId}`;

/** Keys in this process's memory only: a restart loses them (tests, and a server given no directory). */
export function memoryKeyStore(): BallotKeyStore {
  const keys = new Map<string, BoxKey>();
  return {
    dir: null,
    load: (t, m) => keys.get(name(t, m)) ?? null,
    save(t, m, k) {
      const held = keys.get(name(t, m));
      if (!held || held.generation < k.generation)
        keys.set(name(t, m), { generation: k.generation, key: Buffer.from(k.key) });
    },
    drop: (t, m) => void keys.delete(name(t, m)),
  };
}

const FILE_MAGIC = 'tdkt-ballot-key-v1';

function encodeFile(k: BoxKey) {
  return `${FILE_MAGIC}\n${k.generation}\n${k.key.toString('base64')}\n`;
}

function decodeFile(text: string): BoxKey | null {
  const [magic, g, key] = text.split('\n');
  const generation = Number(g);
  const bytes = Buffer.from(key ?? '', 'base64');
  if (magic !== FILE_MAGIC || !Number.isInteger(generation) || generation < 0 || bytes.length !== 32) return null;
  return { generation, key: bytes };
}

/** Keys in memory and in files under `dir` (created 0700; files 0600, written whole then renamed). */
export function fileKeyStore(dir: string): BallotKeyStore {
  const memory = memoryKeyStore();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = (t: string, m: string) => join(dir, `${name(t, m)}.key`);
  const readFile = (t: string, m: string): BoxKey | null => {
    try {
      return decodeFile(readFileSync(path(t, m), 'utf8'));
    } catch {
      return null;
    }
  };
  return {
    dir,
    load(t, m) {
      const inMemory = memory.load(t, m);
      const onDisk = readFile(t, m);
      const newest = !inMemory
        ? onDisk
        : !onDisk
          ? inMemory
          : onDisk.generation > inMemory.generation
            ? onDisk
            : inMemory;
      if (newest) memory.save(t, m, newest);
      return newest;
    },
    save(t, m, k) {
      const held = this.load(t, m);
      if (held && held.generation >= k.generation) return;
      memory.save(t, m, k);
      const tmp = `${path(t, m)}.${process.pid}.${k.generation}.tmp`;
      writeFileSync(tmp, encodeFile(k), { mode: 0o600 });
      const fd = openSync(tmp, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path(t, m));
    },
    drop(t, m) {
      memory.drop(t, m);
      rmSync(path(t, m), { force: true });
    },
  };
}

let current: BallotKeyStore = memoryKeyStore();

/** The store the ballot use cases use. */
export const ballotKeys = (): BallotKeyStore => current;

/** Chooses the store (the server at start-up, with a directory outside the database; tests). */
export function useBallotKeyStore(store: BallotKeyStore) {
  current = store;
}
