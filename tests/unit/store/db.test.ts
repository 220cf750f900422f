import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openTactfulDb, STORES, UPGRADES } from '@/lib/store/db';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/store/settings';
import type { Corrupt } from '@/lib/store/records';
import { listSources } from '@/lib/store/sources';
import { getTemplate, listTemplates } from '@/lib/store/templates';
import { listResponses, noteSeen } from '@/lib/store/responses';
import { addEvidence, evidenceHead, listEvidence, verifyEvidenceLog } from '@/lib/store/evidence-log';
import { dueForReview } from '@/lib/store/freshness';
import { getPerson, listPeople } from '@/lib/store/people';
import { learningStatus } from '@/lib/store/learning';
import { loadSightings } from '@/lib/store/sightings';
import { scoringContext } from '@/lib/people/person';
import { resetIndexedDb, restoreSaved } from './helpers';

beforeEach(resetIndexedDb);

describe('database schema', () => {
  it('creates every store with its indexes at the current version', async () => {
    const db = await openTactfulDb();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(UPGRADES.length);
    expect([...db.objectStoreNames].sort()).toEqual(Object.values(STORES).sort());
    expect([...db.transaction('responses').store.indexNames].sort()).toEqual(['page', 'person', 'thread']);
    expect([...db.transaction('templates').store.indexNames]).toEqual(['situation-language']);
    expect([...db.transaction('evidence').store.indexNames].sort()).toEqual(['capturedAt', 'seq']);
    expect(db.transaction('evidence').store.index('seq').unique).toBe(true);
    expect([...db.transaction('people').store.indexNames]).toEqual(['lastSeen']);
    expect([...db.transaction('sightings').store.indexNames]).toEqual(['seenAt']);
    db.close();
  });

  it('upgrades a saved version-1 database: data kept, settings split, use counters added, corrupt record skipped', async () => {
    await restoreSaved('v1.json');
    const db = await openTactfulDb();
    expect(db.version).toBe(DB_VERSION);

    const settings = await getSettings(db);
    expect(settings).toMatchObject({ brandName: 'Acme', language: 'nl', shield: 'toxic', replyTargetMinutes: 30,
      agentName: '', templateStaleDays: 45, sourceStaleDays: 45 });
    expect(settings.thresholds.report).toBe(0.8);
    expect('staleDays' in settings).toBe(false);

    const templates = await listTemplates(db);
    expect(templates.items.map((t) => [t.id, t.timesUsed])).toEqual([['t-apology-en', 0], ['t-thanks-nl', 0]]);
    expect((await getTemplate(db, 't-apology-en'))?.variants).toHaveLength(2);
    expect(templates.corrupt).toEqual([{ store: 'templates', key: 't-broken', problems: [expect.stringContaining('variants:')] }]);
    expect((await listSources(db)).items.map((s) => s.id)).toEqual(['s-bpa']);

    // The new stores work after the upgrade.
    await noteSeen(db, { commentId: '1', platform: 'x', permalink: 'https://x.com/a/status/1', page: 'p', thread: 't', person: 'a', firstSeen: '2026-04-01T00:00:00.000Z' });
    expect((await listResponses(db)).items).toHaveLength(1);
    db.close();
  });

  it('upgrades a saved version-2 database: evidence chained in capture order, an edited record flagged, links made https', async () => {
    const saved = await restoreSaved('v2.json');
    const db = await openTactfulDb();
    expect(db.version).toBe(DB_VERSION);
    const [second, altered, first] = saved.stores.evidence as Array<{ id: string; text: string }>;

    const { items } = await listEvidence(db);
    expect(items.map((e) => [e.seq, e.id])).toEqual([[1, first!.id], [2, second!.id], [3, altered!.id]]);
    expect(items.map((e) => e.kind === 'comment' && e.text)).toEqual([first!.text, second!.text, altered!.text]); // text untouched
    expect(items.map((e) => e.kind === 'comment' && (e.legacyAltered ?? false))).toEqual([false, false, true]);
    expect(await evidenceHead(db)).toEqual({ seq: 3, sha256: items[2]!.sha256 });
    // The damaged record stays where it was, outside the chain, and is named; so is the one edited under v2.
    const report = await verifyEvidenceLog(db);
    expect(report.intact).toBe(false);
    expect(report.problems.map((p) => [p.seq, p.kind, p.id])).toEqual([[0, 'edited', '11111111-2222-4333-8444-555555555555'], [3, 'edited', altered!.id]]);
    // New evidence joins the chain after them.
    const next = await addEvidence(db, { platform: 'x', commentId: '9', author: 'A', handle: 'a', profileUrl: '', text: 'abuse', truncated: false,
      permalink: 'https://x.com/a/status/9', time: '1h', scores: { toxicity: 1, hate: 0, threat: 0, troll: 1 } });
    expect(next).toMatchObject({ seq: 4, prevHash: items[2]!.sha256 });

    const sources = (await listSources(db)).items;
    expect(sources.find((s) => s.id === 's-http')).toMatchObject({ url: 'https://example.org/materials', lastChecked: new Date(0).toISOString() });
    expect((await dueForReview(db)).sources.map((s) => s.id)).toContain('s-http');
    const responses = await listResponses(db);
    expect(responses.corrupt).toEqual([]);
    expect(responses.items.find((r) => r.commentId === '1850000000000000004')?.permalink).toBe('https://x.com/acmeshop/status/1850000000000000001');
    expect(await getSettings(db)).toMatchObject({ brandName: 'Acme', agentName: 'Sam', evidenceRetentionDays: 0, codeOfConduct: { en: 'Be kind.' } });
    db.close();
  });

  it('upgrades a saved version-3 database: the person memory starts from the response log, settings gain its defaults', async () => {
    await restoreSaved('v3.json');
    const db = await openTactfulDb();
    expect(db.version).toBe(DB_VERSION);
    const troll = await getPerson(db, 'x:trollface99');
    expect(troll).toMatchObject({ platform: 'x', key: 'trollface99', handle: 'trollface99', firstSeen: '2026-11-18T09:00:00.000Z', lastSeen: '2026-11-20T10:05:00.000Z', comments: [] });
    expect(troll!.decisions.map((d) => [d.commentId.slice(-2), d.decision])).toEqual([['10', 'ignored'], ['11', 'ignored'], ['12', 'ignored'], ['09', 'reported']]);
    // Three ignored within the default 14 days of the last one: the next provocation is muted at once.
    expect(scoringContext(troll!, Date.parse('2026-11-21T00:00:00.000Z'), { muteAfter: 3, windowDays: 14 })).toEqual({ ignoredProvocations: 3, muteAfter: 3 });
    expect((await getPerson(db, 'x:janedoe'))?.decisions).toEqual([{ commentId: '1850000000000000002', decision: 'answered', at: '2026-11-20T08:30:00.000Z' }]);
    // Seen but not decided on, and the damaged entry: no person invented.
    expect((await listPeople(db)).items.map((p) => p.id).sort()).toEqual(['x:janedoe', 'x:trollface99']);
    expect(await getSettings(db)).toMatchObject({ brandName: 'Acme', evidenceRetentionDays: 365, muteAfterIgnored: 3, personWindowDays: 14, peopleRetentionDays: 90 });
    // Everything else is as it was: the evidence chain intact, the response log whole.
    expect(await verifyEvidenceLog(db)).toEqual({ intact: true, problems: [] });
    expect((await listResponses(db)).items).toHaveLength(6);
    // The new stores work.
    expect(await learningStatus(db)).toEqual({ decisions: 0 });
    expect(await loadSightings(db, new Date(0))).toEqual([]);
    db.close();
  });

  it('upgrades a version-1 database whose settings record is junk without crashing, and reports it on read', async () => {
    const v1 = await openTactfulDb({ version: 1 });
    await v1.put('settings', 'not an object', 'settings');
    await v1.put('templates', { id: 'odd', variants: null });
    v1.close();
    const db = await openTactfulDb();
    const corrupt: Corrupt[] = [];
    expect(await getSettings(db, corrupt)).toEqual(DEFAULT_SETTINGS);
    expect(corrupt.map((c) => c.key)).toEqual(['settings']);
    expect((await listTemplates(db)).corrupt.map((c) => c.key)).toEqual(['odd']);
    db.close();
  });

  it('a version-1 database with no settings upgrades without inventing any', async () => {
    const v1 = await openTactfulDb({ version: 1 });
    v1.close();
    const db = await openTactfulDb();
    expect(await db.count('settings')).toBe(0);
    db.close();
  });

  it('lets an older connection go when a newer version opens, so an upgrade is never blocked', async () => {
    const old = await openTactfulDb({ version: 1 });
    const db = await openTactfulDb();
    expect(db.version).toBe(DB_VERSION);
    expect(() => old.transaction('templates')).toThrow();
    db.close();
  });
});
