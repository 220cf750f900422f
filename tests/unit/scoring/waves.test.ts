/** Waves (the same text from several accounts) and the established troll: the context a single comment lacks. */
import { describe, expect, it } from 'vitest';
import { assess, assessBatch } from '@/lib/scoring/score';
import { findWaves, waveSizes } from '@/lib/scoring/waves';

const RUMOUR = 'They are closing all 40 stores next month, share before they delete this';

describe('waves', () => {
  it('groups the same or nearly the same text from three or more accounts, within a day', () => {
    const items = [
      { id: '1', text: RUMOUR, author: 'a' },
      { id: '2', text: `${RUMOUR}!!`, author: 'b' },
      { id: '3', text: `@shop ${RUMOUR} 😡`, author: 'c' },
      { id: '4', text: 'Love the new jacket, the colour is perfect for winter', author: 'd' },
    ];
    expect(findWaves(items)).toEqual([[0, 1, 2]]);
    expect(waveSizes(items)).toEqual([3, 3, 3, undefined]);
  });
  it('is no wave when one account repeats itself, when texts are short, or more than a day apart', () => {
    expect(findWaves([1, 2, 3].map((i) => ({ id: String(i), text: RUMOUR, author: 'same' })))).toEqual([]);
    expect(findWaves([1, 2, 3].map((i) => ({ id: String(i), text: 'first!', author: `a${i}` })))).toEqual([]);
    const day = 24 * 3600 * 1000;
    expect(findWaves([0, 2, 4].map((d, i) => ({ id: String(i), text: RUMOUR, author: `a${i}`, time: d * day })))).toEqual([]);
  });
  it('a claim wave is fact-checked once for the audience; a spam or troll wave is muted; threats stay reports', () => {
    const batch = (text: string) => assessBatch(['a', 'b', 'c'].map((author, i) => ({ id: String(i), text, author })));
    expect(batch(RUMOUR).map((a) => a.action)).toEqual(['fact-check', 'fact-check', 'fact-check']);
    expect(batch(RUMOUR)[0]!.reasons[0]).toEqual({ code: 'wave', evidence: '3' });
    expect(new Set(batch('lol this company is a total joke, nobody asked, cope harder').map((a) => a.action))).toEqual(new Set(['mute']));
    expect(batch('I know where your manager lives and he will regret this, watch your back').map((a) => a.action)).toEqual(['report', 'report', 'report']);
  });
});

describe('established-troll: a person whose provocations were ignored often enough is muted', () => {
  const text = 'lol nobody asked, cope harder 🤡';
  it('below the setting the provocation is ignored, at it muted, with the pattern as the reason', () => {
    expect(assess({ id: '1', text, person: { ignoredProvocations: 2, muteAfter: 3 } }).action).toBe('ignore');
    const a = assess({ id: '1', text, person: { ignoredProvocations: 3, muteAfter: 3 } });
    expect(a.action).toBe('mute');
    expect(a.reasons[0]).toEqual({ code: 'repeat-offender', evidence: '3' });
  });
  it('a complaint from the same person is still a complaint', () => {
    expect(assess({ id: '1', text: "My order #4411 still hasn't arrived after 3 weeks. I want a refund.", person: { ignoredProvocations: 5, muteAfter: 3 } }).action).toBe('apologise');
  });
});
