import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { openTactfulDb, type TactfulDb } from '@/lib/store/db';
import type { Template } from '@/lib/store/templates';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/store');

/** A brand-new, empty IndexedDB for each test. */
export function resetIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export const openFresh = (): Promise<TactfulDb> => openTactfulDb();

interface SavedDb {
  dbVersion: number;
  /** Records per store; stores with out-of-line keys (settings) hold [key, value] pairs. */
  stores: Record<string, unknown[]>;
}

/** Recreates a saved database of an older schema version, records written exactly as saved. */
export async function restoreSaved(file: string): Promise<SavedDb> {
  const saved = JSON.parse(await readFile(join(FIXTURES, file), 'utf8')) as SavedDb;
  const db = await openTactfulDb({ version: saved.dbVersion });
  for (const [store, records] of Object.entries(saved.stores)) {
    for (const r of records) {
      if (db.transaction(store).store.keyPath === null) await db.put(store, (r as [string, unknown])[1], (r as [string, unknown])[0]);
      else await db.put(store, r);
    }
  }
  db.close();
  return saved;
}

export function template(over: Partial<Template> = {}): Template {
  return {
    id: 't1', situation: 'apology', language: 'en', title: 'Apology',
    variants: ['Hi {name}, sorry about {issue}.', 'Sorry {name}, we will fix {issue} today.', '{name}, apologies for {issue}.'],
    tags: [], created: '2026-01-01T00:00:00.000Z', lastReviewed: '2026-01-01T00:00:00.000Z', timesUsed: 0, ...over,
  };
}
