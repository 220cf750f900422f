import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidRecord } from '@/lib/store/records';
import { deleteTemplate, getTemplate, listTemplates, markTemplateReviewed, markTemplateUsed, putTemplate, templatesFor } from '@/lib/store/templates';
import { openFresh, resetIndexedDb, template } from './helpers';

beforeEach(resetIndexedDb);

describe('templates store', () => {
  it('puts, gets, lists by situation and language, and deletes', async () => {
    const db = await openFresh();
    await putTemplate(db, template({ id: 'a' }));
    await putTemplate(db, template({ id: 'b', language: 'nl' }));
    await putTemplate(db, template({ id: 'c', situation: 'thanks' }));
    expect((await getTemplate(db, 'a'))?.variants).toHaveLength(3);
    expect((await templatesFor(db, 'apology', 'en')).items.map((t) => t.id)).toEqual(['a']);
    expect((await templatesFor(db, 'apology', 'nl')).items.map((t) => t.id)).toEqual(['b']);
    await deleteTemplate(db, 'a');
    expect(await getTemplate(db, 'a')).toBeUndefined();
    expect((await listTemplates(db)).items.map((t) => t.id)).toEqual(['b', 'c']);
  });

  it('refuses an invalid template and names each bad field', async () => {
    const db = await openFresh();
    const bad = template({ variants: ['Hi {nmae}!'], situation: 'rant' as never });
    const error = await putTemplate(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRecord);
    expect((error as InvalidRecord).problems).toEqual([
      { field: 'situation', reason: expect.any(String) },
      { field: 'variants.0', reason: 'unknown variable {nmae}' },
    ]);
    expect(await db.count('templates')).toBe(0);
  });

  it('reports and skips a corrupt record on read instead of throwing', async () => {
    const db = await openFresh();
    await putTemplate(db, template({ id: 'good' }));
    await db.put('templates', { id: 'bad', situation: 'apology', language: 'en', variants: [] });
    const listed = await listTemplates(db);
    expect(listed.items.map((t) => t.id)).toEqual(['good']);
    expect(listed.corrupt.map((c) => c.key)).toEqual(['bad']);
    expect(listed.corrupt[0]!.problems.some((p) => p.startsWith('variants:'))).toBe(true);
    const corrupt: never[] = [];
    expect(await getTemplate(db, 'bad', corrupt)).toBeUndefined();
    expect(corrupt).toHaveLength(1);
    expect((await templatesFor(db, 'apology', 'en')).corrupt).toHaveLength(1);
  });

  it('counts uses and reviews', async () => {
    const db = await openFresh();
    await putTemplate(db, template({ id: 'a' }));
    await Promise.all([markTemplateUsed(db, 'a', '2026-05-01T00:00:00.000Z'), markTemplateUsed(db, 'a', '2026-05-02T00:00:00.000Z')]);
    await markTemplateReviewed(db, 'a', '2026-05-03T00:00:00.000Z');
    expect(await getTemplate(db, 'a')).toMatchObject({ timesUsed: 2, lastUsed: '2026-05-02T00:00:00.000Z', lastReviewed: '2026-05-03T00:00:00.000Z' });
  });
});
