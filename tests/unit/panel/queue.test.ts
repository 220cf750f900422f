import { describe, expect, it } from 'vitest';
import { buildQueue, filterCounts, fold, membersOf, needOf } from '@/lib/panel/queue';
import { DEFAULT_THRESHOLDS } from '@/lib/scoring/policy-settings';
import type { ScoredComment } from '@/lib/messaging/protocol';
import type { Action } from '@/lib/scoring/assessment';
import { threadContext } from '@/lib/thread/answered';

function item(id: string, action: Action, text: string, firstSeen: number, extra: Partial<ScoredComment['assessment']> = {}, time?: string): ScoredComment {
  return {
    firstSeen,
    comment: { id, platform: 'x', authorName: `Author ${id}`, handle: `h${id}`, profileUrl: '', text, truncated: false,
      permalink: '', timeText: '', time, timeFrom: time ? 'exact' : 'unknown', depth: 1, isPost: false, byOwner: false },
    assessment: { language: 'en', tone: { negative: 0.3, neutral: 0.4, positive: 0.3 }, toxicity: 0, hate: 0, threat: 0,
      troll: 0, complaint: 0, misinformation: 0, action, confidence: 0.8, reasons: [], ...extra },
  };
}

const base = { thresholds: DEFAULT_THRESHOLDS, search: '' };

describe('reply desk queue', () => {
  const items = [
    item('thanks', 'thank', 'Love it', 10),
    item('late-complaint', 'apologise', 'Where is my order', 50),
    item('early-complaint', 'apologise', 'Refund please', 20),
    item('question', 'answer', 'Do you ship to Belgium?', 5),
    item('claim', 'fact-check', 'This is fake', 1),
    item('abuse', 'report', 'you idiot', 99, { toxicity: 0.95 }),
    item('troll', 'ignore', 'LOL', 3, { troll: 0.8 }),
  ];

  it('puts harassment first, then complaints by waiting time, questions, misinformation, the rest', () => {
    const q = buildQueue(items, { ...base, filter: 'all' }).map((i) => i.comment.id);
    expect(q).toEqual(['abuse', 'early-complaint', 'late-complaint', 'question', 'claim', 'troll', 'thanks']);
  });

  it('orders complaints by when they were posted when the page gives a time', () => {
    const a = item('a', 'apologise', 'x', 100, {}, '2026-01-01T00:00:00Z');
    const b = item('b', 'apologise', 'y', 50);
    expect(buildQueue([b, a], { ...base, filter: 'all' }).map((i) => i.comment.id)).toEqual(['b', 'a']);
  });

  it('filters: needs a reply drops handled comments; trolls; harassment', () => {
    const handled = new Set(['early-complaint']);
    expect(buildQueue(items, { ...base, filter: 'needs-reply', handled }).map((i) => i.comment.id))
      .toEqual(['late-complaint', 'question', 'claim']);
    expect(buildQueue(items, { ...base, filter: 'trolls' }).map((i) => i.comment.id)).toEqual(['troll']);
    expect(buildQueue(items, { ...base, filter: 'harassment' }).map((i) => i.comment.id)).toEqual(['abuse']);
    expect(filterCounts(items, base)).toEqual({ 'needs-reply': 4, trolls: 1, harassment: 1, all: 7 });
  });

  it('searches text, author and handle without regard to case or accents', () => {
    const cafe = item('cafe', 'answer', 'Het café was dicht?', 1);
    expect(buildQueue([cafe, ...items], { ...base, filter: 'all', search: 'CAFE' }).map((i) => i.comment.id)).toEqual(['cafe']);
    expect(buildQueue(items, { ...base, filter: 'all', search: 'hquestion' }).map((i) => i.comment.id)).toEqual(['question']);
    expect(fold('Ĳsselmeer Ÿ')).toBe('ĳsselmeer y');
  });

  it('never lists the post itself or the owner\'s own replies', () => {
    const post = item('post', 'thank', 'our post', 0);
    post.comment.isPost = true;
    const mine = item('mine', 'answer', 'our reply?', 0);
    mine.comment.byOwner = true;
    expect(buildQueue([post, mine], { ...base, filter: 'all' })).toEqual([]);
  });

  it('treats toxicity over the report threshold as harassment whatever the action', () => {
    expect(needOf(item('x', 'answer', 'hm?', 0, { threat: 0.9 }), DEFAULT_THRESHOLDS)).toBe('harassment');
  });
});

describe('waves in the queue', () => {
  const wave = { key: 'x:w1', comments: 41, accounts: 41 };
  const inWave = (id: string, firstSeen: number, action: Action = 'fact-check') => ({ ...item(id, action, 'They are closing all 40 stores next month', firstSeen), wave });
  const items = [inWave('w3', 30), item('q', 'answer', 'Do you ship to Belgium?', 5), inWave('w1', 10), inWave('w2', 20), item('c', 'apologise', 'Late order', 40)];

  it('one card per wave, where its first comment stands, with every comment of it on this page', () => {
    const q = buildQueue(items, { ...base, filter: 'all' });
    expect(q.map((i) => i.comment.id)).toEqual(['c', 'q', 'w1']);
    expect(membersOf(q[2]!).map((m) => m.comment.id)).toEqual(['w1', 'w2', 'w3']);
    expect(membersOf(q[0]!).map((m) => m.comment.id)).toEqual(['c']);
    expect(filterCounts(items, base).all).toBe(3);
  });

  it('handled comments leave the wave\'s card under "needs a reply"; a wave of one here is a plain card', () => {
    const q = buildQueue(items, { ...base, filter: 'needs-reply', handled: new Set(['w1', 'w2']) });
    const card = q.find((i) => i.comment.id === 'w3')!;
    expect(card.members).toBeUndefined();
    expect(card.wave).toEqual(wave);
    expect(buildQueue(items, { ...base, filter: 'needs-reply', handled: new Set(['w1', 'w2', 'w3']) }).map((i) => i.comment.id)).toEqual(['c', 'q']);
  });
});


describe('the thread in the queue', () => {
  const kees = (id: string, action: Action, text: string, over: Partial<ScoredComment['comment']> = {}): ScoredComment => {
    const i = item(id, action, text, 1_000);
    return { ...i, comment: { ...i.comment, platform: 'facebook', handle: 'kees.klant', authorName: 'Kees de Klant', ...over } };
  };
  const complaint = kees('5001', 'apologise', 'Al twee weken wachten op mijn jas.', { time: '2026-11-29T12:00:00.000Z', timeFrom: 'label' });
  const reply = { ...kees('5002', 'thank', 'Stuur ons je ordernummer?', { parentId: '5001', depth: 2, time: '2026-11-29T13:00:00.000Z', timeFrom: 'label' }) };
  reply.comment = { ...reply.comment, byOwner: true, handle: 'wintergearnl', authorName: 'Winter Gear NL' };
  const followUp = kees('5003', 'answer', 'Nummer 4411, dank 🙏', { parentId: '5002', depth: 3, time: '2026-11-30T12:00:00.000Z', timeFrom: 'label' });
  const other = item('9', 'apologise', 'Mijn rits is stuk', 2_000);
  const all = [complaint, reply, followUp, other];
  const thread = threadContext(all.map((i) => i.comment));

  it('a complaint the owner answered leaves "needs a reply", and stays under "all" marked answered', () => {
    const needs = buildQueue(all, { ...base, filter: 'needs-reply', thread });
    expect(needs.map((i) => i.comment.id)).toEqual(['9', '5003']); // a complaint before the follow-up's question
    const shown = buildQueue(all, { ...base, filter: 'all', thread });
    expect(shown.find((i) => i.comment.id === '5001')!.answered).toMatchObject({ id: '5002', via: 'page', at: Date.parse('2026-11-29T13:00:00.000Z') });
    expect(filterCounts(all, { ...base, thread })['needs-reply']).toBe(2);
  });

  it('a reply through Tactful leaves "needs a reply" through `handled`, so a card handled while the panel is open stays in place', () => {
    const logged = threadContext(all.map((i) => i.comment), new Map([['9', { at: 5_000 }]]));
    expect(buildQueue(all, { ...base, filter: 'needs-reply', thread: logged }).map((i) => i.comment.id)).toContain('9');
    expect(buildQueue(all, { ...base, filter: 'needs-reply', thread: logged, handled: new Set(['9']) }).map((i) => i.comment.id)).not.toContain('9');
  });

  it('the follow-up carries the conversation it continues: the customer\'s first comment and the owner\'s question', () => {
    const card = buildQueue(all, { ...base, filter: 'needs-reply', thread }).find((i) => i.comment.id === '5003')!;
    expect(card.followUp).toMatchObject({ to: '5001', question: 'Stuur ons je ordernummer?', reply: { text: 'Stuur ons je ordernummer?' } });
    expect(card.followUp!.original!.comment.text).toBe('Al twee weken wachten op mijn jas.');
  });
});
