import { describe, expect, it } from 'vitest';
import { firstName, render } from '@/lib/templates/render';
import { rankVariants } from '@/lib/templates/rotation';
import { templateFromReply } from '@/lib/templates/from-reply';
import { situationsFor, unknownVariables } from '@/lib/templates/situations';
import { ACTIONS } from '@/lib/scoring/assessment';

describe('render', () => {
  it('fills variables, marks unfilled and blank ones once each, and keeps the pieces in order', () => {
    const r = render('Hi {name}, {issue}? {issue}! — {agent}', { name: 'Jane', agent: '  ' });
    expect(r.text).toBe('Hi Jane, [issue?]? [issue?]! — [agent?]');
    expect(r.missing).toEqual(['issue', 'agent']);
    expect(r.segments).toEqual([{ text: 'Hi Jane, ' }, { variable: 'issue' }, { text: '? ' }, { variable: 'issue' }, { text: '! — ' }, { variable: 'agent' }]);
    expect(render('No variables.', {})).toEqual({ text: 'No variables.', segments: [{ text: 'No variables.' }], missing: [] });
  });

  it('addresses people by the first word of their display name, emoji dropped', () => {
    expect(firstName('Jane Doe')).toBe('Jane');
    expect(firstName('🌻 Anne-Marie')).toBe('Anne-Marie'); // the first word with a letter
    expect(firstName("O'Brien ✈️")).toBe("O'Brien");
    expect(firstName('klant.kees')).toBe('klant.kees'); // a bare Instagram handle stays whole
  });

  it('knows its variables', () => {
    expect(unknownVariables('{name} {Name} {brand} {x}')).toEqual(['Name', 'x']);
  });

  it('offers at least one situation for every action the scorer recommends', () => {
    for (const a of ACTIONS) expect(situationsFor(a).length).toBeGreaterThan(0);
  });
});

describe('rotation', () => {
  const t = (id: string, n: number, timesUsed = 0) => ({ id, variants: Array.from({ length: n }, (_, i) => `v${i}`), timesUsed });
  const use = (templateId: string, variant: number, at: string) => ({ templateId, variant, at: `2026-05-01T${at}:00.000Z` });

  it('with no history keeps the guide order, least-used template first', () => {
    const ranked = rankVariants([t('a', 2, 5), t('b', 2, 1)], [], []);
    expect(ranked.map((c) => `${c.template.id}${c.variant}`)).toEqual(['b0', 'b1', 'a0', 'a1']);
  });

  it('puts variants unused in the thread and by the person first, then the longest ago', () => {
    const ranked = rankVariants([t('a', 4)], [use('a', 0, '10:00'), use('a', 2, '09:00')], [use('a', 1, '08:00'), use('a', 0, '07:00')]);
    expect(ranked.map((c) => c.variant)).toEqual([3, 1, 2, 0]);
  });
});

describe('saving a reply as a template', () => {
  it('turns the name, handle, brand and agent back into variables, whole words only', () => {
    const values = { name: 'Ann', handle: '@ann', brand: 'Acme', agent: 'Sam' };
    expect(templateFromReply('Hi Ann, @ann: Annual plans at Acme are 10% off. — Sam', values))
      .toBe('Hi {name}, {handle}: Annual plans at {brand} are 10% off. — {agent}');
  });
});
