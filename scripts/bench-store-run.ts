/**
 * The measured part of the store benchmark, shared by Node (fake-indexeddb) and Chromium (real IndexedDB,
 * bundled and run in an extension page by bench-store.ts). Uses the store's public API only.
 */
import { openTactfulDb } from '../lib/store/db';
import { draftsFor } from '../lib/store/drafts';
import { parseGuide } from '../lib/store/guide-file';
import { exportGuide, importGuide } from '../lib/store/guide-io';
import { SITUATIONS, TEMPLATE_LANGUAGES } from '../lib/templates/situations';

/** A guide file with `n` templates spread over every situation and language, three variants each. */
export function syntheticGuide(n: number): unknown {
  const templates = Array.from({ length: n }, (_, i) => ({
    id: `bench-${i}`,
    situation: SITUATIONS[i % SITUATIONS.length],
    language: TEMPLATE_LANGUAGES[(i >> 3) % 2],
    title: `Template ${i}`,
    variants: [0, 1, 2].map((v) => `Hi {name}, reply ${i}.${v} about {issue}. Send us a DM and {agent} from {brand} will help within {timeframe}.`),
    tags: ['bench', `group-${i % 50}`],
  }));
  return { format: 'tactful-guide', schemaVersion: 1, name: 'bench', templates, sources: [] };
}

export interface Figures {
  templates: number;
  validateMs: number;
  importMs: number;
  exportMs: number;
  draftsMs: number;
  variantsRanked: number;
}

const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const t0 = performance.now();
  const result = await f();
  return [result, Math.round((performance.now() - t0) * 10) / 10];
};

/** Validation alone, then the whole import (validate + one transaction), export, and one draft lookup. */
export async function runBench(n: number, dbName: string): Promise<Figures> {
  const file = JSON.stringify(syntheticGuide(n));
  const [parsed, validateMs] = await time(() => parseGuide(file));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  const db = await openTactfulDb({ name: dbName });
  const [result, importMs] = await time(() => importGuide(db, file));
  if (!result.ok || result.templates !== n) throw new Error(`import failed: ${JSON.stringify(result).slice(0, 300)}`);
  const [exported, exportMs] = await time(() => exportGuide(db));
  if (exported.file.templates.length !== n) throw new Error('export lost templates');
  const [drafts, draftsMs] = await time(() => draftsFor(db, {
    comment: { platform: 'x', handle: 'jane', authorName: 'Jane Doe' }, situation: 'apology', language: 'en',
    page: 'https://x.com/acme/status/1', thread: '1', fill: { issue: 'the late parcel' },
  }));
  db.close();
  return { templates: n, validateMs, importMs, exportMs, draftsMs, variantsRanked: drafts.drafts.length };
}
