/**
 * The person memory in IndexedDB (`people`): one record per platform and person, written by the worker as it
 * scores comments and as the user decides (lib/people/person.ts holds the rules). The words of a comment are not
 * kept here — only its id, time and judgement; what a person wrote is kept only as evidence, when the user
 * mutes, blocks or reports them.
 */
import { z } from 'zod';
import { ACTIONS } from '../scoring/assessment';
import { LIMITS } from '../limits';
import {
  decide, MAX_DECISIONS, MAX_SIGHTINGS, PERSON_DECISIONS, personId, remember, type Person, type PersonDecision, type Seen,
} from '../people/person';
import { id, isoDate, platform, unit } from './common';
import { STORES, type TactfulDb } from './db';
import { checkRecord, listStore, readRecord, type Listed } from './records';

const STORE = STORES.people;

export const PersonSchema: z.ZodType<Person> = z.object({
  id: z.string().min(3).max(LIMITS.url + 20),
  platform,
  key: z.string().min(1).max(LIMITS.url),
  name: z.string().max(LIMITS.name),
  handle: z.string().max(LIMITS.handle),
  profileUrl: z.string().max(LIMITS.url),
  firstSeen: isoDate,
  lastSeen: isoDate,
  comments: z.array(z.object({ commentId: id, at: isoDate, action: z.enum(ACTIONS), troll: unit, toxicity: unit })).max(MAX_SIGHTINGS),
  decisions: z.array(z.object({ commentId: id, decision: z.enum(PERSON_DECISIONS), at: isoDate })).max(MAX_DECISIONS),
}).refine((p) => p.id === `${p.platform}:${p.key}`, { message: 'id must be platform:key', path: ['id'] });

export const listPeople = (db: TactfulDb): Promise<Listed<Person>> => listStore(db, STORE, PersonSchema);

/**
 * The people seen most recently first, at most `limit` of those `match` accepts (all by default), read with a
 * cursor so a memory of tens of thousands of people is not loaded at once; `total` counts everyone remembered.
 */
export async function recentPeople(db: TactfulDb, limit: number, match: (p: Person) => boolean = () => true): Promise<{ people: Person[]; total: number }> {
  const tx = db.transaction(STORE);
  const people: Person[] = [];
  for (let c = await tx.store.index('lastSeen').openCursor(null, 'prev'); c && people.length < limit; c = await c.continue()) {
    const person = readRecord(PersonSchema, STORE, c.primaryKey, c.value, []);
    if (person && match(person)) people.push(person);
  }
  return { people, total: await tx.store.count() };
}

export async function getPerson(db: TactfulDb, personIdOf: string): Promise<Person | undefined> {
  return readRecord(PersonSchema, STORE, personIdOf, await db.get(STORE, personIdOf), []);
}

/** The stored records of these people (by id); unknown or damaged ones are left out. */
export async function getPeople(db: TactfulDb, ids: Iterable<string>): Promise<Map<string, Person>> {
  const store = db.transaction(STORE).store;
  const wanted = [...new Set(ids)];
  const values = await Promise.all(wanted.map((k) => store.get(k)));
  const out = new Map<string, Person>();
  wanted.forEach((k, i) => {
    const person = readRecord(PersonSchema, STORE, k, values[i], []);
    if (person) out.set(k, person);
  });
  return out;
}

/**
 * Records comments seen (with their judgement) in one transaction, merged into what is stored — two tabs'
 * batches may interleave. Authors without a stable id are not remembered; `knownOnly` updates only people already
 * remembered (a rescore must not bring back someone the user just forgot). Returns the records as written.
 */
export async function notePeople(db: TactfulDb, seen: readonly Seen[], options: { knownOnly?: boolean } = {}): Promise<Map<string, Person>> {
  const tx = db.transaction(STORE, 'readwrite');
  const out = new Map<string, Person>();
  for (const s of seen) {
    const key = personId(s);
    if (!key) continue;
    const stored = out.get(key) ?? readRecord(PersonSchema, STORE, key, await tx.store.get(key), []);
    if (stored || !options.knownOnly) out.set(key, remember(stored, s));
  }
  await Promise.all([...out.values()].map((p) => tx.store.put(checkRecord(PersonSchema, STORE, p))));
  await tx.done;
  return out;
}

/** Records the user's decision about a person's comment (the person is created when not seen before). */
export async function notePersonDecision(db: TactfulDb, who: Seen, decision: PersonDecision, at = new Date().toISOString()): Promise<Person | undefined> {
  const key = personId(who);
  if (!key) return undefined;
  const tx = db.transaction(STORE, 'readwrite');
  const stored = readRecord(PersonSchema, STORE, key, await tx.store.get(key), []);
  const next = decide(stored && stored.comments.some((c) => c.commentId === who.sighting.commentId) ? stored : remember(stored, who), who.sighting.commentId, decision, at);
  await tx.store.put(checkRecord(PersonSchema, STORE, next));
  await tx.done;
  return next;
}

/** Removes a person from the memory (their evidence stays in the evidence log unless deleted there). */
export async function forgetPerson(db: TactfulDb, key: string): Promise<void> {
  await db.delete(STORE, key);
}

/**
 * Forgets people not seen for `days` days who have no evidence in the log (evidence is kept on its own clock);
 * 0 keeps everyone. Returns how many were forgotten.
 */
export async function applyPeopleRetention(db: TactfulDb, days: number, withEvidence: ReadonlySet<string>, now = new Date()): Promise<number> {
  if (days <= 0) return 0;
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const tx = db.transaction(STORE, 'readwrite');
  const stale = await tx.store.index('lastSeen').getAllKeys(IDBKeyRange.upperBound(cutoff, true));
  const gone = stale.map(String).filter((k) => !withEvidence.has(k));
  await Promise.all(gone.map((k) => tx.store.delete(k)));
  await tx.done;
  return gone.length;
}
