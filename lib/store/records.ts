/**
 * Validated reads and writes. Every record is checked with its zod schema on the way in *and* out: the database
 * may hold data from an older build, an import or a bug, and a bad record must be reported and skipped, never
 * crash the panel.
 */
import type { z } from 'zod';
import type { TactfulDb } from './db';

export interface Corrupt {
  store: string;
  key: string;
  /** "field: reason" for each problem. */
  problems: string[];
}

export interface Listed<T> {
  items: T[];
  corrupt: Corrupt[];
}

export function problemsOf(error: z.ZodError): Array<{ field: string; reason: string }> {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(record)', reason: i.message }));
}

export class InvalidRecord extends Error {
  constructor(readonly store: string, readonly problems: Array<{ field: string; reason: string }>) {
    super(`invalid ${store} record: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`);
  }
}

/** Parses a record read from `store`; undefined (and one entry in `corrupt`) when it does not match. */
export function readRecord<T>(schema: z.ZodType<T>, store: string, key: IDBValidKey, value: unknown, corrupt: Corrupt[]): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  corrupt.push({ store, key: String(key), problems: problemsOf(parsed.error).map((p) => `${p.field}: ${p.reason}`) });
  return undefined;
}

/** Parses a record before it is written; throws InvalidRecord naming each bad field. */
export function checkRecord<T>(schema: z.ZodType<T>, store: string, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidRecord(store, problemsOf(parsed.error));
  return parsed.data;
}

/** Every valid record of `values` (read together with their keys), corrupt ones reported. */
export function readAll<T>(schema: z.ZodType<T>, store: string, keys: IDBValidKey[], values: unknown[]): Listed<T> {
  const corrupt: Corrupt[] = [];
  const items: T[] = [];
  values.forEach((v, i) => {
    const item = readRecord(schema, store, keys[i]!, v, corrupt);
    if (item !== undefined) items.push(item);
  });
  return { items, corrupt };
}

/** Every valid record of a store, or of an index (optionally only those matching `query`), in key order. */
export async function listStore<T>(db: TactfulDb, store: string, schema: z.ZodType<T>, index?: string, query?: IDBValidKey): Promise<Listed<T>> {
  const os = db.transaction(store).store;
  const source = index ? os.index(index) : os;
  const [keys, values] = await Promise.all([source.getAllKeys(query), source.getAll(query)]);
  return readAll(schema, store, keys, values);
}
