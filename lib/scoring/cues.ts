/**
 * Cues: what in a comment is evidence for which action of the rubric (docs/judgement.md), each kept as the
 * token spans that fired so a reason can quote them as written. English and Dutch side by side; the action
 * model (action-model.ts) weighs them together with the words themselves; tests/unit/scoring/cues.test.ts has
 * cases for every cue in both languages.
 */
import { readWordCues, groupAttack, type WordCues } from './cues-words';
import { PHRASES } from './phrase-index';
import { matchPhrases, type Span } from './phrase-match';
import type { Normalised } from './text';
import { countEmoji } from './words';



export interface Cues extends WordCues {
  threat: readonly Span[];
  doxxing: readonly Span[];
  sexual: readonly Span[];
  selfHarm: readonly Span[];
  pileOn: readonly Span[];
  spam: readonly Span[];
  sarcasm: readonly Span[];
  provocation: readonly Span[];
  rumour: readonly Span[];
  claim: readonly Span[];
  concreteIssue: readonly Span[];
  experience: readonly Span[];
  /** Questions that open a sentence ("Do you ship…", "Hebben jullie…"), and whether there is a "?". */
  question: readonly Span[];
  questionMark: boolean;
  praise: readonly Span[];
  praiseIdiom: readonly Span[];
  ownFault: readonly Span[];
  mockingEmoji: number;
  weaponEmoji: number;
  positiveEmoji: number;
  negativeEmoji: number;
  links: number;
  mentions: number;
  /** A phone number or a street address in the text. */
  contact: boolean;
  /** Letters styled with Unicode (𝐟𝐫𝐞𝐞, ｆｒｅｅ): spam and filter dodges write like that. */
  styled: boolean;
  shouting: boolean;
  punctuationRun: number;
}

const PUNCTUATION_RUN = /[!?]{3,}/gu;
const WEAPON_EMOJI = new Set(['🔪', '🔫', '💣', '🪓', '🩸', '⚰️', '⚰', '🧨', '🗡️', '🗡', '☠️', '☠']);
const PHONE = /(?:\+|00)\d{2}[\s-]?\d(?:[\s-]?\d){7,}|\b0\d(?:[\s-]?\d){8}\b|\(\d{3}\)\s?\d{3}-\d{4}/u;
const ADDRESS = /\b\p{Lu}\p{Ll}+(?:straat|laan|weg|plein|gracht|kade|dijk|singel|hof|steeg)\s\d{1,4}\b|\b\d{1,5}\s\p{Lu}\p{Ll}+\s(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Way|Court)\b/u;
const NONE: readonly Span[] = [];
const STYLED = /[\u{1D400}-\u{1D7FF}\uFF01-\uFF5E]/u;
const GREETING = new Set(['mentionuser', 'hi', 'hey', 'hello', 'hallo', 'hoi', 'dag', 'beste', 'dear', 'goedemorgen', 'goedemiddag', 'goedenavond', 'yo', 'heey', 'heyy', 'ey']);

/** Spans inside another list's spans (a threat inside "would it kill you to…") are dropped. */
const outside = (spans: readonly Span[] | undefined, cover: readonly Span[]): readonly Span[] =>
  (spans ?? []).filter((s) => !cover.some((c) => s.from >= c.from && s.to <= c.to));

/** A question phrase counts where a sentence starts, after a greeting or @mention at most. */
function atSentenceStart(norm: Normalised, spans: readonly Span[] | undefined): readonly Span[] {
  return (spans ?? []).filter((s) => norm.starts[s.from] || (s.from > 0 && GREETING.has(norm.tokens[s.from - 1]!) && (norm.starts[s.from - 1] || s.from === 1)));
}

/** Words that make a service's topic a compliment: "quick delivery", "snelle levering", "free shipping". */
const PRAISED_TOPIC = new Set(['quick', 'fast', 'speedy', 'rapid', 'prompt', 'swift', 'smooth', 'free', 'superfast', 'snel', 'snelle', 'supersnelle',
  'vlot', 'vlotte', 'gratis', 'perfecte', 'keurige', 'nette']);

/**
 * A concrete issue names a failure or a service's topic ("delivery", "levering"); a topic praised by the word before
 * it is no failure ("thanks for the quick delivery"). Failures ("late", "kapot") never follow such a word.
 */
function unpraised(norm: Normalised, spans: readonly Span[] | undefined): readonly Span[] {
  if (!spans?.length) return NONE;
  const kept = spans.filter((s) => s.from === 0 || !PRAISED_TOPIC.has(norm.tokens[s.from - 1]!));
  return kept.length === spans.length ? spans : kept;
}

/** Swearing or slang used as praise ("damn good", "you killed it"): both lift the tone and cap toxicity. */
export const praises = (c: Pick<Cues, 'praiseSwearing' | 'praiseIdiom'>): boolean => c.praiseSwearing.length > 0 || c.praiseIdiom.length > 0;

export function readCues(text: string, norm: Normalised, language: string): Cues {
  const found = matchPhrases(PHRASES, norm.tokens, norm.classes);
  const idiom = found.get('idiom') ?? NONE;
  const words = readWordCues(norm, found.get('commenterRef') ?? NONE, language);
  const threat = outside(found.get('threat'), idiom);
  const identityAttack = groupAttack(norm, words, threat, found.get('exclusion') ?? NONE, found.get('selfIdentity') ?? NONE);
  const emoji = countEmoji(norm.emoji);
  let digits = 0, ascii = true, bangs = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 33 || code === 63) bangs++;
    else if (code > 127) ascii = false;
  }
  let links = 0, mentions = 0, weapons = 0;
  for (const t of norm.tokens) t === 'httpurl' ? links++ : t === 'mentionuser' && mentions++;
  for (const e of norm.emoji) if (WEAPON_EMOJI.has(e)) weapons++;
  // Listed field by field: an object literal with a spread is built slowly (measured: most of readCues' time).
  return {
    insults: words.insults, targeted: words.targeted, selfDeprecation: words.selfDeprecation, swears: words.swears,
    praiseSwearing: words.praiseSwearing, slurs: words.slurs, identityAttack,
    threat,
    doxxing: found.get('doxxing') ?? NONE, sexual: found.get('sexual') ?? NONE, selfHarm: found.get('selfHarm') ?? NONE, pileOn: found.get('pileOn') ?? NONE, spam: found.get('spam') ?? NONE,
    sarcasm: found.get('sarcasm') ?? NONE, provocation: found.get('provocation') ?? NONE, rumour: found.get('rumour') ?? NONE, claim: found.get('claim') ?? NONE,
    concreteIssue: unpraised(norm, found.get('issue')), experience: found.get('experience') ?? NONE, question: atSentenceStart(norm, found.get('question')),
    questionMark: text.includes('?'), praise: found.get('praise') ?? NONE, praiseIdiom: outside(found.get('praiseIdiom'), threat), ownFault: found.get('ownFault') ?? NONE,
    mockingEmoji: emoji.mocking, positiveEmoji: emoji.positive, negativeEmoji: emoji.negative,
    weaponEmoji: weapons, links, mentions,
    // The regexes run only on the few comments that could match them.
    contact: (digits >= 9 && PHONE.test(text)) || (digits > 0 && digits < 9 && ADDRESS.test(text)),
    styled: !ascii && STYLED.test(text),
    shouting: norm.letterCount >= 8 && norm.upperCount / norm.letterCount > 0.8,
    punctuationRun: bangs >= 3 ? text.match(PUNCTUATION_RUN)?.length ?? 0 : 0,
  };
}
