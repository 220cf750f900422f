import { beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportGuide, firstRun, importGuide } from '@/lib/store/guide-io';
import { getSettings } from '@/lib/store/settings';
import { putSource } from '@/lib/store/sources';
import { deleteTemplate, listTemplates, putTemplate } from '@/lib/store/templates';
import { openFresh, resetIndexedDb, template } from './helpers';

beforeEach(resetIndexedDb);

const file = (over: Record<string, unknown> = {}) => ({ format: 'tactful-guide', schemaVersion: 1, templates: [], sources: [], ...over });
const defaultGuide = async () => JSON.parse(await readFile(resolve(import.meta.dirname, '../../../assets/guide/default-guide.json'), 'utf8')) as unknown;

describe('guide import', () => {
  it('lists every bad record, field and reason, and changes nothing', async () => {
    const db = await openFresh();
    await putTemplate(db, template({ id: 'kept' }));
    const result = await importGuide(db, file({
      templates: [
        { id: 'ok', situation: 'thanks', language: 'en', variants: ['Thanks, {name}!'] },
        { id: 'bad-var', situation: 'thanks', language: 'en', variants: ['Hi {firstname}'] },
        { situation: 'thanks', language: 'de', variants: [] },
        { id: 'ok', situation: 'thanks', language: 'en', variants: ['Again'] },
      ],
      sources: [{ id: 's', title: 'T', url: 'ftp://example.org', claim: 'c' }],
    }));
    expect(result).toEqual({ ok: false, errors: [
      { record: 'templates[1] (bad-var)', field: 'variants.0', reason: 'unknown variable {firstname}' },
      { record: 'templates[2]', field: 'id', reason: expect.any(String) },
      { record: 'templates[2]', field: 'language', reason: expect.any(String) },
      { record: 'templates[2]', field: 'variants', reason: expect.any(String) },
      { record: 'templates[3] (ok)', field: 'id', reason: 'duplicate id in this file' },
      { record: 'sources[0] (s)', field: 'url', reason: expect.any(String) },
    ] });
    expect((await listTemplates(db)).items.map((t) => t.id)).toEqual(['kept']);
  });

  it('rejects a file that is not a guide, or of another schema version', async () => {
    const db = await openFresh();
    expect(await importGuide(db, '{not json')).toMatchObject({ ok: false, errors: [{ record: 'file', field: '', reason: expect.stringMatching(/^not JSON/) }] });
    expect(await importGuide(db, file({ schemaVersion: 2 }))).toMatchObject({ ok: false, errors: [{ record: 'file', field: 'schemaVersion' }] });
    expect(await importGuide(db, [])).toMatchObject({ ok: false, errors: [{ record: 'file' }] });
  });

  it('fills bookkeeping a hand-written pack leaves out, merges by id, or replaces the guide', async () => {
    const db = await openFresh();
    await putTemplate(db, template({ id: 'a' }));
    const at = '2026-05-01T00:00:00.000Z';
    const pack = file({ templates: [{ id: 'b', situation: 'thanks', language: 'nl', variants: ['Dank je, {name}!'] }] });
    expect(await importGuide(db, JSON.stringify(pack), { at })).toEqual({ ok: true, templates: 1, sources: 0 });
    expect((await listTemplates(db)).items).toEqual([template({ id: 'a' }),
      { id: 'b', situation: 'thanks', language: 'nl', title: '', variants: ['Dank je, {name}!'], tags: [], created: at, lastReviewed: at, timesUsed: 0 }]);
    await importGuide(db, pack, { mode: 'replace' });
    expect((await listTemplates(db)).items.map((t) => t.id)).toEqual(['b']);
  });

  it('round-trips: export → import into an empty database → export gives the same guide', async () => {
    const db = await openFresh();
    await firstRun(db, await defaultGuide());
    await putTemplate(db, template({ id: 'used', timesUsed: 7, lastUsed: '2026-04-01T10:00:00.000Z', tags: ['team', 'x'] }));
    await putSource(db, { id: 's', title: 'Report', url: 'https://example.org/r', claim: 'It is unsafe', lastChecked: '2026-03-01T00:00:00.000Z', tags: ['lab'] });
    const { file: first } = await exportGuide(db, 'Acme guide');
    db.close();

    resetIndexedDb();
    const other = await openFresh();
    expect(await importGuide(other, JSON.parse(JSON.stringify(first)))).toMatchObject({ ok: true, templates: 17, sources: 1 });
    const { file: second } = await exportGuide(other, 'Acme guide');
    expect({ ...second, exportedAt: 0 }).toEqual({ ...first, exportedAt: 0 });
  });
});

describe('first run', () => {
  it('loads the default guide and its code of conduct exactly once', async () => {
    const db = await openFresh();
    const guide = await defaultGuide();
    expect(await firstRun(db, guide)).toBe(true);
    const loaded = await listTemplates(db);
    expect(loaded.items).toHaveLength(16);
    expect(loaded.corrupt).toEqual([]);
    expect((await getSettings(db)).codeOfConduct.nl).toMatch(/^Onze huisregels/);

    // A user who deletes a default template does not get it back on the next start.
    await deleteTemplate(db, 'default-thanks-en');
    expect(await firstRun(db, guide)).toBe(false);
    expect((await listTemplates(db)).items).toHaveLength(15);
  });

  it('two starts racing load it once', async () => {
    const db = await openFresh();
    const guide = await defaultGuide();
    const results = await Promise.all([firstRun(db, guide), firstRun(db, guide)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await db.count('templates')).toBe(16);
  });
});
