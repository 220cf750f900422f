/**
 * Writing and reading the evidence chain. Every write reads the head, hashes and writes the record(s) and the new
 * head in one IndexedDB transaction (hashing is synchronous, so nothing else is awaited inside it); two panels
 * or the worker writing at once are serialised by IndexedDB, and `seq` is a unique index besides.
 */
import { STORES, type TactfulDb } from './db';
import {
  ChainHeadSchema, EMPTY_HEAD, EvidenceRecordSchema, EvidenceSchema, GENESIS, HEAD_KEY, type ChainHead, type Deletion, type Evidence,
  type EvidenceInput, type EvidenceRecord,
} from './evidence';
import { hashOf, verifyChain, type ChainReport } from './evidence-chain';
import { allOrNothing, type WriteTx } from './all-or-nothing';
import { checkRecord, readAll, type Listed } from './records';

const STORE = STORES.evidence;
const CHAIN = [STORE, STORES.meta];

async function readHead(tx: WriteTx): Promise<ChainHead> {
  const parsed = ChainHeadSchema.safeParse(await tx.objectStore(STORES.meta).get(HEAD_KEY));
  return parsed.success ? parsed.data : EMPTY_HEAD;
}

/** Seals `record` as the next link after `head`, queues its write, and returns it with the new head. */
function append<R extends EvidenceRecord>(tx: WriteTx, head: ChainHead, record: Omit<R, 'seq' | 'prevHash' | 'sha256'>, writes: Promise<unknown>[]): { record: R; head: ChainHead } {
  const linked = { ...record, seq: head.seq + 1, prevHash: head.sha256, sha256: '' } as unknown as R;
  linked.sha256 = hashOf(linked);
  writes.push(tx.objectStore(STORE).add(checkRecord(EvidenceRecordSchema, STORE, linked)));
  return { record: linked, head: { seq: linked.seq, sha256: linked.sha256 } };
}

const writeHead = (tx: WriteTx, head: ChainHead, writes: Promise<unknown>[]): void => {
  writes.push(tx.objectStore(STORES.meta).put(head, HEAD_KEY));
};

/** Captures a comment as evidence now; returns the stored record, chained. Throws on a quota or storage error. */
export async function addEvidence(db: TactfulDb, input: EvidenceInput, capturedAt = new Date().toISOString()): Promise<Evidence> {
  const content = { ...input, kind: 'comment' as const, capturedAt, id: crypto.randomUUID() };
  // Validated before the transaction opens: a bad field is reported by name and nothing is written.
  checkRecord(EvidenceSchema, STORE, { ...content, seq: 1, prevHash: GENESIS, sha256: GENESIS });
  return allOrNothing(db, CHAIN, async (tx, writes) => {
    const { record, head } = append<Evidence>(tx, await readHead(tx), content, writes);
    writeHead(tx, head, writes);
    return record;
  });
}

/**
 * Deletes evidence: each record's content is erased (its place and hash stay, so the chain still links) and a
 * deletion record naming it is appended. Records already deleted, or not evidence of a comment, are skipped.
 * Returns the deletion records written.
 */
export function deleteEvidence(db: TactfulDb, ids: readonly string[], reason: Deletion['reason'] = 'user', at = new Date().toISOString()): Promise<Deletion[]> {
  return allOrNothing(db, CHAIN, async (tx, writes) => {
    let head = await readHead(tx);
    const done: Deletion[] = [];
    for (const id of ids) {
      const parsed = EvidenceSchema.safeParse(await tx.objectStore(STORE).get(id));
      if (!parsed.success) continue;
      const { seq, prevHash, sha256 } = parsed.data;
      writes.push(tx.objectStore(STORE).put({ id, seq, prevHash, sha256, kind: 'erased', erasedAt: at }));
      const appended = append<Deletion>(tx, head, { id: crypto.randomUUID(), kind: 'deletion', deletes: seq, deletedHash: sha256, reason, at }, writes);
      head = appended.head;
      done.push(appended.record);
    }
    writeHead(tx, head, writes);
    return done;
  });
}

/** Deletes (as recorded deletions) evidence captured more than `days` days before `now`; 0 keeps it forever. */
export async function applyRetention(db: TactfulDb, days: number, now = new Date()): Promise<number> {
  if (days <= 0) return 0;
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const old = await db.transaction(STORE).store.index('capturedAt').getAllKeys(IDBKeyRange.upperBound(cutoff, true));
  return old.length ? (await deleteEvidence(db, old.map(String), 'retention', now.toISOString())).length : 0;
}

/** Every record of the chain (evidence, deletions, erased places) in chain order; damaged ones listed apart. */
export async function listEvidence(db: TactfulDb): Promise<Listed<EvidenceRecord>> {
  const index = db.transaction(STORE).store.index('seq');
  const [keys, values] = await Promise.all([index.getAllKeys(), index.getAll()]);
  return readAll(EvidenceRecordSchema, STORE, keys, values);
}

export async function evidenceHead(db: TactfulDb): Promise<ChainHead> {
  const parsed = ChainHeadSchema.safeParse(await db.get(STORES.meta, HEAD_KEY));
  return parsed.success ? parsed.data : EMPTY_HEAD;
}

/** Checks the whole stored log; `problems` names each edited, removed, reordered or inserted record. */
export async function verifyEvidenceLog(db: TactfulDb): Promise<ChainReport> {
  const tx = db.transaction([STORE, STORES.meta]);
  const [records, head] = await Promise.all([tx.objectStore(STORE).getAll(), tx.objectStore(STORES.meta).get(HEAD_KEY)]);
  return verifyChain(records, head);
}

/** True when one record's content still matches its own hash (the chain is checked by verifyEvidenceLog). */
export const verifyEvidence = (e: Evidence): boolean => hashOf(e) === e.sha256;
