import { beforeEach, describe, expect, it } from 'vitest';
import defaultGuide from '@/assets/guide/default-guide.json';
import { draftsFor, logReply, saveReplyAsTemplate, type DraftRequest } from '@/lib/store/drafts';
import { firstRun } from '@/lib/store/guide-io';
import { updateSettings } from '@/lib/store/settings';
import { putSource } from '@/lib/store/sources';
import { getTemplate, putTemplate } from '@/lib/store/templates';
import type { TactfulDb } from '@/lib/store/db';
import { openFresh, resetIndexedDb, template } from './helpers';

beforeEach(resetIndexedDb);

const PAGE = 'https://x.com/acme/status/100';
const request = (handle: string, authorName: string, thread = '100'): DraftRequest => ({
  comment: { platform: 'x', handle, authorName }, situation: 'apology', language: 'en', page: PAGE, thread, fill: { issue: 'the late parcel' },
});

/** The panel's "Reply": take the first draft and log it as sent. */
async function replyWithFirst(db: TactfulDb, req: DraftRequest, commentId: string, at: string) {
  const { drafts } = await draftsFor(db, req);
  const draft = drafts[0]!;
  await logReply(db, { commentId, platform: 'x', permalink: `https://x.com/${req.comment.handle}/status/${commentId}`, page: req.page,
    thread: req.thread, person: req.comment.handle, firstSeen: at, repliedAt: at, action: 'apologise',
    templateId: draft.templateId, variant: draft.variant, text: draft.text });
  return draft;
}

describe('drafts for a comment', () => {
  it('fills the variables from the comment and settings and marks the ones it could not fill', async () => {
    const db = await openFresh();
    await putTemplate(db, template({ variants: ['Hi {name} ({handle}), sorry about {issue}. {agent} from {brand} will reply within {timeframe}.'] }));
    await updateSettings(db, { brandName: 'Acme', agentName: '' });
    const { drafts } = await draftsFor(db, request('janedoe', 'Jane 🌻 Doe'));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.text).toBe('Hi Jane (@janedoe), sorry about the late parcel. [agent?] from Acme will reply within [timeframe?].');
    expect(drafts[0]!.missing).toEqual(['agent', 'timeframe']);
    expect(drafts[0]!.text).not.toMatch(/[{}]/);
  });

  it('addresses Facebook users by their full name, as Facebook has no handles', async () => {
    const db = await openFresh();
    await putTemplate(db, template({ variants: ['{handle}, please keep it civil.'] }));
    const { drafts } = await draftsFor(db, { ...request('100012345', 'Jane Doe'), comment: { platform: 'facebook', handle: '100012345', authorName: 'Jane Doe' } });
    expect(drafts[0]!.text).toBe('Jane Doe, please keep it civil.');
  });

  it('cites the chosen source by its URL', async () => {
    const db = await openFresh();
    await putTemplate(db, template({ situation: 'fact-check', variants: ['For readers: the facts are here: {source}'] }));
    await putSource(db, { id: 's', title: 'Lab', url: 'https://example.org/lab', claim: 'BPA', lastChecked: '2026-01-01T00:00:00.000Z', tags: [] });
    const { drafts } = await draftsFor(db, { ...request('a', 'A'), situation: 'fact-check', sourceId: 's' });
    expect(drafts[0]!.text).toBe('For readers: the facts are here: https://example.org/lab');
  });

  it('gives two people in one thread different variants, and "next variant" is the next draft', async () => {
    const db = await openFresh();
    await putTemplate(db, template());
    const first = await replyWithFirst(db, request('jane', 'Jane'), '1', '2026-05-01T10:00:00.000Z');
    const second = await replyWithFirst(db, request('omar', 'Omar'), '2', '2026-05-01T10:05:00.000Z');
    const third = await replyWithFirst(db, request('li', 'Li'), '3', '2026-05-01T10:10:00.000Z');
    expect(new Set([first.variant, second.variant, third.variant]).size).toBe(3);
    // All three used in the thread: the one used longest ago comes back first, then the others in order of age.
    const { drafts } = await draftsFor(db, request('sam', 'Sam'));
    expect(drafts.map((d) => d.variant)).toEqual([first.variant, second.variant, third.variant]);
    expect((await getTemplate(db, 't1'))!.timesUsed).toBe(3);
  });

  it('does not give a person the variant they got last time, even in another thread', async () => {
    const db = await openFresh();
    await putTemplate(db, template());
    const earlier = await replyWithFirst(db, request('jane', 'Jane', 'other-thread'), '1', '2026-05-01T10:00:00.000Z');
    const { drafts } = await draftsFor(db, request('jane', 'Jane', 'new-thread'));
    expect(drafts[0]!.variant).not.toBe(earlier.variant);
    expect(drafts.at(-1)!.variant).toBe(earlier.variant);
  });

  it('warns when a draft is too similar to a recent reply on the same page', async () => {
    const db = await openFresh();
    await putTemplate(db, template({ variants: ['Hi {name}, we are sorry about {issue}. Please send us a DM with your order number.'] }));
    await replyWithFirst(db, request('jane', 'Jane'), '1', '2026-05-01T10:00:00.000Z');
    const { drafts } = await draftsFor(db, request('omar', 'Omar'));
    expect(drafts[0]!.nearDuplicate).toMatchObject({ match: expect.stringContaining('Hi Jane') });
    expect(drafts[0]!.nearDuplicate!.score).toBeGreaterThan(0.8);
    const elsewhere = await draftsFor(db, { ...request('omar', 'Omar'), page: 'https://x.com/acme/status/999' });
    expect(elsewhere.drafts[0]!.nearDuplicate).toBeUndefined();
  });

  it('fills the facts the comment gave, and the starter guide never asks for them again', async () => {
    const db = await openFresh();
    await firstRun(db, defaultGuide);
    await updateSettings(db, { agentName: 'Sam', brandName: 'Acme' });
    const jane = { platform: 'x' as const, handle: 'janedoe', authorName: 'Jane Doe', text: "My order #4411 still hasn't arrived after 3 weeks. I want a refund." };
    for (const situation of ['apology', 'private-message'] as const) {
      const { drafts } = await draftsFor(db, { ...request('janedoe', 'Jane Doe'), comment: jane, situation, fill: {} });
      expect(drafts.length, situation).toBeGreaterThanOrEqual(3);
      for (const d of drafts) {
        expect(d.text).toContain('#4411');
        expect(d.text).not.toMatch(/order number|order details/i);
      }
    }
    const kees = { platform: 'facebook' as const, handle: '100012345', authorName: 'Kees de Klant', text: 'Al twee weken wachten op mijn jas. Wie helpt mij?' };
    const { drafts } = await draftsFor(db, { ...request('100012345', 'Kees de Klant'), comment: kees, language: 'nl', fill: {} });
    expect(drafts[0]!.text).toMatch(/^Sorry voor het gedoe met je jas, Kees\./);
    expect(drafts.every((d) => !d.text.includes('#'))).toBe(true); // no order number given: none is made up
    // What the user corrects wins over what was read from the comment.
    const fixed = await draftsFor(db, { ...request('100012345', 'Kees de Klant'), comment: kees, language: 'nl', fill: { product: 'winterjas' } });
    expect(fixed.drafts[0]!.text).toContain('je winterjas');
  });

  it('quotes the chosen source\'s claim without its full stop', async () => {
    const db = await openFresh();
    await putTemplate(db, template({ situation: 'fact-check', variants: ['“{claim}” is a common mix-up: {source}'] }));
    await putSource(db, { id: 's', title: 'Lab', url: 'https://example.org/lab', claim: 'Our bottles contain BPA. ', lastChecked: '2026-01-01T00:00:00.000Z', tags: [] });
    const { drafts } = await draftsFor(db, { ...request('a', 'A'), situation: 'fact-check', sourceId: 's' });
    expect(drafts[0]!.text).toBe('“Our bottles contain BPA” is a common mix-up: https://example.org/lab');
  });

  it('finds nothing for a situation without templates; the reply can be saved as a new template', async () => {
    const db = await openFresh();
    await updateSettings(db, { brandName: 'Acme' });
    const req = { ...request('janedoe', 'Jane Doe'), situation: 'answer' as const };
    expect((await draftsFor(db, req)).drafts).toEqual([]);
    const saved = await saveReplyAsTemplate(db, { ...req, reply: 'Hi Jane, @janedoe asked about opening hours: Acme is open until 18:00.' });
    expect(saved.variants).toEqual(['Hi {name}, {handle} asked about opening hours: {brand} is open until 18:00.']);
    const { drafts } = await draftsFor(db, { ...req, comment: { platform: 'x', handle: 'omar', authorName: 'Omar K' } });
    expect(drafts[0]!.text).toBe('Hi Omar, @omar asked about opening hours: Acme is open until 18:00.');
  });
});
