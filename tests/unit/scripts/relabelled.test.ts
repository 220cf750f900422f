/** data/relabelled: every one-by-one label names a tweet in ../shared/data, once, and the splits never share a tweet. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../lib/scoring/assessment';
import { hasData } from '../../../scripts/data/paths';
import { mappedExamples, relabelledExamples } from '../../../scripts/train/mapped';

const rows = ['tweets.tsv', 'measure-only.tsv'].flatMap((f) => readFileSync(`data/relabelled/${f}`, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t')));

describe('the relabelled tweets', () => {
  it('hold known actions, one line per key', () => {
    expect(new Set(rows.map((r) => r[1])).size).toBe(rows.length);
    for (const [, , action, also = ''] of rows) {
      expect(ACTIONS).toContain(action);
      for (const a of also.split(',').filter(Boolean)) expect(ACTIONS).toContain(a);
    }
  });
  it.skipIf(!hasData())('each name a tweet that is trained on, or measured on, and never both', () => {
    const parts = (['train', 'dev', 'test'] as const).map((s) => relabelledExamples(s));
    expect(parts.reduce((n, p) => n + p.length, 0)).toBe(rows.length);
    const texts = parts.map((p) => new Set(p.map((t) => t.text)));
    const weak = new Set(mappedExamples().map((m) => m.text));
    for (const t of [...texts[1]!, ...texts[2]!]) expect(texts[0]!.has(t) || weak.has(t)).toBe(false);
    expect(parts[1]!.length).toBeGreaterThan(200);
  });
});
