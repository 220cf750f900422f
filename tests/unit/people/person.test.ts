/** The person memory's rules: who a person is, what is kept of their comments, the pattern a card shows. */
import { describe, expect, it } from 'vitest';
import { decide, MAX_SIGHTINGS, pattern, personId, remember, scoringContext, type Seen } from '@/lib/people/person';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-20T09:00:00.000Z');
const at = (days: number): string => new Date(T0 + days * DAY).toISOString();
const seen = (commentId: string, days: number, action: Seen['sighting']['action'] = 'ignore', who: Partial<Seen> = {}): Seen => ({
  platform: 'x', handle: 'trollface99', profileUrl: 'https://x.com/trollface99', name: 'Troll Face', ...who,
  sighting: { commentId, at: at(days), action, troll: 0.9, toxicity: 0.3 },
});

describe('who a person is', () => {
  it('is the handle per platform, else the profile address (a platform without handles), else nobody', () => {
    expect(personId({ platform: 'x', handle: 'trollface99', profileUrl: 'https://x.com/trollface99' })).toBe('x:trollface99');
    expect(personId({ platform: 'instagram', handle: 'trollface99', profileUrl: '' })).toBe('instagram:trollface99');
    expect(personId({ platform: 'facebook', handle: '', profileUrl: 'https://www.facebook.com/profile.php?id=100' })).toBe('facebook:https://www.facebook.com/profile.php?id=100');
    expect(personId({ platform: 'facebook', handle: '', profileUrl: '' })).toBeUndefined();
  });
});

describe('remembering', () => {
  it('keeps each comment once with its judgement, newest last, bounded; first and last seen follow the times', () => {
    let p = remember(undefined, seen('1', 2));
    p = remember(p, seen('2', 0, 'answer'));
    p = remember(p, seen('1', 2, 'mute')); // seen again, judged again
    expect(p.comments.map((c) => [c.commentId, c.action])).toEqual([['2', 'answer'], ['1', 'mute']]);
    expect([p.firstSeen, p.lastSeen]).toEqual([at(0), at(2)]);
    expect(JSON.stringify(p)).not.toMatch(/text/);
    for (let i = 0; i < MAX_SIGHTINGS + 20; i++) p = remember(p, seen(`n${i}`, 3 + i / 1000));
    expect(p.comments).toHaveLength(MAX_SIGHTINGS);
    expect(p.comments.at(-1)!.commentId).toBe(`n${MAX_SIGHTINGS + 19}`);
  });

  it('one decision per comment: a changed mind replaces it', () => {
    let p = remember(undefined, seen('1', 0));
    p = decide(p, '1', 'ignored', at(0));
    p = decide(p, '1', 'reported', at(1));
    expect(p.decisions).toEqual([{ commentId: '1', decision: 'reported', at: at(1) }]);
  });
});

describe('an established troll', () => {
  const ignored = (n: number, days = 1) => {
    let p = remember(undefined, seen('0', 0));
    for (let i = 1; i <= n; i++) p = decide(remember(p, seen(String(i), i * days)), String(i), 'ignored', at(i * days));
    return p;
  };
  it('counts the provocations the user ignored within the window', () => {
    expect(scoringContext(ignored(3), T0 + 4 * DAY, { muteAfter: 3, windowDays: 14 })).toEqual({ ignoredProvocations: 3, muteAfter: 3 });
    // Ignored a week apart: the first two fall out of a 14-day window three weeks later.
    expect(scoringContext(ignored(3, 7), T0 + 22 * DAY, { muteAfter: 3, windowDays: 14 }).ignoredProvocations).toBe(2);
  });
});

describe('the pattern on a card', () => {
  it('"3rd provocation in 7 days · ignored twice"', () => {
    let p = remember(undefined, seen('a', 0));
    p = decide(p, 'a', 'ignored', at(0));
    p = remember(p, seen('b', 3));
    p = decide(p, 'b', 'ignored', at(3));
    p = remember(p, seen('c', 7));
    expect(pattern(p, 'c', T0 + 7 * DAY, 14)).toMatchObject({ kind: 'provocation', nth: 3, days: 7, decisions: { ignored: 2, muted: 0, answered: 0 } });
    // The second one was the 2nd in 3 days.
    expect(pattern(p, 'b', T0 + 7 * DAY, 14)).toMatchObject({ nth: 2, days: 3 });
    // Within 24 hours is "within a day" (1); past it, at least 2, else rounded.
    const span = (days: number) => pattern(remember(remember(undefined, seen('x', 0)), seen('y', days)), 'y', T0 + days * DAY, 14)!.days;
    expect([span(0.2), span(1), span(1.25), span(6.4), span(6.6)]).toEqual([1, 1, 2, 6, 7]);
  });
  it('counts comments of the same kind only, and says nothing about a first comment with no history', () => {
    let p = remember(undefined, seen('q', 0, 'answer'));
    expect(pattern(p, 'q', T0, 14)).toBeUndefined();
    p = remember(p, seen('t', 1, 'ignore'));
    expect(pattern(p, 't', T0 + DAY, 14)).toBeUndefined(); // their first provocation
    p = remember(p, seen('r', 2, 'report'));
    p = decide(p, 'q', 'answered', at(0.5));
    expect(pattern(p, 'r', T0 + 2 * DAY, 14)).toMatchObject({ kind: 'abuse', nth: 1, decisions: { answered: 1 } });
    expect(pattern(p, 'q', T0 + 2 * DAY, 14)).toMatchObject({ kind: 'comment', nth: 1 });
  });
});
