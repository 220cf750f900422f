/**
 * Learning from the user's decisions (personal.ts): a handful of corrections on one kind of comment moves
 * similar comments, leaves unrelated ones alone, stays within bounds, and undo (replay without the last) is exact.
 */
import { describe, expect, it } from 'vitest';
import { LIMIT, emptyLayer, learn, replay, type DecisionExample } from '@/lib/scoring/personal';
import { assess, decisionExample } from '@/lib/scoring/score';

// A musician's team that answers the "who's still here in 2026" chatter (with the tour dates) rather than
// thanking or ignoring it, as the model would.
const CORRECTED = [
  "who's still listening in 2026?",
  'here before 1 million views',
  'who is watching this in 2026 🙋',
  'anyone else here from tiktok',
  'anyone here in 2026',
];
const SIMILAR = ['who else is listening in 2026?', 'anyone here from tiktok in 2026'];
const UNRELATED = ['Love the new jacket, thanks!', 'ratio + L', 'DM me for free followers!!!', 'I know where you live, watch your back', 'Everyone knows this shampoo causes cancer'];

function taught(chosen: 'answer'): { examples: DecisionExample[] } {
  return { examples: CORRECTED.map((t) => decisionExample(t, assess({ id: '1', text: t }).action, chosen)) };
}

describe('learning from the user\'s decisions', () => {
  const { examples } = taught('answer');
  const layer = replay(examples);

  it('records features, never the text', () => {
    const json = JSON.stringify(examples);
    for (const t of CORRECTED) expect(json).not.toContain(t.slice(0, 12));
    expect(examples[0]!.words.length).toBeGreaterThan(3);
  });

  it('similar comments follow the user after a handful of corrections', () => {
    for (const t of SIMILAR) {
      const before = assess({ id: '1', text: t });
      const after = assess({ id: '1', text: t }, undefined, false, { personal: layer });
      expect(before.action).not.toBe('answer');
      expect(after.action).toBe('answer');
    }
  });

  it('unrelated comments do not change', () => {
    for (const t of UNRELATED) expect(assess({ id: '1', text: t }, undefined, false, { personal: layer }).action).toBe(assess({ id: '1', text: t }).action);
  });

  it('one correction alone does not flip a confident recommendation', () => {
    const one = replay(examples.slice(0, 1));
    expect(one.n).toBe(1);
    expect(assess({ id: '1', text: "My order #4411 still hasn't arrived after 3 weeks. I want a refund." }, undefined, false, { personal: one }).action).toBe('apologise');
  });

  it('stays within bounds however often the same correction is made', () => {
    const many = Array.from({ length: 200 }, () => examples[0]!).reduce(learn, emptyLayer());
    const all = [...many.bias, ...many.dense, ...Object.values(many.words).flat()];
    expect(Math.max(...all.map(Math.abs))).toBeLessThanOrEqual(LIMIT);
  });

  it('undo is a replay without the last decision', () => {
    expect(replay(examples.slice(0, -1))).toEqual(examples.slice(0, -1).reduce(learn, emptyLayer()));
    expect(replay([])).toEqual(emptyLayer());
  });
});
