import type { IDBPTransaction } from 'idb';
import type { TactfulDb } from './db';

export type WriteTx = IDBPTransaction<unknown, string[], 'readwrite'>;

/**
 * Runs `work` in one readwrite transaction and commits everything it queued in `writes` together — or, on any
 * error (a write that throws at once, a request that fails later, a full disk), aborts so none of it lands.
 * Without the abort, requests queued before a synchronous throw would still commit (half a replace).
 */
export async function allOrNothing<T>(db: TactfulDb, stores: string[], work: (tx: WriteTx, writes: Promise<unknown>[]) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  tx.done.catch(() => undefined); // its failure is the writes' failure, reported below
  const writes: Promise<unknown>[] = [];
  try {
    const result = await work(tx, writes);
    await Promise.all([...writes, tx.done]);
    return result;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already aborted by the request that failed
    }
    await Promise.allSettled(writes);
    throw err;
  }
}
