/**
 * Word-level cues that need context to mean anything: an insult counts when it is aimed at someone (or said
 * of oneself: self-deprecation), a word that is an insult only sometimes ("zak", "trash", "joke") needs a
 * target or a predicate ("what a joke", "jullie zijn een grap"), a word that is a slur only sometimes
 * ("nicht" = niece, "pot" = jar, "halve" = half) needs a target or a hostile word right beside it, and a named
 * group counts as attacked only with a strong hostile word, a hostile word next to it, a threat or "you don't
 * belong" — never when the writer says they belong to it.
 */
import type { Span } from './phrase-match';
import type { Normalised } from './text';
import { AMBIGUOUS_SLURS, ENGLISH_ONLY_INSULTS, ENGLISH_ONLY_SWEARS, PREDICATE, STRONG_HOSTILE, WEAK_INSULTS, inSet } from './words';

export interface WordCues {
  insults: readonly Span[];
  /** Insults and swear words aimed at the reader, a commenter (@mention) or "the guy above". */
  targeted: readonly Span[];
  selfDeprecation: readonly Span[];
  swears: readonly Span[];
  praiseSwearing: readonly Span[];
  slurs: readonly Span[];
  identityAttack: readonly Span[];
}

const one = (i: number): Span => ({ from: i, to: i });

/** The writer as the subject ("I was stupid", "sorry, ik ben dom"); "my" and "we" are not ("my bitches"). */
const SELF = new Set(['i', 'im', 'ive', 'id', 'me', 'myself', 'ik', 'ikke', 'mezelf', 'mij', 'sorry', 'sry', 'oops', 'excuus', 'sorrie', 'oeps', 'mybad']);

/** Whether token j addresses someone: a second-person word, a @mention or the end of "the guy above". */
function addressee(norm: Normalised, j: number, refs: readonly Span[]): boolean {
  if (norm.classes[j]!.you || norm.tokens[j] === 'mentionuser') return true;
  for (const r of refs) if (r.to === j) return true;
  return false;
}

/** Whether token j names someone other than the brand: a @mention or the end of "the guy above". */
function named(norm: Normalised, j: number, refs: readonly Span[]): boolean {
  if (norm.tokens[j] === 'mentionuser') return true;
  for (const r of refs) if (r.to === j) return true;
  return false;
}

/** Whether token j is hostile by itself: a strong insult, a swear word, a hostile word or an unambiguous slur. */
function hostileAt(norm: Normalised, j: number): boolean {
  const k = norm.classes[j]!;
  return (!!k.insult && !WEAK_INSULTS.has(k.insult)) || !!k.swear || !!k.hostile || (k.slur && !inSet(AMBIGUOUS_SLURS, norm.tokens[j]!));
}

/** Whether any token from i − before to i + after (i itself excluded) passes `test`. */
function near(norm: Normalised, i: number, before: number, after: number, test: (norm: Normalised, j: number, refs: readonly Span[]) => boolean, refs: readonly Span[] = []): boolean {
  for (let j = Math.max(0, i - before); j <= Math.min(norm.tokens.length - 1, i + after); j++) if (j !== i && test(norm, j, refs)) return true;
  return false;
}

const predicateAt = (norm: Normalised, j: number): boolean => PREDICATE.has(norm.tokens[j]!);

/** `refs`: spans naming another commenter ("the guy above"); `language` keeps English-only slang out of Dutch ("af"). */
export function readWordCues(norm: Normalised, refs: readonly Span[], language: string): WordCues {
  const { tokens, classes } = norm;
  const insults: Span[] = [], targeted: Span[] = [], selfDeprecation: Span[] = [], swears: Span[] = [], praiseSwearing: Span[] = [], slurs: Span[] = [];
  let lastYou = -10, lastMe = -10;
  const english = language !== 'nl';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!, k = classes[i]!;
    if (k.you) lastYou = i;
    if (SELF.has(t)) lastMe = i;
    const insult = k.insult ?? (english && ENGLISH_ONLY_INSULTS.has(t) ? t : undefined);
    const swear = k.swear ?? (english && ENGLISH_ONLY_SWEARS.has(t) ? t : undefined);
    if (insult) {
      // A bare "you" addresses the brand as often as a person ("you still sell this trash"): a word that is an
      // insult only sometimes counts as aimed at a person with a @mention or "the guy above" only.
      const weak = WEAK_INSULTS.has(insult);
      const aimed = near(norm, i, 4, 1, weak ? named : addressee, refs);
      if (i - lastMe <= 4 && lastMe > lastYou) selfDeprecation.push(one(i));
      else if (!weak || aimed || near(norm, i, 4, 1, addressee, refs) || near(norm, i, 3, 0, predicateAt) || near(norm, i, 2, 1, hostileAt)) {
        insults.push(one(i));
        if (aimed) targeted.push(one(i));
      }
    } else if (swear) {
      const praise = !!(classes[i + 1]?.positive || classes[i + 2]?.positive || classes[i - 1]?.positive);
      (praise ? praiseSwearing : swears).push(one(i));
      // "fuck you", "kanker op jij": a swear word aimed at the reader is an insult.
      if (!praise && near(norm, i, 0, 2, addressee, refs)) targeted.push(one(i));
    }
    // "mijn nicht", "een pot pindakaas", "een halve liter": only with a target or a hostile word beside it.
    if (k.slur && (!inSet(AMBIGUOUS_SLURS, t) || near(norm, i, 3, 0, addressee, refs) || near(norm, i, 2, 1, hostileAt))) slurs.push(one(i));
  }
  return { insults, targeted, selfDeprecation, swears, praiseSwearing, slurs, identityAttack: [] };
}

/**
 * A named group attacked: a slur; a strong hostile word anywhere ("… are vermin"); any hostile word within
 * three words of the group; a threat or an exclusion ("het land uit") with a group named. `selfIdentity`
 * ("ik ben zelf homo") and a group only mentioned never count.
 */
export function groupAttack(norm: Normalised, c: WordCues, threat: readonly Span[], exclusion: readonly Span[], selfIdentity: readonly Span[]): Span[] {
  const out: Span[] = [...c.slurs];
  const { tokens, classes } = norm;
  const groups: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (classes[i]!.identity && !selfIdentity.some((s) => i >= s.from && i <= s.to)) groups.push(i);
  if (!groups.length) return out;
  for (let i = 0; i < tokens.length; i++) {
    const k = classes[i]!;
    if (!(k.hostile || k.insult || k.swear) || groups.includes(i)) continue;
    const g = groups.find((j) => Math.abs(j - i) <= 3) ?? (STRONG_HOSTILE.has(k.hostile ?? '') ? groups[0] : undefined);
    if (g !== undefined) out.push({ from: Math.min(g, i), to: Math.max(g, i) });
  }
  const aimed = threat.length ? threat : exclusion;
  if (!out.length && aimed.length) out.push({ from: Math.min(groups[0]!, aimed[0]!.from), to: Math.max(groups[0]!, aimed[0]!.to) });
  return out;
}
