import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/panel/draft-fields';
import { bestSource } from '@/lib/panel/source-match';
import { DEFAULT_SETTINGS } from '@/lib/store/settings';

describe('the fields a draft asks for', () => {
  const template = 'Hi {name}, sorry about order #{order}. {agent} will reply within {timeframe}. — {brand} {source}';

  it('asks for what only the user knows, shows the comment\'s facts, and asks a setting only while it is empty', () => {
    const values = { name: 'Jane', order: '4411' };
    expect(fieldsFor(template, values, DEFAULT_SETTINGS)).toEqual(['order', 'agent', 'timeframe', 'brand']);
    expect(fieldsFor(template, values, { ...DEFAULT_SETTINGS, agentName: 'Sam', brandName: 'Acme' })).toEqual(['order', 'timeframe']);
  });

  it('asks for a name only when the page gave none', () => {
    expect(fieldsFor('Hi {name}!', { name: '' }, DEFAULT_SETTINGS)).toEqual(['name']);
    expect(fieldsFor('Hi {name}!', { name: 'Jane' }, DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe('the source that fits a claim', () => {
  const sources = [
    { id: 'bpa', claim: 'Our bottles contain BPA' },
    { id: 'leather', claim: 'Our jackets are fake leather' },
  ];
  it('is the one whose claim the comment repeats', () => {
    expect(bestSource(sources, 'Everyone knows these jackets are fake leather, they never tell you that.')?.id).toBe('leather');
    expect(bestSource(sources, 'Zitten er BPA in jullie bottles?')?.id).toBe('bpa');
  });
  it('is none when the comment shares a word or two by chance', () => {
    expect(bestSource(sources, 'Love the new jackets!')).toBeUndefined();
    expect(bestSource(sources, 'My order #4411 never arrived')).toBeUndefined();
  });
});
