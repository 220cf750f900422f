import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidRecord } from '@/lib/store/records';
import { changedFields, DEFAULT_SETTINGS, getSettings, updateSettings } from '@/lib/store/settings';
import { importGuide } from '@/lib/store/guide-io';
import { deleteSource, getSource, listSources, putSource, type Source } from '@/lib/store/sources';
import { dueForReview } from '@/lib/store/freshness';
import { putTemplate } from '@/lib/store/templates';
import { openFresh, resetIndexedDb, template } from './helpers';

beforeEach(resetIndexedDb);

const source = (over: Partial<Source> = {}): Source => ({
  id: 's1', title: 'Lab report', url: 'https://example.org/report', claim: 'Bottles contain BPA',
  lastChecked: '2026-01-01T00:00:00.000Z', tags: [], ...over,
});

describe('sources store', () => {
  it('puts, gets, lists and deletes; refuses a non-web URL', async () => {
    const db = await openFresh();
    await putSource(db, source());
    expect(await getSource(db, 's1')).toEqual(source());
    await expect(putSource(db, source({ id: 's2', url: 'javascript:alert(1)' }))).rejects.toThrow(/url/);
    await expect(putSource(db, source({ id: 's2', url: 'http://example.org/report' }))).rejects.toThrow(/url: must be an https address/);
    expect(await putSource(db, source({ id: 's3', url: ' HTTPS://Example.org' }))).toMatchObject({ url: 'https://example.org/' }); // kept canonical
    await db.put('sources', { id: 'junk' });
    const listed = await listSources(db);
    expect(listed.items.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(listed.corrupt.map((c) => c.key)).toEqual(['junk']);
    await deleteSource(db, 's1');
    expect(await getSource(db, 's1')).toBeUndefined();
  });
});

describe('settings store', () => {
  it('saves only the fields a form changed: a code of conduct imported meanwhile is kept', async () => {
    const db = await openFresh();
    const loaded = await getSettings(db); // the Settings view opens…
    await importGuide(db, { format: 'tactful-guide', schemaVersion: 1, templates: [], sources: [], codeOfConduct: { en: 'House rules' } });
    const patch = changedFields(loaded, { ...loaded, brandName: 'Acme', thresholds: { ...loaded.thresholds, report: 0.9 } });
    expect(patch).toEqual({ brandName: 'Acme', thresholds: { ...loaded.thresholds, report: 0.9 } });
    await updateSettings(db, patch); // …and saves
    expect(await getSettings(db)).toMatchObject({ brandName: 'Acme', codeOfConduct: { en: 'House rules' } });
    expect(changedFields(loaded, loaded)).toEqual({});
  });

  it('gives the defaults before anything is saved, then keeps updates', async () => {
    const db = await openFresh();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await updateSettings(db, { brandName: 'Acme', shield: 'toxic' });
    const next = await updateSettings(db, { thresholds: { ...DEFAULT_SETTINGS.thresholds, report: 0.9 } });
    expect(next).toMatchObject({ brandName: 'Acme', shield: 'toxic', thresholds: { report: 0.9 } });
    expect(await getSettings(db)).toEqual(next);
  });

  it('refuses an invalid update and keeps what was stored', async () => {
    const db = await openFresh();
    await updateSettings(db, { brandName: 'Acme' });
    const error = await updateSettings(db, { shield: 'max' as never, templateStaleDays: 0 }).catch((e: unknown) => e);
    expect((error as InvalidRecord).problems.map((p) => p.field)).toEqual(['shield', 'templateStaleDays']);
    expect((await getSettings(db)).brandName).toBe('Acme');
  });

  it('falls back to the defaults on a corrupt record, and reports it', async () => {
    const db = await openFresh();
    await db.put('settings', { brandName: 42 }, 'settings');
    const corrupt: never[] = [];
    expect(await getSettings(db, corrupt)).toEqual(DEFAULT_SETTINGS);
    expect(corrupt).toHaveLength(1);
  });
});

describe('due for review', () => {
  it('flags templates and sources past the periods in settings, oldest first', async () => {
    const db = await openFresh();
    const now = new Date('2026-06-01T00:00:00.000Z');
    await putTemplate(db, template({ id: 'fresh', lastReviewed: '2026-05-01T00:00:00.000Z' }));
    await putTemplate(db, template({ id: 'old', lastReviewed: '2026-01-01T00:00:00.000Z' }));
    await putTemplate(db, template({ id: 'older', lastReviewed: '2025-12-01T00:00:00.000Z' }));
    await putSource(db, source({ id: 'checked', lastChecked: '2026-03-01T00:00:00.000Z' }));
    await putSource(db, source({ id: 'ancient', lastChecked: '2025-06-01T00:00:00.000Z' }));
    let due = await dueForReview(db, now);
    expect(due.templates.map((t) => t.id)).toEqual(['older', 'old']);
    expect(due.sources.map((s) => s.id)).toEqual(['ancient']);
    await updateSettings(db, { templateStaleDays: 200, sourceStaleDays: 30 });
    due = await dueForReview(db, now);
    expect(due.templates).toEqual([]);
    expect(due.sources.map((s) => s.id)).toEqual(['ancient', 'checked']);
  });
});
