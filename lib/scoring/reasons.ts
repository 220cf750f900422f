import type { Action, Reason } from './assessment';
import type { ActionFeature } from './action-features';

/**
 * Every reason code the scorer emits, with its English wording. The side panel translates the same codes
 * through browser.i18n as `reason_<code with _>`; badges and the CLI use `describeReason`.
 */
export const REASON_WORDING = {
  threat: 'threat',
  doxxing: 'personal details of someone',
  'sexual-harassment': 'sexual harassment',
  'self-harm': 'urging self-harm',
  'pile-on': 'calls others to pile on',
  'weapon-emoji': 'weapon emoji aimed at someone',
  'identity-attack': 'attack on a group',
  slur: 'slur',
  insult: 'insult',
  'personal-attack': 'insult aimed at a person',
  abuse: 'abusive wording',
  swearing: 'swearing',
  'self-deprecation': 'about themselves, not an attack',
  'praise-swearing': 'swearing as praise',
  'praise-idiom': 'praise in slang',
  spam: 'spam or scam',
  link: 'link',
  'contact-details': 'phone number or address',
  'styled-text': 'styled letters',
  provocation: 'provocation',
  sarcasm: 'sarcasm',
  'mocking-emoji': 'mocking emoji',
  'all-caps': 'ALL CAPS',
  'punctuation-run': 'punctuation run',
  'copy-paste': 'same text posted again',
  wave: 'same text from many accounts',
  'media-only': 'only media, no words: look at it yourself',
  'unread-language': 'not English or Dutch: read it yourself',
  'repeat-offender': 'provocations you already ignored',
  'follow-up': 'answers what you asked in this conversation',
  'concrete-issue': 'concrete issue',
  'personal-experience': 'what happened to them',
  rumour: 'rumour',
  claim: 'factual claim',
  question: 'question',
  'needs-information': 'asks for information',
  praise: 'praise',
  'own-fault': 'their own mistake',
  'positive-emoji': 'positive emoji',
  'negative-emoji': 'negative emoji',
  'negative-tone': 'negative tone',
  'offensive-words': 'offensive wording',
  'hateful-words': 'hateful wording',
  'no-strong-cue': 'no strong cue',
} as const;

export type ReasonCode = keyof typeof REASON_WORDING;
export const REASON_CODES = Object.keys(REASON_WORDING) as ReasonCode[];

/** What the comment's own words say when they decide the action (no cue list behind them). */
export const WORDS_REASON: Record<Action, ReasonCode> = {
  report: 'abuse', mute: 'spam', ignore: 'provocation', 'fact-check': 'claim', apologise: 'concrete-issue',
  answer: 'needs-information', thank: 'praise',
};

/** The reason each dense feature stands for; head scores and length speak through the words instead. */
export const FEATURE_REASON: Partial<Record<ActionFeature, ReasonCode>> = {
  'tone-negative': 'negative-tone', insult: 'insult', 'personal-attack': 'personal-attack', 'self-deprecation': 'self-deprecation',
  swearing: 'swearing', 'praise-swearing': 'praise-swearing', slur: 'slur', 'identity-attack': 'identity-attack', threat: 'threat',
  doxxing: 'doxxing', sexual: 'sexual-harassment', 'self-harm': 'self-harm', 'pile-on': 'pile-on', 'weapon-emoji': 'weapon-emoji',
  'weapon-aimed': 'weapon-emoji', spam: 'spam', link: 'link', contact: 'contact-details', 'styled-text': 'styled-text',
  'link-with-praise': 'spam', sarcasm: 'sarcasm', provocation: 'provocation', 'mocking-emoji': 'mocking-emoji', 'all-caps': 'all-caps',
  'punctuation-run': 'punctuation-run', 'insult-without-issue': 'insult', rumour: 'rumour', claim: 'claim', 'concrete-issue': 'concrete-issue',
  experience: 'personal-experience', 'insult-with-issue': 'concrete-issue', question: 'question', 'question-mark': 'question', praise: 'praise',
  'praise-idiom': 'praise-idiom', 'own-fault': 'own-fault', 'positive-emoji': 'positive-emoji', 'negative-emoji': 'negative-emoji',
  'copy-paste': 'copy-paste', 'sarcasm-with-issue': 'sarcasm', 'praise-with-issue': 'concrete-issue', 'question-with-issue': 'concrete-issue',
  'claim-in-question': 'question',
};

export function describeReason(reason: Reason): string {
  const label = (REASON_WORDING as Record<string, string>)[reason.code] ?? reason.code;
  return reason.evidence ? `${label}: '${reason.evidence}'` : label;
}
