/**
 * What the worker keeps to find waves across threads (`sightings`): per comment seen, its fingerprint (hashed
 * words, lib/scoring/waves.ts), author id and time — never its text — for one day after it was seen.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { isoDate, platform } from './common';
import { STORES, type TactfulDb } from './db';
import { readAll } from './records';

const STORE = STORES.sightings;

export const SightingSchema = z.object({
  /** `${platform}:${commentId}`. */
  id: z.string().min(3).max(220),
  platform,
  /** The author's person id (lib/people/person.ts), when the page gave one. */
  author: z.string().max(LIMITS.url + 20).optional(),
  /** When the comment was posted, or else first seen (a wave is within 24 hours of it). */
  at: isoDate,
  /** When Tactful saw it: kept one day from then. */
  seenAt: isoDate,
  words: z.array(z.string().max(8)).max(2_000),
});
export type WaveSighting = z.infer<typeof SightingSchema>;

/** Sightings since `since`; older ones are deleted on the way. */
export async function loadSightings(db: TactfulDb, since: Date): Promise<WaveSighting[]> {
  const tx = db.transaction(STORE, 'readwrite');
  const index = tx.store.index('seenAt');
  const old = IDBKeyRange.upperBound(since.toISOString(), true);
  for (let c = await index.openKeyCursor(old); c; c = await c.continue()) await tx.store.delete(c.primaryKey);
  const range = IDBKeyRange.lowerBound(since.toISOString());
  const [keys, values] = await Promise.all([index.getAllKeys(range), index.getAll(range)]);
  await tx.done;
  return readAll(SightingSchema, STORE, keys, values).items;
}

/** Adds or replaces sightings, and deletes those named in `drop` (past the pool's bound). */
export async function saveSightings(db: TactfulDb, add: readonly WaveSighting[], drop: readonly string[] = []): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  await Promise.all([...add.map((s) => tx.store.put(s)), ...drop.map((id) => tx.store.delete(id)), tx.done]);
}

/** Forgets a person's sightings (forgetting a person). */
export async function forgetSightings(db: TactfulDb, author: string): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  for (let c = await tx.store.openCursor(); c; c = await c.continue()) if ((c.value as { author?: string }).author === author) await c.delete();
  await tx.done;
}
