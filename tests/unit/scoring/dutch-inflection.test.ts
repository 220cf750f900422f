import { describe, expect, it } from 'vitest';
import { inflectDutch } from '@/scripts/train/dutch';

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
});
