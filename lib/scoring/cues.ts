/**
 * Hand-written cues for what no licensed data labels here (trolling, threats, Dutch abuse, complaints and
 * factual claims), each returning the words that fired so a person can check them. English and Dutch side by
 * side; tests/unit/scoring/cues.test.ts has cases for every cue in both languages.
 */
import type { Normalised } from './text';
import { MOCKING_EMOJI } from './words';

export interface Cues {
  /** Insults aimed at someone else (not "I was stupid"). */
  insults: string[];
  /** Of those, the ones right after "you" / "jij" / "je bent een". */
  targeted: string[];
  selfDeprecation: string[];
  swears: string[];
  /** Swearing that intensifies praise ("damn good", "kut lekker"). */
  praiseSwearing: string[];
  /** Slang that sounds violent or sick but praises: "you killed it", "nailed it", "ziek goed". */
  praiseIdiom: string[];
  threat: string[];
  identityAttack: string[];
  provocation: string[];
  mockingEmoji: string[];
  shouting: boolean;
  punctuationRun: string[];
  concreteIssue: string[];
  claim: string[];
}

const phrases = (...list: string[]) => new RegExp(`(?:^| )(?:${list.join('|')})(?= |$)`, 'gu');

const THREAT = phrases(
  'kill (?:you|u|yourself|ya)', 'kys', 'i will (?:find|hurt|kill|end) you', 'ill (?:find|hurt|kill|end) you', 'hope (?:you|u) die',
  'i know where (?:you|u) live', 'watch your back', '(?:you|u) (?:will|ll|gonna) regret', 'burn (?:it|your \\w+) down', 'beat (?:you|u) up',
  'should be (?:shot|hanged|killed)', 'deserves? to die', 'shoot (?:you|them|him|her)',
  'ik maak (?:je|jou|u) af', 'ik weet waar (?:je|jij|u) woont', 'je gaat eraan', 'ik sla (?:je|jou)', 'ik kom (?:je|jou) halen',
  'moet(?:en)? (?:\\w+ )?(?:worden )?(?:doodgeschoten|opgehangen|vermoord|vergast|afgemaakt|uitgeroeid)', 'ga dood',
  'verdien(?:t|en)? de (?:dood|kogel)', 'tegen de muur', 'deserve (?:a bullet|the rope)', 'sterf', 'ik vermoord (?:je|jou|u)',
  'kop eraf', 'ik steek (?:je|jou)', 'neerschieten', 'afmaken', 'pas maar op', 'vermoorden', 'vergassen', 'ophangen',
  'kill (?:all|them|every)', 'hang them', 'gas them', 'shoot them all', 'wipe them out',
);
/** Telling a group it does not belong: with a group named, a group attack even without a hostile word. */
const EXCLUSION = phrases(
  'het land uit', 'horen hier niet', 'hoort hier niet', 'niet welkom', 'terug naar (?:hun|je|jullie|uw) (?:eigen )?land',
  'rot(?:ten)? op', 'oprotten', 'go back to (?:your|their) (?:own )?country', 'dont belong here', 'not welcome here', 'send them (?:all )?back',
);
const PRAISE_IDIOM = phrases(
  '(?:killed|killing|kills|nailed|nailing|crushed|crushing|smashed|smashing|rocked|rocking|aced) it', 'slay(?:s|ed|ing)?',
  'this slaps', 'slaps hard', 'sick (?:af|design|look|shot|video|collab)', 'so sick', 'insanely good', 'stupid good',
  '(?:ziek|vet|bizar|gruwelijk|waanzinnig|krankzinnig|mega) (?:goed|mooi|lekker|gaaf|vet)', 'te gek', 'geen woorden voor',
);

/** The commenter owning a mistake: nothing for the brand to apologise for. */
const OWN_FAULT = phrases(
  'my (?:mistake|bad|fault|error)', 'mybad', 'i messed up', 'i made a mistake', 'mijn (?:eigen )?(?:fout|schuld)', 'foutje van mij',
  'ik heb (?:me|mij) vergist', 'ik heb een fout gemaakt',
);
const PROVOCATION = phrases(
  'cry more', 'triggered', 'cope', 'seethe', 'snowflakes?', 'ratio', 'imagine (?:being|thinking)', 'stay mad', 'lol ok',
  'nobody asked', 'who asked', 'get a life', 'touch grass', 'go back to', 'keep crying', 'owned', 'l+o+l+',
  'huil maar', 'janken', 'jank', 'boeien', 'wie vroeg', 'niemand vroeg', 'zoek een leven', 'ga huilen', 'lekker boeiend',
  'triest', 'ga terug naar',
);
const ISSUE = phrases(
  'order', 'orders', 'ordered', 'refund', 'refunded', 'delivery', 'delivered', 'deliver', 'package', 'parcel', 'tracking',
  'shipping', 'shipped', 'charged', 'invoice', 'receipt', 'account', 'subscription', 'cancel(?:led)?', 'return', 'replacement',
  'warranty', 'customer service', 'support', 'broken', 'damaged', 'missing', 'not working', 'doesnt work', 'stopped working',
  'still (?:not|hasnt|havent|no)', '\\d+ (?:days|weeks|months|hours)', 'waiting', 'crashes?', 'error', 'password', 'app',
  'bestelling', 'besteld', 'bestelnummer', 'ordernummer', 'pakket', 'pakketje', 'levering', 'bezorgd', 'bezorging', 'geleverd',
  'terugbetaling', 'geld terug', 'retour', 'klantenservice', 'factuur', 'afgeschreven', 'abonnement', 'opzeggen', 'kapot',
  'beschadigd', 'werkt niet', 'doet het niet', 'nog steeds (?:niet|geen)', 'al \\d+ (?:dagen|weken|maanden)', '\\d+ (?:dagen|weken|maanden)',
  'wachten', 'garantie', 'storing', 'foutmelding', 'inloggen', 'wachtwoord',
);
const CLAIM = phrases(
  'everyone knows', 'everybody knows', 'they never(?! tell)', 'they dont tell you', 'they dont want you to know', 'the truth is',
  'fake', 'hoax', 'scam', 'lies', 'lie', 'lying', 'proven', 'studies show', 'scientists', 'wake up', 'cover ?up', 'mainstream media',
  'doesnt exist', 'is not real', 'isnt real', 'causes?', 'cure', 'vaccines?', '5g', 'plandemic', 'illegal', 'banned', 'contains?',
  'made in', 'actually', 'in fact', 'fact',
  'iedereen weet', 'ze vertellen (?:je|jullie|u) (?:niet|nooit)', 'vertellen ze (?:je|jullie|u) (?:niet|nooit)', 'they never tell (?:you|u)', 'de waarheid', 'nep', 'leugens?', 'gelogen', 'liegen', 'bewezen',
  'onderzoek (?:toont|laat zien)', 'wetenschappers', 'wakker worden', 'doofpot', 'bestaat niet', 'is niet echt', 'veroorzaakt',
  'vaccins?', 'verboden', 'bevat', 'gemaakt in', 'eigenlijk', 'feit', 'feitelijk', 'zogenaamd',
  '\\d+(?:[.,]\\d+)? ?(?:%|percent|procent)', '\\d+ (?:times|keer|million|miljoen|billion|miljard)',
);

const PUNCTUATION_RUN = /[!?]{3,}/gu;

/** An exec loop on the shared global regex: matchAll would clone the regex on every call. */
function matches(re: RegExp, s: string): string[] {
  const found: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    found.push(m[0].trim());
    if (m[0] === '') re.lastIndex++; // never loop on an empty match
  }
  return found;
}

/** Swearing or slang used as praise ("damn good", "you killed it"): both lift the tone and cap toxicity. */
export const praises = (c: Pick<Cues, 'praiseSwearing' | 'praiseIdiom'>): boolean => c.praiseSwearing.length > 0 || c.praiseIdiom.length > 0;

export function readCues(text: string, norm: Normalised): Cues {
  const { tokens, raw, classes } = norm;
  const joined = tokens.join(' ');
  const c: Cues = {
    insults: [], targeted: [], swears: [], praiseSwearing: [], identityAttack: [],
    // Owning a mistake needs "my" / "I" / "mijn" / "ik": without one the phrase scan is skipped.
    selfDeprecation: classes.some((k) => k.me) ? matches(OWN_FAULT, joined) : [],
    praiseIdiom: matches(PRAISE_IDIOM, joined), threat: matches(THREAT, joined),
    provocation: matches(PROVOCATION, joined), mockingEmoji: norm.emoji.filter((e) => MOCKING_EMOJI.has(e)),
    shouting: false, punctuationRun: text.match(PUNCTUATION_RUN) ?? [], concreteIssue: matches(ISSUE, joined), claim: matches(CLAIM, joined),
  };
  let lastYou = -10, lastMe = -10;
  // The group named in the comment, looked up only once something hostile needs it (most comments have none).
  let named: string | null | undefined;
  const group = (): string | null => (named === undefined ? (named = tokens.find((_, j) => classes[j]!.identity) ?? null) : named);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const k = classes[i]!;
    if (k.you) lastYou = i;
    if (k.me) lastMe = i;
    if (k.insult) {
      const word = raw[i]!;
      // "I was stupid", "ik ben zo dom": the writer about themselves, not an attack.
      if (i - lastMe <= 4 && lastMe > lastYou) c.selfDeprecation.push(word);
      else {
        c.insults.push(word);
        if (i - lastYou <= 4) c.targeted.push(word);
      }
    } else if (k.swear) {
      const near = [classes[i + 1], classes[i + 2], classes[i - 1]].some((n) => n?.positive);
      (near ? c.praiseSwearing : c.swears).push(raw[i]!);
      // "fuck you", "kanker op jij": a swear word aimed at the reader is an insult.
      if (!near && [classes[i + 1], classes[i + 2]].some((n) => n?.you)) c.targeted.push(raw[i]!);
    }
    if (k.slur) c.identityAttack.push(raw[i]!);
    else if (k.hostile || k.insult || k.swear) {
      const g = group();
      if (g && t !== g) c.identityAttack.push(`${g} … ${raw[i]}`);
    }
  }
  // A threat or a "you don't belong here" aimed at a named group is a group attack, hostile word or not.
  // (The group is looked up first: most comments name none, and then the phrase scan is skipped.)
  const g = c.identityAttack.length ? null : group();
  if (g) {
    const aimed = c.threat.length ? c.threat : matches(EXCLUSION, joined);
    if (aimed.length) c.identityAttack.push(`${g} … ${aimed[0]}`);
  }
  c.shouting = norm.letterCount >= 8 && norm.upperCount / norm.letterCount > 0.8;
  return c;
}
