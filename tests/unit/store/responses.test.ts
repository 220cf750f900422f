import { beforeEach, describe, expect, it } from 'vitest';
import { listResponses, noteSeen, pageStats, recordReply, replyStats, responsesForPage, responsesInThread, responsesToPerson, variantUses, type ResponseEntry, type Seen } from '@/lib/store/responses';
import { openFresh, resetIndexedDb } from './helpers';

beforeEach(resetIndexedDb);

const PAGE = 'https://x.com/acme/status/100';
const seen = (commentId: string, firstSeen: string, over: Partial<Seen> = {}): Seen => ({
  commentId, platform: 'x', permalink: `https://x.com/someone/status/${commentId}`, page: PAGE, thread: '100',
  person: `p${commentId}`, firstSeen, ...over,
});

describe('response log', () => {
  it('keeps the earliest sighting and records the reply with its template and variant', async () => {
    const db = await openFresh();
    await noteSeen(db, seen('1', '2026-05-01T10:05:00.000Z'));
    await noteSeen(db, seen('1', '2026-05-01T10:00:00.000Z'));
    await noteSeen(db, seen('1', '2026-05-01T10:09:00.000Z'));
    const entry = await recordReply(db, { ...seen('1', '2026-05-01T10:20:00.000Z'), repliedAt: '2026-05-01T10:30:00.000Z',
      action: 'apologise', templateId: 't1', variant: 2, text: 'Sorry!' });
    expect(entry).toMatchObject({ id: 'x:1', firstSeen: '2026-05-01T10:00:00.000Z', repliedAt: '2026-05-01T10:30:00.000Z', variant: 2 });
    expect((await listResponses(db)).items).toEqual([entry]);
    // Seeing it again later changes nothing.
    await noteSeen(db, seen('1', '2026-05-02T00:00:00.000Z'));
    expect((await listResponses(db)).items).toEqual([entry]);
  });

  it('finds entries by page, thread and person (per platform)', async () => {
    const db = await openFresh();
    await noteSeen(db, seen('1', '2026-05-01T10:00:00.000Z', { person: 'jane' }));
    await noteSeen(db, seen('2', '2026-05-01T10:00:00.000Z', { person: 'jane', thread: '200', page: 'https://x.com/acme/status/200' }));
    await noteSeen(db, seen('3', '2026-05-01T10:00:00.000Z', { person: 'jane', platform: 'instagram', permalink: 'https://www.instagram.com/p/x/c/3/' }));
    expect((await responsesForPage(db, PAGE)).items.map((e) => e.commentId).sort()).toEqual(['1', '3']);
    expect((await responsesInThread(db, '200')).items.map((e) => e.commentId)).toEqual(['2']);
    expect((await responsesToPerson(db, 'x', 'jane')).items.map((e) => e.commentId)).toEqual(['1', '2']);
  });

  it('refuses a reply with an unknown action', async () => {
    const db = await openFresh();
    await expect(recordReply(db, { ...seen('1', '2026-05-01T10:00:00.000Z'), repliedAt: '2026-05-01T10:00:00.000Z', action: 'flame' as never }))
      .rejects.toThrow(/action/);
  });
});

describe('reply-time stats', () => {
  const entry = (firstSeen: string, repliedAt?: string): ResponseEntry => ({
    id: firstSeen, commentId: firstSeen, platform: 'x', permalink: 'https://x.com/a/status/1', page: PAGE, thread: '100',
    person: 'p', firstSeen, ...(repliedAt ? { repliedAt, action: 'answer' as const } : {}),
  });

  it('gives the median reply time and the oldest waiting comment', () => {
    const now = new Date('2026-05-01T12:00:00.000Z');
    const entries = [
      entry('2026-05-01T10:00:00.000Z', '2026-05-01T10:10:00.000Z'), // 10 min
      entry('2026-05-01T10:00:00.000Z', '2026-05-01T11:00:00.000Z'), // 60 min
      entry('2026-05-01T10:00:00.000Z', '2026-05-01T10:30:00.000Z'), // 30 min
      entry('2026-05-01T11:00:00.000Z'), // waiting 60 min
      entry('2026-05-01T09:00:00.000Z'), // waiting 180 min
    ];
    expect(replyStats(entries, now)).toEqual({ replied: 3, medianMinutes: 30, waiting: 2, oldestWaitingMinutes: 180 });
    expect(replyStats(entries.slice(0, 2), now)).toEqual({ replied: 2, medianMinutes: 35, waiting: 0, oldestWaitingMinutes: undefined });
    expect(replyStats([], now)).toEqual({ replied: 0, medianMinutes: undefined, waiting: 0, oldestWaitingMinutes: undefined });
  });

  it('reads a page\'s figures from the database', async () => {
    const db = await openFresh();
    await noteSeen(db, seen('1', '2026-05-01T10:00:00.000Z'));
    await recordReply(db, { ...seen('2', '2026-05-01T10:00:00.000Z'), repliedAt: '2026-05-01T10:20:00.000Z', action: 'thank' });
    await noteSeen(db, seen('3', '2026-05-01T08:00:00.000Z', { page: 'https://x.com/acme/status/999' }));
    expect(await pageStats(db, PAGE, new Date('2026-05-01T11:00:00.000Z')))
      .toEqual({ replied: 1, medianMinutes: 20, waiting: 1, oldestWaitingMinutes: 60, corrupt: [] });
  });

  it('turns replied entries with a template into variant uses for rotation', () => {
    const used = { ...entry('2026-05-01T10:00:00.000Z', '2026-05-01T10:10:00.000Z'), templateId: 't', variant: 1 };
    expect(variantUses([used, entry('2026-05-01T10:00:00.000Z')])).toEqual([{ templateId: 't', variant: 1, at: '2026-05-01T10:10:00.000Z' }]);
  });
});
