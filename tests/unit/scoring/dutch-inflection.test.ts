import { describe, expect, it } from 'vitest';
import { comparativeDutch, inflectDutch, inflectedForms, superlativeDutch } from '@/scripts/train/dutch';

describe('Dutch adjective inflection for the lexicon', () => {
  it.each([
    ['slecht', 'slechte'], ['mooi', 'mooie'], ['groot', 'grote'], ['duur', 'dure'], ['dik', 'dikke'], ['snel', 'snelle'],
    ['lief', 'lieve'], ['boos', 'boze'], ['wijs', 'wijze'], ['waardeloos', 'waardeloze'], ['geweldig', 'geweldige'],
    ['lekker', 'lekkere'], ['lelijk', 'lelijke'], ['teleurgesteld', 'teleurgestelde'], ['blij', 'blije'],
  ])('%s → %s', (word, form) => {
    expect(inflectDutch(word)).toBe(form);
  });

  it('leaves forms that do not inflect', () => {
    expect(inflectDutch('open')).toBeNull();
    expect(inflectDutch('goede')).toBeNull();
    expect(inflectDutch('ok')).toBeNull();
  });

  it('adds the comparative and the superlative with the same polarity, irregular ones left out', () => {
    const cases: Array<[string, string, string]> = [
      ['slecht', 'slechter', 'slechtst'], ['groot', 'groter', 'grootst'], ['lief', 'liever', 'liefst'],
      ['mooi', 'mooier', 'mooist'], ['duur', 'duurder', 'duurst'], ['lekker', 'lekkerder', 'lekkerst'],
      ['dik', 'dikker', 'dikst'], ['vies', 'viezer', 'viest'],
    ];
    for (const [word, comparative, superlative] of cases) {
      expect(comparativeDutch(word)).toBe(comparative);
      expect(superlativeDutch(word)).toBe(superlative);
    }
    expect(comparativeDutch('open')).toBeNull();
    const forms = inflectedForms(new Map([['slecht', -0.7], ['goed', 0.6]]));
    expect(forms.get('slechter')).toBe(-0.7);
    expect(forms.get('slechtst')).toBe(-0.7);
    expect(forms.has('beter')).toBe(false); // "het kan beter" is a complaint
  });
});
