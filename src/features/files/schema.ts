// Response schemas of stored evidence files (./store.ts), shared by the features that attach them.
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../server/schemas.js';

/** A file just stored. */
export const StoredFileOut = z
  .object({ id: Uuid, fileName: z.string(), size: z.number().int(), sha256: z.string(), mime: z.string() })
  .openapi('StoredFile');

/** A file listed with its owner (filesOf), never with its content. */
export const OwnedFileOut = StoredFileOut.extend({ ownerId: Uuid }).openapi('OwnedFile');
