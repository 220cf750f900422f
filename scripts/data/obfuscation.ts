/**
 * Obfuscated abuse, Tactful's normaliser + word lists beside the `obscenity` library (its English dataset and
 * recommended transformers, allow-list included), on the same hand-written English cases: abuse written to
 * dodge filters (leetspeak, spacing, dots, repeats, asterisks, styled Unicode) that both should catch, and
 * innocent words that contain or resemble a bad one (the "Scunthorpe problem") that neither should flag.
 * Decides which does the de-obfuscation (README "Scoring model"): the library only where it beats ours.
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { readCues } from '../../lib/scoring/cues';
import { detectLanguage } from '../../lib/scoring/language';
import { normalise } from '../../lib/scoring/text';

export const OBFUSCATED = [
  'f u c k you', 'f.u.c.k off', 'fuuuuck this', 'f*ck you', 'f**k off', 'sh1t service', 'you id1ot', 'b1tch', 'you m0r0n', 'stuuupid',
  'a$$hole', 'd!ckhead', 'c*nt', 'fck you', 'stfu', 'you r3tard', 'wh0re', 'sl*t', 'pr1ck', 'wank3r', 'b.i.t.c.h', 'i-d-i-o-t',
  'b u l l s h i t', 'FUUUCK', 'Sh!t', 'f4ggot', 'n1gger', 'k1ll yourself', 'you dumbass', 'dumb@ss', '𝐟𝐮𝐜𝐤 𝐲𝐨𝐮', 'ｆｕｃｋ ｙｏｕ',
  'you absolute tw@t', 'piece of sh*t', 'fukkin idiot', 'go f yourself', 'mothaf*cka', 'biiiitch', 'c0ck', 'd1ck',
];

export const INNOCENT = [
  'Scunthorpe United won again', 'a cocktail at the bar', 'the assassin in the film', 'class is cancelled', 'shiitake mushrooms',
  'Dick Smith electronics', 'our pussy cat loves it', 'faggots and peas for tea', 'a cock-a-leekie soup', 'the hoe in the garden',
  'Sussex', 'grasshopper', 'therapist appointment', 'butter knob', 'a titmouse in the tree', 'bass guitar', 'Essex girls night',
  'passionate team', 'hello Matsuda', 'assessment results', 'cumulative totals', 'Dickens novel', 'spice rack', 'analytics dashboard',
  'pen island', 'shuttlecock', 'sextant', 'manslaughter podcast', 'niggardly portions', 'homo sapiens exhibit',
];

const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

function tactfulFlags(text: string): boolean {
  const norm = normalise(text);
  const c = readCues(text, norm, detectLanguage(norm));
  return c.insults.length + c.swears.length + c.slurs.length + c.targeted.length + c.selfHarm.length > 0;
}

export function obfuscationSideBySide() {
  const rate = (xs: string[], f: (t: string) => boolean) => xs.filter(f).length / xs.length;
  return {
    tactful: { caught: rate(OBFUSCATED, tactfulFlags), falseAlarms: rate(INNOCENT, tactfulFlags) },
    obscenity: { caught: rate(OBFUSCATED, (t) => obscenity.hasMatch(t)), falseAlarms: rate(INNOCENT, (t) => obscenity.hasMatch(t)) },
    n: { obfuscated: OBFUSCATED.length, innocent: INNOCENT.length },
    missedByTactful: OBFUSCATED.filter((t) => !tactfulFlags(t)),
    flaggedByTactful: INNOCENT.filter(tactfulFlags),
  };
}
