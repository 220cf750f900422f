import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importGuide } from '@/lib/store/guide-io';
import { LIMITS } from '@/lib/limits';
import { putSource } from '@/lib/store/sources';
import { getTemplate, listTemplates, putTemplate } from '@/lib/store/templates';
import { updateSettings } from '@/lib/store/settings';
import type { TactfulDb } from '@/lib/store/db';
import { openFresh, resetIndexedDb, template } from './helpers';

beforeEach(resetIndexedDb);

const file = (over: Record<string, unknown> = {}) => ({ format: 'tactful-guide', schemaVersion: 1, templates: [], sources: [], ...over });
const pack = file({
  templates: [
    { id: 'kept', situation: 'thanks', language: 'en', variants: ['Thanks, {name}!'] },
    { id: 'new-1', situation: 'apology', language: 'nl', variants: ['Sorry, {name}.'] },
    { id: 'new-2', situation: 'answer', language: 'en', variants: ['Good question, {name}.'] },
  ],
  sources: [{ id: 's1', title: 'Lab report', url: 'https://example.org/report', claim: 'BPA' }, { id: 's2', title: 'Sheet', url: 'https://example.org/sheet', claim: 'Leather' }],
  codeOfConduct: { en: 'Be kind.' },
});

/** Every record of the guide's stores, to compare a database before and after. */
async function snapshot(db: TactfulDb): Promise<unknown> {
  const out: Record<string, unknown> = {};
  for (const store of ['templates', 'sources', 'settings']) out[store] = [await db.getAllKeys(store), await db.getAll(store)];
  return out;
}

type Restore = () => void;
/**
 * Makes the `k`-th write (put or clear) of a readwrite transaction fail: thrown at once (`throw`), or as a
 * request that fails later (`request`: a duplicate add, as a full or broken disk would fail it).
 */
function failWrite(k: number, how: 'throw' | 'request'): Restore {
  const proto = IDBObjectStore.prototype;
  const original = { put: proto.put, clear: proto.clear };
  let n = 0;
  const wrap = (name: 'put' | 'clear') => function (this: IDBObjectStore, ...args: unknown[]) {
    if (this.transaction.mode === 'readwrite' && n++ === k) {
      if (how === 'throw') throw new DOMException('injected failure', 'DataError');
      const inline = this.keyPath !== null;
      const value = inline ? { [this.keyPath as string]: '__injected__' } : 'x';
      this.add(value, inline ? undefined : '__injected__');
      return this.add(value, inline ? undefined : '__injected__');
    }
    return (original[name] as (...a: unknown[]) => IDBRequest).apply(this, args);
  };
  proto.put = wrap('put') as typeof proto.put;
  proto.clear = wrap('clear') as typeof proto.clear;
  return () => Object.assign(proto, original);
}

describe('guide import is all or nothing', () => {
  let restore: Restore | undefined;
  afterEach(() => { restore?.(); restore = undefined; });

  for (const mode of ['merge', 'replace'] as const) {
    for (const how of ['throw', 'request'] as const) {
      it(`leaves the database unchanged when any write fails (${mode}, ${how})`, async () => {
        const writes = mode === 'replace' ? 2 + 3 + 2 + 1 : 3 + 2 + 1; // clears, templates, sources, settings
        for (let k = 0; k < writes; k++) {
          resetIndexedDb();
          const db = await openFresh();
          await putTemplate(db, template({ id: 'kept' }));
          await putTemplate(db, template({ id: 'other' }));
          await putSource(db, { id: 's0', title: 'Old', url: 'https://example.org/old', claim: 'c', lastChecked: '2026-01-01T00:00:00.000Z', tags: [] });
          await updateSettings(db, { brandName: 'Acme' });
          const before = await snapshot(db);
          restore = failWrite(k, how);
          const result = await importGuide(db, pack, { mode });
          restore();
          restore = undefined;
          expect(result, `write ${k}`).toEqual({ ok: false, errors: [{ record: 'file', field: '', reason: expect.stringMatching(/^not saved .*nothing was changed$/) }] });
          expect(await snapshot(db), `write ${k}`).toEqual(before);
          db.close();
        }
        // Without a failure the same import goes through.
        resetIndexedDb();
        const db = await openFresh();
        expect(await importGuide(db, pack, { mode })).toEqual({ ok: true, templates: 3, sources: 2 });
      });
    }
  }

  it(`refuses a file over ${LIMITS.importBytes / 1024 / 1024} MB with a clear message, before reading it`, async () => {
    const db = await openFresh();
    const big = JSON.stringify(file({ name: 'x'.repeat(LIMITS.importBytes) }));
    const result = await importGuide(db, big);
    expect(result).toEqual({ ok: false, errors: [{ record: 'file', field: '', reason: 'the file is 5.0 MB; guides of up to 5.0 MB can be imported' }] });
    // Size is counted in bytes: 2.8 M UTF-16 units of emoji are 5.6 MB of UTF-8.
    const emoji = await importGuide(db, JSON.stringify(file({ name: '😀'.repeat(1_400_000) })));
    expect(emoji).toMatchObject({ ok: false, errors: [{ record: 'file', reason: expect.stringMatching(/^the file is 5\.3 MB/) }] });
    expect(await db.count('templates')).toBe(0);
  });
});

describe('a merge never silently overwrites a template the user edited', () => {
  const edited = () => template({ id: 'kept', title: 'Mine', variants: ['My own words, {name}.'], editedAt: '2026-05-01T00:00:00.000Z' });

  it('asks first: lists the conflicts and writes nothing', async () => {
    const db = await openFresh();
    await putTemplate(db, edited());
    expect(await importGuide(db, pack)).toEqual({ ok: false, errors: [], conflicts: [{ id: 'kept', title: 'Mine' }] });
    expect((await listTemplates(db)).items.map((t) => t.id)).toEqual(['kept']);
    expect(await db.count('sources')).toBe(0);
  });

  it('keeps both when asked: the user\'s stays, the file\'s is added beside it', async () => {
    const db = await openFresh();
    await putTemplate(db, edited());
    expect(await importGuide(db, pack, { onConflict: 'keep-both' })).toEqual({ ok: true, templates: 3, sources: 2, keptBoth: 1 });
    expect(await getTemplate(db, 'kept')).toEqual(edited());
    expect((await getTemplate(db, 'kept-imported'))?.variants).toEqual(['Thanks, {name}!']);
    // Importing the same pack again: nothing new to ask, the copy is refreshed in place.
    expect(await importGuide(db, pack, { onConflict: 'keep-both' })).toMatchObject({ ok: true, keptBoth: 1 });
    expect((await listTemplates(db)).items.map((t) => t.id).sort()).toEqual(['kept', 'kept-imported', 'new-1', 'new-2']);
  });

  it('replaces when asked, and does not ask for unedited or identical templates', async () => {
    const db = await openFresh();
    await putTemplate(db, edited());
    expect(await importGuide(db, pack, { onConflict: 'replace' })).toEqual({ ok: true, templates: 3, sources: 2 });
    expect(await getTemplate(db, 'kept')).toMatchObject({ variants: ['Thanks, {name}!'] });
    expect((await getTemplate(db, 'kept'))?.editedAt).toBeUndefined();

    await putTemplate(db, { ...(await getTemplate(db, 'kept'))!, editedAt: '2026-06-01T00:00:00.000Z' }); // edited, same words
    expect(await importGuide(db, pack)).toMatchObject({ ok: true });
    await putTemplate(db, template({ id: 'new-1', variants: ['Changed but never edited by hand'] }));
    expect(await importGuide(db, pack)).toMatchObject({ ok: true });
  });
});
