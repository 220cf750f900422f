/** The sources object store: fact-check sources a reply can cite for the audience. */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { httpsUrl, id, isoDate } from './common';
import type { TactfulDb } from './db';
import { checkRecord, listStore, readRecord, type Corrupt, type Listed } from './records';

export const SourceSchema = z.object({
  id,
  title: z.string().trim().min(1).max(LIMITS.sourceTitle),
  url: httpsUrl,
  /** The claim this source answers, in the user's words ("our bottles contain BPA"). */
  claim: z.string().trim().min(1).max(LIMITS.claim),
  lastChecked: isoDate,
  tags: z.array(z.string().trim().min(1).max(50)).max(30),
});
export type Source = z.infer<typeof SourceSchema>;

const STORE = 'sources';

export const listSources = (db: TactfulDb): Promise<Listed<Source>> => listStore(db, STORE, SourceSchema);

export async function getSource(db: TactfulDb, sourceId: string, corrupt: Corrupt[] = []): Promise<Source | undefined> {
  const value: unknown = await db.get(STORE, sourceId);
  return value === undefined ? undefined : readRecord(SourceSchema, STORE, sourceId, value, corrupt);
}

export async function putSource(db: TactfulDb, source: Source): Promise<Source> {
  const valid = checkRecord(SourceSchema, STORE, source);
  await db.put(STORE, valid);
  return valid;
}

export async function deleteSource(db: TactfulDb, sourceId: string): Promise<void> {
  await db.delete(STORE, sourceId);
}
