/** The decisions Tactful learned from, kept in IndexedDB: the stored layer is always the replay of the kept examples. */
import { beforeEach, describe, expect, it } from 'vitest';
import { learnDecision, learningStatus, MAX_EXAMPLES, personalLayer, resetLearning, undoLastDecision } from '@/lib/store';
import { emptyLayer, replay } from '@/lib/scoring/personal';
import { assess, decisionExample } from '@/lib/scoring/score';
import { openFresh, resetIndexedDb } from './helpers';

beforeEach(resetIndexedDb);

const CORRECTED = ["who's still listening in 2026?", 'here before 1 million views', 'who is watching this in 2026 🙋', 'anyone else here from tiktok', 'anyone here in 2026'];
const example = (text: string) => decisionExample(text, assess({ id: '1', text }).action, 'answer');
const at = (i: number) => new Date(Date.UTC(2026, 10, 20, 9, i)).toISOString();

describe('learning from decisions, stored', () => {
  it('learns, undoes the last decision and resets, the layer always the replay of what is kept', async () => {
    const db = await openFresh();
    const examples = CORRECTED.map(example);
    for (const [i, e] of examples.entries()) await learnDecision(db, `x:${i}`, e, at(i));
    expect(await learningStatus(db)).toEqual({ decisions: 5, last: { recommended: examples[4]!.recommended, chosen: 'answer', at: at(4) } });
    expect(await personalLayer(db)).toEqual(replay(examples));
    const similar = 'who else is listening in 2026?';
    expect(assess({ id: '1', text: similar }, undefined, false, { personal: await personalLayer(db) }).action).toBe('answer');

    expect((await undoLastDecision(db)).decisions).toBe(4);
    expect(await personalLayer(db)).toEqual(replay(examples.slice(0, 4)));
    expect(await resetLearning(db)).toEqual({ decisions: 0 });
    expect(await personalLayer(db)).toEqual(emptyLayer());
    expect(assess({ id: '1', text: similar }, undefined, false, { personal: await personalLayer(db) }).action).toBe(assess({ id: '1', text: similar }).action);
  });

  it('a changed mind about the same comment replaces its example; the oldest go past the bound', async () => {
    const db = await openFresh();
    await learnDecision(db, 'x:1', example(CORRECTED[0]!), at(0));
    const ignored = { ...example(CORRECTED[0]!), chosen: 'ignore' as const };
    await learnDecision(db, 'x:1', ignored, at(1));
    expect(await learningStatus(db)).toMatchObject({ decisions: 1, last: { chosen: 'ignore' } });
    expect(await personalLayer(db)).toEqual(replay([ignored]));

    const e = example(CORRECTED[1]!);
    for (let i = 0; i < MAX_EXAMPLES + 3; i++) await db.put('decisions', { id: `x:n${i}`, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), example: e });
    expect((await learnDecision(db, 'x:last', e, at(59))).decisions).toBe(MAX_EXAMPLES);
    expect(await db.get('decisions', 'x:n0')).toBeUndefined();
    expect((await personalLayer(db)).n).toBe(MAX_EXAMPLES);
  });

  it('refuses a malformed example and changes nothing; rebuilds a damaged stored layer', async () => {
    const db = await openFresh();
    await learnDecision(db, 'x:1', example(CORRECTED[0]!), at(0));
    await expect(learnDecision(db, 'x:2', { ...example(CORRECTED[1]!), logits: [1, 2] })).rejects.toThrow(/logits/);
    expect((await learningStatus(db)).decisions).toBe(1);
    await db.put('meta', { version: 1, n: 'junk' }, 'personal-layer');
    expect(await personalLayer(db)).toEqual(replay([example(CORRECTED[0]!)]));
  });
});
