import { beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  addEvidence, applyRetention, deleteEvidence, evidenceHead, exportLog, GENESIS, listEvidence, verifyChain,
  verifyEvidence, verifyEvidenceLog, type Evidence, type EvidenceInput, type TactfulDb,
} from '@/lib/store';
import { openFresh, resetIndexedDb } from './helpers';

beforeEach(resetIndexedDb);

const input = (n = 1, over: Partial<EvidenceInput> = {}): EvidenceInput => ({
  platform: 'x', commentId: String(40 + n), author: 'Troll McTroll', handle: 'troll', profileUrl: 'https://x.com/troll',
  text: `You will regret this 🔪  (two spaces kept) #${n}`, truncated: false, permalink: `https://x.com/troll/status/${40 + n}`,
  time: '2026-05-01T09:00:00.000Z', scores: { toxicity: 0.9, hate: 0.1, threat: 0.8, troll: 0.7 }, ...over,
});

/** A log of `n` records captured a minute apart. */
async function logOf(db: TactfulDb, n: number): Promise<Evidence[]> {
  const out: Evidence[] = [];
  for (let i = 1; i <= n; i++) out.push(await addEvidence(db, input(i), `2026-05-01T09:0${i}:00.000Z`));
  return out;
}
const raw = (db: TactfulDb, id: string) => db.get('evidence', id) as Promise<Record<string, unknown>>;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('evidence log', () => {
  it('keeps the text exactly, chained: each SHA-256 covers the record and the hash before it', async () => {
    const db = await openFresh();
    const [first, second] = await logOf(db, 2);
    const e = input(1);
    expect(first!.sha256).toBe(sha(JSON.stringify(['tactful-evidence/1', first!.id, 1, GENESIS, 'comment', 'x', '41', e.author, e.handle,
      e.profileUrl, e.text, false, e.permalink, e.time, [0.9, 0.1, 0.8, 0.7], '2026-05-01T09:01:00.000Z', false])));
    expect(second).toMatchObject({ seq: 2, prevHash: first!.sha256 });
    expect(await evidenceHead(db)).toEqual({ seq: 2, sha256: second!.sha256 });
    expect(verifyEvidence(first!)).toBe(true);
    expect(verifyEvidence({ ...first!, text: 'You will regret this' })).toBe(false);
    expect((await listEvidence(db)).items).toEqual([first, second]);
    expect(await verifyEvidenceLog(db)).toEqual({ intact: true, problems: [] });
  });

  it('names an edited record, whether or not its hash was recomputed', async () => {
    const db = await openFresh();
    const log = await logOf(db, 4);
    await db.put('evidence', { ...log[1], text: 'I never said that' });
    expect(await verifyEvidenceLog(db)).toEqual({ intact: false, problems: [{ seq: 2, kind: 'edited', id: log[1]!.id, detail: expect.any(String) }] });

    // Rewritten with a fresh, valid hash: the next record still links to the original.
    const forged = { ...log[1]!, text: 'I never said that', sha256: '' };
    forged.sha256 = sha(JSON.stringify(['tactful-evidence/1', forged.id, 2, forged.prevHash, 'comment', 'x', forged.commentId, forged.author,
      forged.handle, forged.profileUrl, forged.text, false, forged.permalink, forged.time, [0.9, 0.1, 0.8, 0.7], forged.capturedAt, false]));
    expect(verifyEvidence(forged)).toBe(true);
    await db.put('evidence', forged);
    expect((await verifyEvidenceLog(db)).problems).toEqual([expect.objectContaining({ seq: 2, kind: 'edited' })]);

    // The last record rewritten the same way: the head, kept apart, names the original.
    const last = { ...log[3]!, text: 'nothing to see', sha256: '' };
    const { sha256: _drop, ...content } = last;
    const { hashOf } = await import('@/lib/store/evidence-chain');
    last.sha256 = hashOf({ ...content, sha256: '' });
    await db.put('evidence', last);
    expect((await verifyEvidenceLog(db)).problems.map((p) => [p.seq, p.kind])).toEqual([[2, 'edited'], [4, 'edited']]);
  });

  it('names a removed record, in the middle or at the end', async () => {
    const db = await openFresh();
    const log = await logOf(db, 4);
    await db.delete('evidence', log[1]!.id);
    expect(await verifyEvidenceLog(db)).toEqual({ intact: false, problems: [{ seq: 2, kind: 'removed', detail: 'record #2 is missing' }] });
    await db.delete('evidence', log[3]!.id);
    expect((await verifyEvidenceLog(db)).problems.map((p) => [p.seq, p.kind])).toEqual([[2, 'removed'], [4, 'removed']]);
  });

  it('names reordered records', async () => {
    const db = await openFresh();
    const log = await logOf(db, 4);
    // Swap the places of #2 and #3 (through a free seq: the index is unique).
    await db.put('evidence', { ...log[1], seq: 99 });
    await db.put('evidence', { ...log[2], seq: 2 });
    await db.put('evidence', { ...log[1], seq: 3 });
    const { intact, problems } = await verifyEvidenceLog(db);
    expect(intact).toBe(false);
    expect(problems.map((p) => [p.seq, p.kind, p.id])).toEqual([[2, 'reordered', log[2]!.id], [3, 'reordered', log[1]!.id]]);
  });

  it('deletes with a trace: content erased, the deletion chained, the chain still intact', async () => {
    const db = await openFresh();
    const log = await logOf(db, 3);
    const [deletion] = await deleteEvidence(db, [log[1]!.id], 'user', '2026-06-01T00:00:00.000Z');
    expect(deletion).toMatchObject({ kind: 'deletion', seq: 4, deletes: 2, deletedHash: log[1]!.sha256, reason: 'user', prevHash: log[2]!.sha256 });
    const erased = await raw(db, log[1]!.id);
    expect(erased).toEqual({ id: log[1]!.id, seq: 2, prevHash: log[1]!.prevHash, sha256: log[1]!.sha256, kind: 'erased', erasedAt: '2026-06-01T00:00:00.000Z' });
    expect(JSON.stringify(await listEvidence(db))).not.toContain('#2'); // the text is gone
    expect(await verifyEvidenceLog(db)).toEqual({ intact: true, problems: [] });
    expect(await deleteEvidence(db, [log[1]!.id])).toEqual([]); // already deleted

    // Erasing content without recording the deletion is a removal.
    await db.put('evidence', { id: log[0]!.id, seq: 1, prevHash: GENESIS, sha256: log[0]!.sha256, kind: 'erased', erasedAt: '2026-06-02T00:00:00.000Z' });
    expect((await verifyEvidenceLog(db)).problems).toEqual([expect.objectContaining({ seq: 1, kind: 'removed' })]);
    // So is dropping the deletion record itself (and the head still knows there was a #4).
    await db.delete('evidence', deletion!.id);
    expect((await verifyEvidenceLog(db)).problems.map((p) => [p.seq, p.kind])).toEqual([[1, 'removed'], [2, 'removed'], [4, 'removed']]);
  });

  it('deletes evidence past the retention period, and keeps it forever at 0', async () => {
    const db = await openFresh();
    await addEvidence(db, input(1), '2026-01-01T00:00:00.000Z');
    const recent = await addEvidence(db, input(2), '2026-05-30T00:00:00.000Z');
    const now = new Date('2026-06-01T00:00:00.000Z');
    expect(await applyRetention(db, 0, now)).toBe(0);
    expect(await applyRetention(db, 90, now)).toBe(1);
    const { items } = await listEvidence(db);
    expect(items.map((r) => [r.seq, r.kind])).toEqual([[1, 'erased'], [2, 'comment'], [3, 'deletion']]);
    expect(items[2]).toMatchObject({ deletes: 1, reason: 'retention' });
    expect(items[1]).toEqual(recent);
    expect(await applyRetention(db, 90, now)).toBe(0);
    expect((await verifyEvidenceLog(db)).intact).toBe(true);
  });

  it('chains concurrent captures in one order, none lost', async () => {
    const db = await openFresh();
    await Promise.all(Array.from({ length: 20 }, (_, i) => addEvidence(db, input(i))));
    const { items } = await listEvidence(db);
    expect(items.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await verifyEvidenceLog(db)).toEqual({ intact: true, problems: [] });
  });

  it('refuses bad input by field and writes nothing', async () => {
    const db = await openFresh();
    await expect(addEvidence(db, input(1, { permalink: 'javascript:alert(1)' }))).rejects.toThrow(/permalink/);
    await expect(addEvidence(db, input(1, { profileUrl: 'https://evil.example/troll' }))).rejects.toThrow(/profileUrl/);
    expect(await db.count('evidence')).toBe(0);
    expect(await evidenceHead(db)).toEqual({ seq: 0, sha256: GENESIS });
  });

  it('exports a chain anyone can check from the file alone', async () => {
    const db = await openFresh();
    const log = await logOf(db, 3);
    await deleteEvidence(db, [log[0]!.id]);
    const file = JSON.parse(await exportLog(db, 'evidence', 'json')) as { chainHead: unknown; chain: unknown; records: unknown[] };
    expect(file.chainHead).toEqual(await evidenceHead(db));
    expect(file.chain).toEqual({ intact: true, problems: [] });
    expect(verifyChain(file.records, file.chainHead)).toEqual({ intact: true, problems: [] });
    const edited = file.records.map((r) => ((r as { seq: number }).seq === 2 ? { ...(r as object), text: 'edited' } : r));
    expect(verifyChain(edited, file.chainHead).problems.map((p) => [p.seq, p.kind])).toEqual([[2, 'edited']]);
    const head = await evidenceHead(db);
    const rows = (await exportLog(db, 'evidence', 'csv')).trim().split('\r\n');
    expect(rows).toHaveLength(1 + 4); // header, three records (one erased) and the deletion
    for (const row of rows.slice(1)) expect(row.endsWith(`"#4 ${head.sha256}"`)).toBe(true);
  });
});
