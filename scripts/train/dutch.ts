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
