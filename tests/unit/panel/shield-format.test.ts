import { describe, expect, it } from 'vitest';
import { shielded, shieldKind } from '@/lib/panel/shield';
import { formatDuration, median } from '@/lib/panel/format';

describe('well-being shield', () => {
  const mild = { toxicity: 0.6, hate: 0.1, threat: 0 };
  const severe = { toxicity: 0.3, hate: 0.1, threat: 0.9 };
  it('hides by level: off hides nothing, severe only the worst, toxic anything leaning toxic', () => {
    expect([shielded(mild, 'off'), shielded(mild, 'severe'), shielded(mild, 'toxic')]).toEqual([false, false, true]);
    expect([shielded(severe, 'off'), shielded(severe, 'severe'), shielded(severe, 'toxic')]).toEqual([false, true, true]);
  });
  it('summarises the kind of harm, never the words', () => {
    expect(shieldKind(severe)).toBe('threat');
    expect(shieldKind({ toxicity: 0.5, hate: 0.7, threat: 0 })).toBe('hate');
    expect(shieldKind(mild)).toBe('insult');
  });
});

describe('formatting', () => {
  it('formats durations in the user\'s language and picks a readable unit', () => {
    expect(formatDuration(12 * 60_000, 'en')).toBe('12 min');
    expect(formatDuration(3 * 3_600_000, 'en')).toBe('3 hr');
    expect(formatDuration(3 * 86_400_000, 'en')).toBe('3 days');
    expect(formatDuration(3 * 3_600_000, 'nl')).toBe('3 uur');
  });
  it('takes the median', () => {
    expect(median([])).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
