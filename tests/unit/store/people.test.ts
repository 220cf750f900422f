/** The person memory in IndexedDB, a person's case file, forgetting and retention. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addEvidence, applyPeopleRetention, caseFile, deleteEvidence, forgetPerson, getPeople, getPerson, listPeople, notePeople,
  notePersonDecision, peopleWithEvidence, recentPeople, verifyRecords, type EvidenceInput,
} from '@/lib/store';
import type { Seen } from '@/lib/people/person';
import { openFresh, resetIndexedDb } from './helpers';

beforeEach(resetIndexedDb);

const seen = (handle: string, commentId: string, at: string, action: Seen['sighting']['action'] = 'ignore'): Seen => ({
  platform: 'x', handle, profileUrl: `https://x.com/${handle}`, name: handle.toUpperCase(), sighting: { commentId, at, action, troll: 0.8, toxicity: 0.2 },
});
const evidence = (handle: string, n: number, text = `=HYPERLINK("https://evil.example") abuse #${n}`): EvidenceInput => ({
  platform: 'x', commentId: String(100 + n), author: handle.toUpperCase(), handle, profileUrl: `https://x.com/${handle}`, text, truncated: false,
  permalink: `https://x.com/${handle}/status/${100 + n}`, time: '2026-11-20T10:00:00.000Z', scores: { toxicity: 0.9, hate: 0, threat: 0.1, troll: 0.7 },
});

describe('person memory', () => {
  it('merges comments seen in batches that interleave, and keeps no text', async () => {
    const db = await openFresh();
    await Promise.all([
      notePeople(db, [seen('troll', '1', '2026-11-20T09:00:00.000Z'), seen('jane', '2', '2026-11-20T09:01:00.000Z', 'apologise')]),
      notePeople(db, [seen('troll', '3', '2026-11-20T09:05:00.000Z')]),
    ]);
    const troll = await getPerson(db, 'x:troll');
    expect(troll!.comments.map((c) => c.commentId).sort()).toEqual(['1', '3']);
    expect((await getPeople(db, ['x:troll', 'x:jane', 'x:nobody'])).size).toBe(2);
    // Authors a page gives no id for are not remembered.
    await notePeople(db, [{ ...seen('', '4', '2026-11-20T09:06:00.000Z'), profileUrl: '' }]);
    expect((await listPeople(db)).items).toHaveLength(2);
  });

  it('lists the people seen most recently first, a page at a time, searched without loading everyone', async () => {
    const db = await openFresh();
    await notePeople(db, Array.from({ length: 30 }, (_, i) => seen(`p${i}`, String(i), new Date(Date.UTC(2026, 10, 1 + i)).toISOString())));
    const page = await recentPeople(db, 5);
    expect(page.total).toBe(30);
    expect(page.people.map((p) => p.handle)).toEqual(['p29', 'p28', 'p27', 'p26', 'p25']);
    expect((await recentPeople(db, 5, (p) => p.handle.startsWith('p1'))).people.map((p) => p.handle)).toEqual(['p19', 'p18', 'p17', 'p16', 'p15']);
  });

  it('records decisions, also about a person not seen before', async () => {
    const db = await openFresh();
    await notePersonDecision(db, seen('new', '9', '2026-11-20T09:00:00.000Z'), 'ignored', '2026-11-20T09:10:00.000Z');
    expect(await getPerson(db, 'x:new')).toMatchObject({ comments: [{ commentId: '9' }], decisions: [{ commentId: '9', decision: 'ignored' }] });
  });

  it('retention forgets people not seen for the period, except those with evidence; forgetting is by hand too', async () => {
    const db = await openFresh();
    await notePeople(db, [seen('old', '1', '2026-06-01T00:00:00.000Z'), seen('harasser', '2', '2026-06-01T00:00:00.000Z'), seen('recent', '3', '2026-11-10T00:00:00.000Z')]);
    await addEvidence(db, evidence('harasser', 1));
    const keep = await peopleWithEvidence(db);
    expect([...keep]).toEqual(['x:harasser']);
    expect(await applyPeopleRetention(db, 90, keep, new Date('2026-11-20T00:00:00.000Z'))).toBe(1);
    expect((await listPeople(db)).items.map((p) => p.id).sort()).toEqual(['x:harasser', 'x:recent']);
    expect(await applyPeopleRetention(db, 0, new Set(), new Date('2030-01-01T00:00:00.000Z'))).toBe(0); // 0: kept
    await forgetPerson(db, 'x:recent');
    expect(await getPerson(db, 'x:recent')).toBeUndefined();
  });
});

describe('a case file', () => {
  it('holds exactly the person\'s evidence with its hashes, as safe CSV and exact JSON that can be checked on its own', async () => {
    const db = await openFresh();
    await notePeople(db, [seen('troll', '101', '2026-11-20T10:00:00.000Z')]);
    await notePersonDecision(db, seen('troll', '101', '2026-11-20T10:00:00.000Z'), 'reported');
    const mine = [await addEvidence(db, evidence('troll', 1)), await addEvidence(db, evidence('other', 2)), await addEvidence(db, evidence('troll', 3))];
    await deleteEvidence(db, [mine[1]!.id]); // someone else's deletion in between: not in this file

    const json = await caseFile(db, 'x:troll', 'json', new Date('2026-11-21T00:00:00.000Z'));
    expect(json.records).toBe(2);
    const file = JSON.parse(json.text);
    expect(file).toMatchObject({ format: 'tactful-case-file', exportedAt: '2026-11-21T00:00:00.000Z', person: { id: 'x:troll', decisions: [{ decision: 'reported' }] }, chain: { intact: true }, chainHead: { seq: 4 } });
    expect(file.records.map((r: { seq: number; text: string }) => [r.seq, r.text])).toEqual([[1, mine[0]!.text], [3, mine[2]!.text]]);
    expect(verifyRecords(file.records)).toEqual({ intact: true, problems: [] });
    file.records[1].text = 'softened';
    expect(verifyRecords(file.records).problems).toMatchObject([{ seq: 3, kind: 'edited' }]);

    const csv = await caseFile(db, 'x:troll', 'csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('"sha256","chain_head"');
    expect(csv.text).toContain(mine[2]!.sha256);
    expect(csv.text).not.toContain('other');
    expect(csv.text).toContain(`"'=HYPERLINK(""https://evil.example"") abuse #1"`); // the formula defused
  });

  it('is empty, not an error, for a person without evidence', async () => {
    const db = await openFresh();
    expect((await caseFile(db, 'x:nobody', 'csv')).records).toBe(0);
    expect(JSON.parse((await caseFile(db, 'x:nobody', 'json')).text).records).toEqual([]);
  });
});

describe('after forgetting', () => {
  it('a rescore (knownOnly) does not bring the person back; a new sighting starts afresh', async () => {
    const db = await openFresh();
    await notePeople(db, [seen('troll', '1', '2026-11-20T09:00:00.000Z')]);
    await forgetPerson(db, 'x:troll');
    await notePeople(db, [seen('troll', '1', '2026-11-20T09:00:00.000Z', 'mute')], { knownOnly: true });
    expect(await getPerson(db, 'x:troll')).toBeUndefined();
    await notePeople(db, [seen('troll', '2', '2026-11-21T09:00:00.000Z')]);
    expect((await getPerson(db, 'x:troll'))!.comments.map((c) => c.commentId)).toEqual(['2']);
  });
});
