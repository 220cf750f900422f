import { beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { addEvidence, listEvidence, verifyEvidence, type EvidenceInput } from '@/lib/store/evidence';
import { openFresh, resetIndexedDb } from './helpers';

beforeEach(resetIndexedDb);

const input: EvidenceInput = {
  platform: 'x', commentId: '42', author: 'Troll McTroll', handle: 'troll', profileUrl: 'https://x.com/troll',
  text: 'You will regret this 🔪  (two spaces kept)', permalink: 'https://x.com/troll/status/42', time: '2026-05-01T09:00:00.000Z',
  scores: { toxicity: 0.9, hate: 0.1, threat: 0.8, troll: 0.7 },
};

describe('evidence log', () => {
  it('stores the text exactly, with a SHA-256 of the record that anyone can recompute', async () => {
    const db = await openFresh();
    const record = await addEvidence(db, input, '2026-05-01T09:05:00.000Z');
    const expected = createHash('sha256').update(JSON.stringify(['x', '42', 'Troll McTroll', 'troll', 'https://x.com/troll', input.text,
      input.permalink, input.time, [0.9, 0.1, 0.8, 0.7], '2026-05-01T09:05:00.000Z'])).digest('hex');
    expect(record.sha256).toBe(expected);
    expect(await verifyEvidence(record)).toBe(true);
    expect(await verifyEvidence({ ...record, text: 'You will regret this' })).toBe(false);
    const listed = await listEvidence(db);
    expect(listed.items).toEqual([record]);
    expect(listed.items[0]!.text).toBe(input.text);
  });

  it('lists oldest capture first, skips a tampered-shape record and refuses bad input', async () => {
    const db = await openFresh();
    const later = await addEvidence(db, input, '2026-05-02T00:00:00.000Z');
    const earlier = await addEvidence(db, input, '2026-05-01T00:00:00.000Z');
    await db.put('evidence', { ...later, id: crypto.randomUUID(), sha256: 'not a hash' });
    const listed = await listEvidence(db);
    expect(listed.items.map((e) => e.id)).toEqual([earlier.id, later.id]);
    expect(listed.corrupt).toHaveLength(1);
    await expect(addEvidence(db, { ...input, permalink: 'not a url' })).rejects.toThrow(/permalink/);
  });
});
