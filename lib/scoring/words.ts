/**
 * Hand-written English and Dutch word lists for the cues (written for Tactful; no list from an
 * evaluation-only source went in). Lower case, after `normalise` (so "id1ot" already reads "idiot").
 * Each word is matched whole, plus a plural or inflected ending for the insult and swear lists.
 */
import { phrasesAt } from './phrase-index';
import type { Phrase } from './phrase-match';

/** Words aimed at a person. A second-person insult ("you clown", "jij sukkel") is the strongest harassment cue. */
export const INSULTS = new Set([
  'idiot', 'idiots', 'stupid', 'moron', 'clown', 'loser', 'dumb', 'dumbass', 'fool', 'imbecile', 'retard',
  'retarded', 'scum', 'pathetic', 'jerk', 'prick', 'twat', 'wanker', 'douche', 'douchebag', 'asshole', 'bitch',
  'bastard', 'cunt', 'dick', 'dickhead', 'trash', 'garbage', 'pig', 'slut', 'whore', 'ugly', 'cretin', 'halfwit',
  'clueless', 'incompetent', 'liar', 'liars', 'scammer', 'scammers', 'thief', 'thieves', 'crook', 'crooks', 'joke',
  'idioot', 'idioten', 'dom', 'domme', 'sukkel', 'debiel', 'debielen', 'mongool', 'kneus', 'eikel', 'lul', 'klootzak',
  'hufter', 'zak', 'trut', 'kutwijf', 'hoer', 'slet', 'oplichter', 'oplichters', 'leugenaar', 'leugenaars', 'dief',
  'dieven', 'prutser', 'prutsers', 'achterlijk', 'achterlijke', 'gestoord', 'gestoorde', 'randdebiel', 'tyfuslijer',
  'kankerlijer', 'mafkees', 'malloot', 'imbeciel', 'sukkels', 'clowns', 'klojo', 'zielig', 'zielige', 'waardeloze',
  'grap', 'lachertje', 'zootje', 'janboel', 'poppenkast',
]);

/** English words that are something else in Dutch ("hoe" is how, "af" is done): insults and swearing only
 * when the comment is not Dutch (cues-words.ts). */
export const ENGLISH_ONLY_INSULTS = new Set(['hoe', 'hoes', 'thot', 'thots', 'skank', 'skanks', 'bitchass', 'pussy']);
export const ENGLISH_ONLY_SWEARS = new Set(['af', 'nigga', 'niggas', 'niggaz']);

/** Swear words that need no target. Before a positive word they intensify praise ("damn good", "kut lekker"). */
export const SWEARS = new Set([
  'fuck', 'fucking', 'fucked', 'fck', 'fuk', 'shit', 'shitty', 'bullshit', 'damn', 'goddamn', 'crap', 'crappy',
  'hell', 'wtf', 'stfu', 'piss', 'pissed', 'bloody', 'freaking', 'frigging',
  'kut', 'kanker', 'tering', 'tyfus', 'godverdomme', 'verdomme', 'verdomd', 'shit', 'klote', 'kolere', 'jezus',
  'pokke', 'pleur', 'donder', 'fokking', 'fucking', 'kk', 'kankerzooi', 'teringzooi', 'kutzooi',
]);

/** Groups people are attacked for being; with a hostile word nearby this is the hate / identity-attack cue. */
export const IDENTITY = new Set([
  'women', 'men', 'muslims', 'muslim', 'islam', 'jews', 'jew', 'jewish', 'blacks', 'immigrants',
  'immigrant', 'migrants', 'refugees', 'gays', 'gay', 'lesbians', 'trans', 'transgenders', 'christians',
  'disabled', 'foreigners', 'asylum', 'feminists', 'homosexuals', 'arabs', 'africans', 'mexicans', 'illegals',
  'vrouwen', 'moslims', 'moslim', 'joden', 'jood', 'zwarten', 'migranten', 'immigranten',
  'vluchtelingen', 'asielzoekers', 'homos', 'homo', 'lesbiennes', 'transgenders', 'christenen', 'gehandicapten',
  'buitenlanders', 'allochtonen', 'marokkanen', 'turken', 'surinamers', 'feministen', 'homoseksuelen', 'polen',
  'moslima', 'moslimas', 'islamieten', 'transpersonen', 'biseksuelen', 'lhbti', 'nieuwkomers', 'statushouders',
  'gelukszoekers', 'antillianen', 'arabieren', 'afrikanen', 'aziaten', 'chinezen', 'roma', 'marokkaan', 'turk',
  'homofiel', 'homofielen', 'mocro', 'mocros',
]);

/** Slurs: an attack on a group by themselves (reclaimed use exists, but a brand's comment section rarely sees it). */
export const SLURS = new Set([
  'nigger', 'niggers', 'faggot', 'faggots', 'fag', 'kike', 'spic', 'chink', 'tranny', 'raghead', 'wetback', 'towelhead',
  'nikker', 'nikkers', 'neger', 'negers', 'flikker', 'flikkers', 'kankerturk', 'kankermarokkaan',
  'zandneger', 'zandnegers', 'geitenneuker', 'geitenneukers', 'poepchinees', 'spleetoog', 'spleetogen', 'kutmarokkaan',
  'kutmarokkanen', 'bosneger', 'apenkop', 'mietje', 'nicht', 'pot', 'potten', 'halve', 'mongolen', 'mongol',
  // Hate codes and dog whistles that mean nothing else ("1488", "racial holy war", "the goyim know", Flemish "makak").
  '1488', 'rahowa', 'goyim', 'omvolking', 'makak', 'makakken', 'wetbacks',
]);

/** Slurs that are ordinary words in most sentences (niece, jar, half, Mongolians): they count only with a target
 * or a hostile word right beside them (cues-words.ts). "Faggots" (plural) is also a British dish. */
export const AMBIGUOUS_SLURS = new Set(['nicht', 'pot', 'potten', 'halve', 'mietje', 'mongolen', 'mongol', 'faggots']);

/** Insults that are ordinary words as often ("a bag of chips" is "een zak chips", "trash day", "the clown at the
 * party"): they count with a target, after "is / what a / wat een" (a predicate), or beside another hostile word. */
export const WEAK_INSULTS = new Set([
  'joke', 'trash', 'garbage', 'pig', 'clown', 'fool', 'dick', 'ugly', 'zak', 'dom', 'domme', 'zielig', 'zielige', 'waardeloze',
  'thief', 'thieves', 'crook', 'crooks', 'liar', 'liars', 'scammer', 'scammers', 'oplichter', 'oplichters', 'dief', 'dieven',
  'leugenaar', 'leugenaars', 'clowns', 'prutser', 'prutsers', 'kneus', 'pathetic', 'clueless', 'incompetent', 'lul',
  'grap', 'lachertje', 'zootje', 'janboel', 'poppenkast', 'hoe', 'pussy',
]);

/** Words before a predicate insult: "they are clowns", "what a joke", "wat een prutsers", "stelletje dieven". */
export const PREDICATE = new Set([
  'is', 'are', 'was', 'were', 'be', 'being', 'such', 'what', 'bunch', 'absolute', 'total', 'complete', 'utter', 'bloody', 'fucking',
  'zijn', 'ben', 'bent', 'waren', 'wat', 'zon', 'stelletje', 'stel', 'echte', 'ongelofelijke', 'vuile', 'vieze', 'gore', 'smerige', 'stomme',
]);

/** Words that dehumanise or wish a group away. */
export const HOSTILE = new Set([
  'hate', 'hates', 'disgusting', 'vermin', 'parasites', 'animals', 'rats', 'cockroaches', 'filth', 'subhuman',
  'deport', 'exterminate', 'eradicate', 'worthless', 'inferior', 'plague', 'invaders', 'savages', 'kill',
  'haat', 'haten', 'walgelijk', 'walgelijke', 'ongedierte', 'parasieten', 'beesten', 'ratten', 'kakkerlakken',
  'tuig', 'uitroeien', 'uitzetten', 'waardeloos', 'minderwaardig', 'minderwaardige', 'plaag', 'indringers',
  'wilden', 'smerig', 'smerige', 'vies', 'vieze', 'uitschot', 'pest', 'afschaffen', 'oprotten', 'rot',
  'dood', 'vermoorden', 'vergassen', 'ophangen', 'neerschieten', 'afmaken', 'wegwezen', 'weg', 'criminelen', 'crimineel',
  'gevaarlijk', 'gevaarlijke', 'dommer', 'lelijk', 'lelijke', 'ziek', 'zieke', 'gestoord', 'achterlijk',
  'verkrachters', 'terroristen', 'haatdragend', 'onmenselijk', 'afval', 'ongeluk', 'probleem', 'tyfus', 'kanker',
  // Disgust and contempt ("ik walg van …", "ik kan … niet uitstaan"), what is wished on a group, and animals
  // people are likened to.
  'walg', 'walgen', 'veracht', 'verachten', 'verafschuw', 'verafschuwen', 'hekel', 'uitstaan', 'vergast', 'vermoord',
  'afgemaakt', 'opgehangen', 'uitgeroeid', 'doodgeschoten', 'gedeporteerd', 'apen', 'aap', 'varkens',
  'despise', 'loathe', 'vile', 'apes', 'monkeys',
]);

/** Hostile words that attack a group named anywhere in the comment ("immigrants … are vermin"); the others
 * must stand within three words of the group ("ziek", "weg", "probleem" are everyday words). */
export const STRONG_HOSTILE = new Set([
  'vermin', 'parasites', 'cockroaches', 'subhuman', 'exterminate', 'eradicate', 'inferior', 'plague', 'invaders', 'savages', 'filth',
  'ongedierte', 'parasieten', 'kakkerlakken', 'uitroeien', 'uitschot', 'minderwaardig', 'minderwaardige', 'plaag', 'indringers', 'tuig',
  'vergassen', 'vergast', 'uitgeroeid', 'gedeporteerd', 'deport', 'walg', 'walgen', 'veracht', 'verachten', 'verafschuw', 'verafschuwen',
  'despise', 'loathe', 'hekel', 'uitstaan', 'haat', 'haten', 'hate', 'hates',
  'criminelen', 'crimineel', 'terroristen', 'verkrachters', 'beesten', 'ratten', 'apen', 'varkens', 'afval', 'smerig', 'smerige',
  'walgelijk', 'walgelijke', 'onmenselijk', 'wilden', 'animals', 'rats', 'apes', 'monkeys', 'disgusting', 'vile', 'worthless', 'waardeloos',
  'oprotten', 'uitzetten', 'afschaffen',
]);

export const SECOND_PERSON = new Set([
  'you', 'youre', 'your', 'u', 'ur', 'ya', 'yall', 'yourself', 'jij', 'je', 'jou', 'jouw', 'jullie', 'u', 'uw', 'ge', 'gij',
]);

export const FIRST_PERSON = new Set(['i', 'im', 'me', 'myself', 'my', 'ik', 'mij', 'mezelf', 'mijn', 'ikke', 'we', 'wij']);

export const POSITIVE_WORDS = new Set([
  'good', 'great', 'amazing', 'awesome', 'love', 'loved', 'best', 'excellent', 'fantastic', 'brilliant', 'delicious',
  'beautiful', 'perfect', 'nice', 'cool', 'thanks', 'thank', 'wonderful', 'incredible', 'epic', 'tasty', 'fast',
  'goed', 'geweldig', 'mooi', 'lekker', 'top', 'super', 'prachtig', 'heerlijk', 'fantastisch', 'bedankt', 'dank',
  'snel', 'gaaf', 'vet', 'tof', 'briljant', 'perfect', 'fijn', 'blij',
]);

export const NEGATORS = new Set(['not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'cant', 'wont', 'niet', 'geen', 'nooit', 'nergens']);

export const APOLOGY = new Set(['sorry', 'oops', 'whoops', 'mybad', 'excuus', 'excuses', 'sorrie', 'oeps', 'sry']);

/**
 * Function words for language id (language.ts), the most frequent words of each language. Words both languages
 * share ("is", "in", "we", "over") count for neither.
 */
const FUNCTION_EN = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'you', 'your', 'it', 'this', 'that', 'for', 'with', 'are', 'was',
  'were', 'be', 'have', 'has', 'not', 'no', 'on', 'at', 'my', 'me', 'i', 'im', 'they', 'what', 'why', 'how', 'just',
  'so', 'all', 'do', 'dont', 'can', 'will', 'would', 'if', 'but', 'from', 'about', 'still', 'after', 'never', 'get',
  'got', 'please', 'thanks', 'very', 'really', 'know', 'these', 'those', 'our', 'their', 'there', 'yes', 'again',
]);
const FUNCTION_NL = new Set([
  'de', 'het', 'een', 'en', 'of', 'van', 'naar', 'jij', 'je', 'jullie', 'u', 'dit', 'dat', 'voor', 'met', 'zijn',
  'was', 'waren', 'niet', 'geen', 'op', 'bij', 'mijn', 'ik', 'ze', 'wat', 'waarom', 'hoe', 'gewoon', 'zo', 'alle',
  'doe', 'kan', 'wil', 'zou', 'als', 'maar', 'nog', 'al', 'na', 'nooit', 'krijg', 'graag', 'bedankt', 'dank',
  'heel', 'echt', 'weet', 'deze', 'ons', 'hun', 'er', 'ja', 'weer', 'wel', 'ook', 'heb', 'hebben', 'is', 'te',
  'om', 'dan', 'door', 'uit', 'nu', 'wordt', 'worden', 'zelf', 'mij', 'me', 'hier', 'daar', 'goed', 'gedaan',
  'jongens', 'lekker', 'mooi', 'zeker', 'altijd', 'helemaal', 'nou', 'hoor', 'toch', 'even', 'jullie', 'wij',
]);
const FUNCTION_SHARED = new Set(['is', 'me', 'was', 'of', 'en', 'u']);
/** The most frequent English and Dutch words: never quoted alone as a reason. */
export const isFunctionWord = (token: string): boolean => FUNCTION_EN.has(token) || FUNCTION_NL.has(token) || FUNCTION_SHARED.has(token);
// Letter pairs that are common in Dutch and rare in English add a little.
const DUTCH_PAIRS = /ij|oe|ui|sch|aa|uu/u;

/** Emoji that mock rather than laugh along, read in a reply to someone. */
export const MOCKING_EMOJI = new Set(['🤡', '🙄', '🥱', '💩', '🖕', '🤣', '😂', '😆', '🤮', '🐑', '🐍', '🤦']);
export const POSITIVE_EMOJI = new Set(['❤', '❤️', '😍', '🥰', '👍', '🙏', '😊', '🎉', '👏', '💯', '🔥', '😀', '😃', '🙂', '💪', '✨', '😘', '🤩']);
export const NEGATIVE_EMOJI = new Set(['😡', '🤬', '😠', '👎', '😤', '😞', '😢', '😭', '💔', '🤮', '🖕', '😒', '🤡', '💩', '🙄']);

/** How many of a comment's emoji praise, complain and mock (an emoji can be in two lists: 🖕, 🤮). */
export function countEmoji(emoji: readonly string[]): { positive: number; negative: number; mocking: number } {
  let positive = 0, negative = 0, mocking = 0;
  for (const e of emoji) {
    if (POSITIVE_EMOJI.has(e)) positive++;
    if (NEGATIVE_EMOJI.has(e)) negative++;
    if (MOCKING_EMOJI.has(e)) mocking++;
  }
  return { positive, negative, mocking };
}

/** Endings forgiven when matching a list word: plurals and the common English / Dutch inflections. */
const SUFFIXES = ['s', 'es', 'en', 'e', 'ed', 'ing'];
const PLURALS = ['s', 'es', 'en'];

/** Matches `token` against a set, forgiving a plural / inflection and a masked letter ("f*ck"). */
export function inSet(set: ReadonlySet<string>, token: string, endings: readonly string[] = SUFFIXES): string | undefined {
  if (set.has(token)) return token;
  for (const end of endings) {
    if (token.length > end.length + 2 && token.endsWith(end) && set.has(token.slice(0, -end.length))) return token.slice(0, -end.length);
  }
  // A masked word keeps at least one letter ("f*ck", "f***"): "*****" is a star rating, not a hidden insult.
  if (token.includes('*') && token.length >= 3 && /\p{L}/u.test(token)) {
    const re = new RegExp(`^${token.replace(/\*+/g, '\\p{L}+')}$`, 'u');
    for (const w of set) if (w.length >= 3 && re.test(w)) return w;
  }
  return undefined;
}

/** What the cue lists say about one token, computed once per distinct token (bounded cache). */
export interface TokenClass {
  insult?: string;
  swear?: string;
  hostile?: string;
  slur: boolean;
  identity: boolean;
  you: boolean;
  me: boolean;
  negator: boolean;
  positive: boolean;
  /** Letters only (language id counts these as words). */
  word: boolean;
  /** Language-id evidence: English and Dutch function words (kept with the rest, one lookup per token). */
  en: number;
  nl: number;
  /** The cue phrases that can start at this token (phrase-index.ts). */
  phrases?: readonly Phrase[];
}

/**
 * Dutch makes insults and slurs by compounding a disease or swear word with a noun ("kankerhoer", "tyfuslijer",
 * "kutmarokkaan"). Only nouns for people count: "kankeronderzoek" is cancer research.
 */
const CURSE_PREFIXES = ['kanker', 'tyfus', 'tering', 'kut', 'klere', 'pest'];
const PERSON_NOUNS = new Set(['wijf', 'wijven', 'lijer', 'lijers', 'hoer', 'hoeren', 'vent', 'venten', 'gozer', 'joch', 'kind', 'mens', 'hond', 'honden', 'beest']);

function curseCompound(token: string): { insult?: string; slur: boolean } | undefined {
  for (const prefix of CURSE_PREFIXES) {
    if (token.length < prefix.length + 3 || !token.startsWith(prefix)) continue;
    const rest = token.slice(prefix.length);
    if (inSet(IDENTITY, rest) || inSet(SLURS, rest)) return { insult: token, slur: true };
    if (inSet(INSULTS, rest) || PERSON_NOUNS.has(rest)) return { insult: token, slur: false };
  }
  return undefined;
}

const classCache = new Map<string, TokenClass>();

const LISTED = new Set([...INSULTS, ...SWEARS, ...HOSTILE, ...IDENTITY, ...SLURS]);
const NOTHING_LISTED = (token: string) =>
  !token.includes('*') && !CURSE_PREFIXES.some((p) => token.startsWith(p)) && !LISTED.has(token) && !SUFFIXES.some((e) => token.endsWith(e) && LISTED.has(token.slice(0, -e.length)));

/** Whether a word (or its inflection) is in any cue list: normalise squeezes "stuuupid" to "stupid" only then,
 * else to two letters ("sooo" → "soo"), so a real double ("poot", "moord") is never read as a listed word. */
export const isListed = (token: string): boolean => !NOTHING_LISTED(token);

export function classify(token: string): TokenClass {
  let c = classCache.get(token);
  if (c === undefined) {
    if (classCache.size > 50_000) classCache.clear();
    // Most words are in no list: one pass over the forms settles them before the per-list lookups.
    const none = NOTHING_LISTED(token);
    const compound = none ? undefined : curseCompound(token);
    const insult = none ? undefined : inSet(INSULTS, token) ?? compound?.insult;
    c = {
      insult,
      swear: none || insult ? undefined : inSet(SWEARS, token),
      hostile: none ? undefined : inSet(HOSTILE, token),
      identity: !none && inSet(IDENTITY, token, PLURALS) !== undefined, // "mening" is no "men"
      // Slurs forgive plurals only: "spice" is not "spic" + e.
      slur: !none && (inSet(SLURS, token, PLURALS) !== undefined || !!compound?.slur),
      you: SECOND_PERSON.has(token),
      me: FIRST_PERSON.has(token) || APOLOGY.has(token),
      negator: NEGATORS.has(token),
      positive: POSITIVE_WORDS.has(token),
      word: /^\p{L}+$/u.test(token),
      en: FUNCTION_SHARED.has(token) || !FUNCTION_EN.has(token) ? 0 : 1,
      nl: FUNCTION_SHARED.has(token) ? 0 : (FUNCTION_NL.has(token) ? 1 : 0) + (DUTCH_PAIRS.test(token) ? 0.25 : 0),
      phrases: phrasesAt(token),
    };
    classCache.set(token, c);
  }
  return c;
}
