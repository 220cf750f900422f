/**
 * What Tactful learned from the user's decisions, in IndexedDB: each decision that differed from the
 * recommendation as one example (`decisions`: the comment's hashed features and the model's logits, never its
 * text; one per comment, a changed mind replaces it), and the per-install layer learned from them (`meta`). The
 * layer is always exactly `replay` of the kept examples in order, so undo and reset are exact; only the newest
 * MAX_EXAMPLES are kept (a replay of all of them takes well under a second).
 */
import { z } from 'zod';
import { ACTIONS, type Action } from '../scoring/assessment';
import { ACTION_DENSE_SIZE } from '../scoring/action-features';
import { emptyLayer, learn, replay, type DecisionExample, type PersonalLayer } from '../scoring/personal';
import { allOrNothing } from './all-or-nothing';
import { isoDate } from './common';
import { STORES, type TactfulDb } from './db';
import { checkRecord, readAll } from './records';

/** Decisions learned from at most (the oldest go first). */
export const MAX_EXAMPLES = 500;
export const LAYER_KEY = 'personal-layer';
const STORE = STORES.decisions;
const K = ACTIONS.length;
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const DecisionExampleSchema: z.ZodType<DecisionExample> = z.object({
  words: z.array(z.number().int().min(0)).max(5_000),
  dense: z.array(finite).length(ACTION_DENSE_SIZE),
  logits: z.array(finite).length(K),
  recommended: z.enum(ACTIONS),
  chosen: z.enum(ACTIONS),
});

export const LearnedSchema = z.object({
  /** `${platform}:${commentId}`: one example per comment. */
  id: z.string().min(3).max(220),
  at: isoDate,
  example: DecisionExampleSchema,
});
export type Learned = z.infer<typeof LearnedSchema>;

const LayerSchema: z.ZodType<PersonalLayer> = z.object({
  version: z.literal(1),
  n: z.number().int().min(0),
  bias: z.array(finite).length(K),
  dense: z.array(finite).length(K * ACTION_DENSE_SIZE),
  words: z.record(z.string(), z.array(finite).length(K)),
});

export interface LearningStatus {
  /** Decisions the layer learned from. */
  decisions: number;
  /** The newest one (what undo takes back). */
  last?: { recommended: Action; chosen: Action; at: string };
}

const WRITES = [STORE, STORES.meta];
const byTime = (a: Learned, b: Learned): number => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

async function kept(tx: { objectStore(name: string): { getAll(): Promise<unknown[]>; getAllKeys(): Promise<IDBValidKey[]> } }): Promise<Learned[]> {
  const store = tx.objectStore(STORE);
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  return readAll(LearnedSchema, STORE, keys, values).items.sort(byTime);
}

/**
 * Applies `change` to the kept examples (writing only what it adds or drops) and stores the layer they give, in one
 * transaction: one more step on the stored layer when a new decision was only appended (replay's own arithmetic,
 * so the result is identical), else a replay of them all.
 */
async function rewrite(db: TactfulDb, change: (examples: Learned[]) => Learned[]): Promise<LearningStatus> {
  return allOrNothing(db, WRITES, async (tx, writes) => {
    const before = await kept(tx);
    const next = change(before).sort(byTime).slice(-MAX_EXAMPLES);
    const was = new Map(before.map((e) => [e.id, e]));
    const keep = new Set(next.map((e) => e.id));
    for (const e of before) if (!keep.has(e.id)) writes.push(tx.objectStore(STORE).delete(e.id));
    for (const e of next) if (was.get(e.id) !== e) writes.push(tx.objectStore(STORE).put(e));
    const stored = LayerSchema.safeParse(await tx.objectStore(STORES.meta).get(LAYER_KEY));
    const appended = next.length === before.length + 1 && before.every((e, i) => next[i] === e);
    const layer = appended && stored.success && stored.data.n === before.length ? learn(stored.data, next.at(-1)!.example) : replay(next.map((e) => e.example));
    writes.push(tx.objectStore(STORES.meta).put(layer, LAYER_KEY));
    return statusOf(next);
  });
}

function statusOf(examples: readonly Learned[]): LearningStatus {
  const last = examples.at(-1);
  return { decisions: examples.length, ...(last ? { last: { recommended: last.example.recommended, chosen: last.example.chosen, at: last.at } } : {}) };
}

/** Learns one decision (replacing an earlier one about the same comment). */
export async function learnDecision(db: TactfulDb, id: string, example: DecisionExample, at = new Date().toISOString()): Promise<LearningStatus> {
  const record = checkRecord(LearnedSchema, STORE, { id, at, example });
  return rewrite(db, (examples) => [...examples.filter((e) => e.id !== id), record]);
}

/** Takes back the newest decision learned. */
export const undoLastDecision = (db: TactfulDb): Promise<LearningStatus> => rewrite(db, (examples) => examples.slice(0, -1));

/** Forgets everything learned. */
export const resetLearning = (db: TactfulDb): Promise<LearningStatus> => rewrite(db, () => []);

export async function learningStatus(db: TactfulDb): Promise<LearningStatus> {
  return statusOf(await kept(db.transaction(STORE)));
}

/** The layer scoring adds; rebuilt from the examples when the stored copy is missing or damaged. */
export async function personalLayer(db: TactfulDb): Promise<PersonalLayer> {
  const stored = LayerSchema.safeParse(await db.get(STORES.meta, LAYER_KEY));
  if (stored.success) return stored.data;
  const examples = await kept(db.transaction(STORE));
  return examples.length ? replay(examples.map((e) => e.example)) : emptyLayer();
}
