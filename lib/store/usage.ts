/** How much the database holds, to say what to delete when the browser's storage for Tactful is full. */
import { STORES, type TactfulDb } from './db';

export interface StorageUse {
  evidence: number;
  responses: number;
  templates: number;
  sources: number;
}

export async function storageUse(db: TactfulDb): Promise<StorageUse> {
  const [evidence, responses, templates, sources] = await Promise.all(
    [STORES.evidence, STORES.responses, STORES.templates, STORES.sources].map((s) => db.count(s)));
  return { evidence: evidence!, responses: responses!, templates: templates!, sources: sources! };
}

/** IndexedDB refused a write because the origin's storage quota is used up (the transaction is aborted). */
export function isQuotaError(err: unknown): boolean {
  const e = err as { name?: unknown; message?: unknown; inner?: unknown } | null;
  return !!e && (e.name === 'QuotaExceededError' || (typeof e.message === 'string' && /quota/i.test(e.message)));
}
