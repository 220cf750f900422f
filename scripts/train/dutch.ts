/**
 * Dutch adjectives take -e before a noun ("een slechte service", "de grote doos"), and Pattern's Dutch lexicon
 * lists the bare form only: the inflected form is added with the same polarity so both read the same.
 * Spelling: a long vowel written double loses a letter (groot → grote), a short vowel doubles the consonant
 * after it (dik → dikke), a final f / s after a long vowel or diphthong voices (lief → lieve, boos → boze),
 * unstressed endings only add -e (geweldig → geweldige, lekker → lekkere), and -en adjectives do not inflect.
 */
const VOWEL = /[aeiouy]/;
const DIPHTHONGS = new Set(['ie', 'ei', 'ij', 'ou', 'eu', 'ui', 'oe', 'au']);
const voice = (c: string) => (c === 'f' ? 'v' : c === 's' ? 'z' : c);

export function inflectDutch(word: string): string | null {
  if (word.length < 3 || !/^\p{L}+$/u.test(word) || word.endsWith('e') || word.endsWith('en')) return null;
  const last = word.at(-1)!, before = word.at(-2)!, third = word.at(-3)!;
  if (VOWEL.test(last)) return word + 'e'; // mooi → mooie, blij → blije
  if (DIPHTHONGS.has(third + before)) return word.slice(0, -1) + voice(last) + 'e'; // lief → lieve, wijs → wijze
  if (!VOWEL.test(before)) return word + 'e'; // slecht → slechte, oud → oude
  if (before === third && /[aeou]/.test(before)) return word.slice(0, -2) + voice(last) + 'e'; // groot → grote
  if (/(?:ig|el|er|em)$/.test(word) && word.length > 4) return word + 'e'; // geweldig, lekker, simpel
  return /[wjx]/.test(last) ? word + 'e' : word + last + 'e'; // dik → dikke, snel → snelle
}

/**
 * The comparative and superlative ("de nieuwe rits is slechter", "het mooiste cadeau") keep the adjective's
 * polarity: the comparative is the inflected stem + r (slechte → slechter, grote → groter, lieve → liever), after
 * an -r a d comes between (duur → duurder, lekker → lekkerder); the superlative adds -st (-t after an s) to the bare
 * word. Irregular ones (goed → beter, veel → meer) are left out: "het kan beter" is a complaint.
 */
export function comparativeDutch(word: string): string | null {
  if (word.endsWith('r') && word.length >= 3 && /^\p{L}+$/u.test(word)) return word + 'der';
  const inflected = inflectDutch(word);
  return inflected ? inflected + 'r' : null;
}

export function superlativeDutch(word: string): string | null {
  if (word.length < 3 || !/^\p{L}+$/u.test(word) || word.endsWith('e') || word.endsWith('en')) return null;
  return word.endsWith('s') ? word + 't' : word + 'st';
}

/** Each word's inflected, comparative and superlative forms with the word's polarity (forms that do not exist are
 * left out; where a form is itself a lexicon word, the caller keeps the lexicon's own polarity). */
export function inflectedForms(lexicon: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, polarity] of lexicon) {
    for (const form of [inflectDutch(word), comparativeDutch(word), superlativeDutch(word)]) {
      if (form) out.set(form, polarity);
    }
  }
  return out;
}

/**
 * Words people use to thank, congratulate or complain in Dutch comments that Pattern (adjectives only) lacks;
 * written for Tactful, polarity on Pattern's −1…1 scale.
 */
export const DUTCH_COMMENT_WORDS: ReadonlyMap<string, number> = new Map([
  ['bedankt', 0.6], ['dank', 0.5], ['dankjewel', 0.6], ['dankuwel', 0.6], ['dankje', 0.6], ['merci', 0.5],
  ['gefeliciteerd', 0.7], ['proficiat', 0.7], ['opgelost', 0.4], ['toppie', 0.7], ['topper', 0.7], ['toppers', 0.7],
  ['chapeau', 0.6], ['complimenten', 0.6], ['compliment', 0.5], ['hulpvaardig', 0.6], ['aanrader', 0.6],
  ['helaas', -0.4], ['klacht', -0.4], ['klachten', -0.4], ['bagger', -0.8], ['drama', -0.5], ['balen', -0.5],
  ['oplichting', -0.8], ['schande', -0.7], ['teleurgesteld', -0.5], ['ergernis', -0.5], ['wanprestatie', -0.8],
  ['nep', -0.5], ['onzin', -0.6], ['flauwekul', -0.5], ['leugens', -0.6], ['gelogen', -0.6],
]);
