/**
 * The dense half of the action model's input (the other half is the comment's hashed words): the heads'
 * scores (tone, offensive, hate, complaint; stacked, trained on public data) and every cue, as log counts.
 * Training (scripts/train/actions.ts) and scoring build it with this one function, so both see the same thing.
 * Each feature names the reason it stands for when it pushes a decision (reasons.ts).
 */
import type { Cues } from './cues';
import type { Span } from './phrase-match';

export const ACTION_DENSE = [
  'tone-negative', 'tone-positive', 'offensive', 'hate', 'complaint', 'lexicon-positive', 'lexicon-negative',
  'insult', 'personal-attack', 'self-deprecation', 'swearing', 'praise-swearing', 'slur', 'identity-attack',
  'threat', 'doxxing', 'sexual', 'self-harm', 'pile-on', 'weapon-emoji', 'weapon-aimed',
  'spam', 'link', 'mention', 'contact', 'styled-text', 'link-with-praise',
  'sarcasm', 'provocation', 'mocking-emoji', 'all-caps', 'punctuation-run', 'insult-without-issue',
  'rumour', 'claim', 'concrete-issue', 'experience', 'insult-with-issue',
  'question', 'question-mark', 'praise', 'praise-idiom', 'own-fault', 'positive-emoji', 'negative-emoji',
  'emoji-only', 'length', 'dutch', 'copy-paste',
  // Pairs a linear model cannot form by itself: sarcasm or praise about a concrete problem is a complaint, a
  // question about one may be too, a claim asked as a question wants an answer.
  'sarcasm-with-issue', 'praise-with-issue', 'question-with-issue', 'claim-in-question',
] as const;
export type ActionFeature = (typeof ACTION_DENSE)[number];
export const ACTION_DENSE_SIZE = ACTION_DENSE.length;

/** The cue spans behind each feature, for quoting (features without spans quote nothing). */
export function spansOf(c: Cues): Partial<Record<ActionFeature, readonly Span[]>> {
  return {
    insult: c.insults, 'personal-attack': c.targeted, 'self-deprecation': c.selfDeprecation, swearing: c.swears,
    'praise-swearing': c.praiseSwearing, slur: c.slurs, 'identity-attack': c.identityAttack, threat: c.threat, doxxing: c.doxxing,
    sexual: c.sexual, 'self-harm': c.selfHarm, 'pile-on': c.pileOn, spam: c.spam, sarcasm: c.sarcasm, provocation: c.provocation,
    rumour: c.rumour, claim: c.claim, 'concrete-issue': c.concreteIssue, experience: c.experience, question: c.question,
    praise: c.praise, 'praise-idiom': c.praiseIdiom, 'own-fault': c.ownFault, 'insult-without-issue': c.insults, 'insult-with-issue': c.insults,
    'sarcasm-with-issue': c.sarcasm, 'praise-with-issue': c.concreteIssue, 'question-with-issue': c.concreteIssue, 'claim-in-question': c.claim,
  };
}

const log = (n: number) => Math.log1p(Math.min(n, 6));
const clip = (z: number) => Math.max(-6, Math.min(6, z));

export interface StackInput {
  cues: Cues;
  /** Head outputs: tone probabilities and the raw offensive / hate / complaint logits. */
  tone: [number, number, number];
  offensive: number;
  hate: number;
  complaint: number;
  /** The features.ts dense vector: lexicon polarity is at 3 and 4. */
  wordDense: Float64Array;
  tokens: number;
  emojiOnly: boolean;
  dutch: boolean;
  copyPaste: boolean;
}

const out = new Float64Array(ACTION_DENSE_SIZE);

/** Reused across calls like features.ts's scratch: read it before the next comment (training copies it). */
export function actionDense(s: StackInput): Float64Array {
  const c = s.cues;
  const issue = c.concreteIssue.length + c.experience.length > 0;
  const aimedWeapon = c.weaponEmoji > 0 && (c.mentions > 0 || c.targeted.length > 0) ? 1 : 0;
  let k = 0;
  const put = (x: number) => void (out[k++] = x);
  [
    s.tone[0], s.tone[2], clip(s.offensive) / 3, clip(s.hate) / 3, clip(s.complaint) / 3, s.wordDense[3]!, s.wordDense[4]!,
    log(c.insults.length), log(c.targeted.length), log(c.selfDeprecation.length), log(c.swears.length), log(c.praiseSwearing.length),
    log(c.slurs.length), log(c.identityAttack.length), log(c.threat.length), log(c.doxxing.length), log(c.sexual.length),
    log(c.selfHarm.length), log(c.pileOn.length), log(c.weaponEmoji), aimedWeapon,
    log(c.spam.length), log(c.links), log(c.mentions), c.contact ? 1 : 0, c.styled ? 1 : 0, c.links > 0 && c.praise.length + c.positiveEmoji > 0 ? 1 : 0,
    log(c.sarcasm.length), log(c.provocation.length), log(c.mockingEmoji), c.shouting ? 1 : 0, log(c.punctuationRun),
    !issue && c.insults.length ? 1 : 0,
    log(c.rumour.length), log(c.claim.length), log(c.concreteIssue.length), log(c.experience.length), issue && c.insults.length ? 1 : 0,
    log(c.question.length), c.questionMark ? 1 : 0, log(c.praise.length), log(c.praiseIdiom.length), log(c.ownFault.length),
    log(c.positiveEmoji), log(c.negativeEmoji),
    s.emojiOnly ? 1 : 0, Math.log1p(s.tokens) / 4, s.dutch ? 1 : 0, s.copyPaste ? 1 : 0,
    issue && c.sarcasm.length ? 1 : 0, issue && c.praise.length + c.positiveEmoji > 0 ? 1 : 0,
    issue && (c.question.length > 0 || c.questionMark) ? 1 : 0, c.claim.length + c.rumour.length > 0 && c.question.length > 0 ? 1 : 0,
  ].forEach(put);
  return out;
}
