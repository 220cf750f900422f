import type { Language } from './assessment';
import { classify } from './words';

/**
 * English / Dutch / other from function words: short comments carry almost nothing else, and the most frequent
 * words of each language barely overlap. Words both languages share ("is", "in", "we", "over") count for neither.
 */
const EN = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'you', 'your', 'it', 'this', 'that', 'for', 'with', 'are', 'was',
  'were', 'be', 'have', 'has', 'not', 'no', 'on', 'at', 'my', 'me', 'i', 'im', 'they', 'what', 'why', 'how', 'just',
  'so', 'all', 'do', 'dont', 'can', 'will', 'would', 'if', 'but', 'from', 'about', 'still', 'after', 'never', 'get',
  'got', 'please', 'thanks', 'very', 'really', 'know', 'these', 'those', 'our', 'their', 'there', 'yes', 'again',
]);
const NL = new Set([
  'de', 'het', 'een', 'en', 'of', 'van', 'naar', 'jij', 'je', 'jullie', 'u', 'dit', 'dat', 'voor', 'met', 'zijn',
  'was', 'waren', 'niet', 'geen', 'op', 'bij', 'mijn', 'ik', 'ze', 'wat', 'waarom', 'hoe', 'gewoon', 'zo', 'alle',
  'doe', 'kan', 'wil', 'zou', 'als', 'maar', 'nog', 'al', 'na', 'nooit', 'krijg', 'graag', 'bedankt', 'dank',
  'heel', 'echt', 'weet', 'deze', 'ons', 'hun', 'er', 'ja', 'weer', 'wel', 'ook', 'heb', 'hebben', 'is', 'te',
  'om', 'dan', 'door', 'uit', 'nu', 'wordt', 'worden', 'zelf', 'mij', 'me', 'hier', 'daar', 'goed', 'gedaan',
  'jongens', 'lekker', 'mooi', 'zeker', 'altijd', 'helemaal', 'nou', 'hoor', 'toch', 'even', 'jullie', 'wij',
]);
const SHARED = new Set(['is', 'me', 'was', 'of', 'en', 'u']);

/** Per distinct token: null for non-words, else its English and Dutch evidence (bounded cache). */
const evidence = new Map<string, { en: number; nl: number } | null>();

function weigh(t: string): { en: number; nl: number } | null {
  let e = evidence.get(t);
  if (e === undefined) {
    if (evidence.size > 50_000) evidence.clear();
    if (!classify(t).word || t === 'httpurl' || t === 'mentionuser') e = null; // placeholders from normalise
    else if (SHARED.has(t)) e = { en: 0, nl: 0 };
    // Letter pairs that are common in Dutch and rare in English add a little.
    else e = { en: EN.has(t) ? 1 : 0, nl: (NL.has(t) ? 1 : 0) + (/ij|oe|ui|sch|aa|uu/u.test(t) ? 0.25 : 0) };
    evidence.set(t, e);
  }
  return e;
}

export function detectLanguage(tokens: readonly string[]): Language {
  let en = 0;
  let nl = 0;
  let words = 0;
  for (const t of tokens) {
    const e = weigh(t);
    if (e === null) continue;
    words++;
    en += e.en;
    nl += e.nl;
  }
  if (words === 0) return 'other';
  if (en === 0 && nl < 1) return words <= 3 ? 'en' : 'other';
  return nl > en ? 'nl' : 'en';
}
