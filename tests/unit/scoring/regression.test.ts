/**
 * The committed model must not fall below the figures published in README.md ("Scoring model"): the same
 * evaluation as `npm run eval` on the official test splits. Needs ../shared/data (present in CI); skips with a
 * message without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasData } from '../../../scripts/data/paths';
import { hate, offensive, sentiment } from '../../../scripts/data/evaluate';
import { tweeteval } from '../../../scripts/data/load';
import { confusion, macroF1 } from '../../../scripts/data/metrics';
import { WORD_LISTS } from '../../../scripts/data/word-lists';

const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
const marker = readme.match(/<!-- scoring-figures: (\{.*\}) -->/u);
const published = marker ? (JSON.parse(marker[1]!) as Record<string, number>) : {};

if (!hasData()) console.warn('SKIPPED scoring regression test: ../shared/data is absent (it is present in CI).');

describe.skipIf(!hasData())('committed model vs the README figures (test splits)', () => {
  it('README publishes the figures', () => {
    expect(Object.keys(published)).toEqual(expect.arrayContaining(['offensive_macro_f1', 'hate_macro_f1', 'sentiment_macro_recall']));
  });
  // Scoring is deterministic, so a tolerance only absorbs float rounding in the printed figures.
  it.each([
    ['offensive_macro_f1', () => offensive('test').metric],
    ['hate_macro_f1', () => hate('test').metric],
    ['sentiment_macro_recall', () => sentiment('test').metric],
  ] as const)('%s', (key, run) => {
    expect(run()).toBeGreaterThanOrEqual(published[key]! - 0.0005);
  }, 60_000);
  it('Tactful\'s toxicity beats both word-list libraries on the OLID test', () => {
    const olid = tweeteval('offensive', 'test');
    const tactful = offensive('test').metric;
    for (const flags of Object.values(WORD_LISTS)) {
      expect(tactful).toBeGreaterThan(macroF1(confusion(olid.map((e) => e.label), olid.map((e) => (flags(e.text) ? 1 : 0)), 2)));
    }
  }, 60_000);
});
