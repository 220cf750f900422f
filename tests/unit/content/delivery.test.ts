import { describe, expect, it } from 'vitest';
import { Delivery, FIRST_RETRY_MS, MAX_RETRY_MS, type Answer } from '@/lib/content/delivery';
import { LIMITS } from '@/lib/limits';
import type { Reply, RequestOf } from '@/lib/messaging/protocol';
import type { Comment } from '@/lib/sites/site-adapter';
import { assess } from '@/lib/scoring/score';

const c = (id: string, text = `comment ${id}`): Comment => ({
  id, platform: 'x', authorName: '', handle: '', profileUrl: '', text, truncated: false, permalink: '',
  timeText: '', timeFrom: 'unknown', depth: 1, isPost: false, byOwner: false,
});
const health = { platform: 'x' as const, commentsFound: 0, missing: [], unreadable: 0 };
type Request = RequestOf<'page/comments'>;

/** A worker that answers (or fails) each batch when the test says so, and a clock the test moves by hand. */
function harness() {
  const sent: Request[] = [];
  const waiting: Array<(r: Reply<Answer>) => void> = [];
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const answered: Array<[string, string]> = [];
  let resyncs = 0;
  const delivery: Delivery = new Delivery({
    send: (request) => { sent.push(request); return new Promise((resolve) => waiting.push(resolve)); },
    health: () => health,
    later: (fn, ms) => timers.push({ fn, ms }),
    answered: (comments, answer) => comments.forEach((x, i) => answered.push([x.id, answer.assessments[i]!.action])),
    resync: () => { resyncs++; },
  });
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return {
    delivery, sent, timers, answered, resyncs: () => resyncs,
    /** Answers the oldest open batch with scores for what it carried. */
    async ok(resync = false) {
      const request = sent[sent.length - waiting.length]!;
      waiting.shift()!({ ok: true, data: { assessments: request.comments.map((x) => assess({ id: x.id, text: x.text })), shield: 'off', resync } });
      await tick();
    },
    async fail(code: 'unreachable' | 'internal' | 'bad-request' = 'unreachable') {
      waiting.shift()!({ ok: false, error: { code, message: 'worker gone' } });
      await tick();
    },
    async fire() {
      timers.shift()!.fn();
      await tick();
    },
    open: () => waiting.length,
  };
}

describe('Delivery', () => {
  it('retries a failed batch with backoff, keeps its reset, and counts comments delivered only once answered', async () => {
    const h = harness();
    h.delivery.offer([c('1'), c('2')]);
    void h.delivery.flush();
    expect(h.sent[0]).toMatchObject({ reset: true, comments: [{ id: '1' }, { id: '2' }] });
    await h.fail();
    expect(h.answered).toEqual([]);
    expect(h.delivery.size).toBe(2);
    expect(h.timers.map((t) => t.ms)).toEqual([FIRST_RETRY_MS]);

    h.delivery.offer([c('3')]); // found while waiting: joins the retry, after the failed ones
    void h.delivery.flush(); // a scan during the backoff does not jump the queue
    expect(h.sent).toHaveLength(1);
    await h.fire();
    expect(h.sent[1]).toMatchObject({ reset: true, comments: [{ id: '1' }, { id: '2' }, { id: '3' }] });
    await h.fail('internal');
    expect(h.timers.map((t) => t.ms)).toEqual([2 * FIRST_RETRY_MS]);
    await h.fire();
    await h.ok();
    expect(h.answered.map(([id]) => id)).toEqual(['1', '2', '3']);
    expect(h.delivery.size).toBe(0);

    h.delivery.offer([c('4')]);
    void h.delivery.flush();
    expect(h.sent[3]).toMatchObject({ reset: false, comments: [{ id: '4' }] });
  });

  it('backs off up to a ceiling and never has two batches in flight', async () => {
    const h = harness();
    h.delivery.offer([c('1')]);
    void h.delivery.flush();
    for (let i = 0; i < 12; i++) {
      expect(h.open()).toBe(1);
      await h.fail();
      void h.delivery.flush();
      await h.fire();
    }
    expect(h.sent).toHaveLength(13);
    await h.fail();
    expect(h.timers[0]!.ms).toBe(MAX_RETRY_MS);
  });

  it('sends a changed comment again and ignores the stale answer for its old text', async () => {
    const h = harness();
    h.delivery.offer([c('1', 'thanks, great service'), c('2')]);
    void h.delivery.flush();
    h.delivery.offer([c('1', 'you are all idiots and clowns')]); // edited while its batch is in flight
    await h.ok();
    expect(h.answered.map(([id]) => id)).toEqual(['2']);
    expect(h.sent[1]!.comments.map((x) => x.text)).toEqual(['you are all idiots and clowns']);
    await h.ok();
    expect(h.answered.map(([id]) => id)).toEqual(['2', '1']);
  });

  it('drops answers from before a navigation, and a refused batch is not resent', async () => {
    const h = harness();
    h.delivery.offer([c('old')]);
    void h.delivery.flush();
    h.delivery.reset();
    h.delivery.offer([c('new')]);
    await h.ok();
    expect(h.answered).toEqual([]);
    expect(h.sent[1]).toMatchObject({ reset: true, comments: [{ id: 'new' }] });
    await h.fail('bad-request');
    expect(h.timers).toEqual([]);
    h.delivery.offer([c('next')]);
    void h.delivery.flush();
    expect(h.sent[2]).toMatchObject({ reset: true, comments: [{ id: 'next' }] }); // the reset still happens
  });

  it('splits what is pending into batches within the protocol limits, in order', async () => {
    const h = harness();
    const big = 'x'.repeat(LIMITS.text);
    h.delivery.offer([...Array.from({ length: LIMITS.batchComments + 3 }, (_, i) => c(String(i))), ...Array.from({ length: 8 }, (_, i) => c(`big${i}`, big))]);
    void h.delivery.flush();
    while (h.open()) await h.ok();
    const sizes = h.sent.map((r) => [r.comments.length, r.comments.reduce((n, x) => n + x.text.length, 0)]);
    for (const [count, chars] of sizes) {
      expect(count).toBeLessThanOrEqual(LIMITS.batchComments);
      expect(chars).toBeLessThanOrEqual(LIMITS.batchChars);
    }
    expect(h.sent.flatMap((r) => r.comments.map((x) => x.id))).toEqual([...Array.from({ length: LIMITS.batchComments + 3 }, (_, i) => String(i)), ...Array.from({ length: 8 }, (_, i) => `big${i}`)]);
    expect(h.sent.map((r) => r.reset)).toEqual([true, ...h.sent.slice(1).map(() => false)]);
  });

  it('passes a worker\'s request to resync on', async () => {
    const h = harness();
    h.delivery.offer([c('1')]);
    void h.delivery.flush();
    await h.ok(true);
    expect(h.resyncs()).toBe(1);
  });
});
