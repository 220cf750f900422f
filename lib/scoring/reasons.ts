import type { Reason } from './assessment';

/**
 * Every reason code the scorer emits, with its English wording. The side panel translates the same codes
 * through browser.i18n as `reason_<code with _>`; badges and the CLI use `describeReason`.
 */
export const REASON_WORDING = {
  threat: 'threat',
  'identity-attack': 'attack on a group',
  insult: 'insult',
  'personal-attack': 'insult aimed at a person',
  swearing: 'swearing',
  'self-deprecation': 'about themselves, not an attack',
  'praise-swearing': 'swearing as praise',
  'praise-idiom': 'praise in slang',
  provocation: 'provocation',
  'mocking-emoji': 'mocking emoji',
  'all-caps': 'ALL CAPS',
  'punctuation-run': 'punctuation run',
  'copy-paste': 'same text posted again by the same author',
  'concrete-issue': 'concrete issue',
  claim: 'factual claim',
  praise: 'praise',
  'negative-tone': 'negative tone',
  'offensive-words': 'offensive wording',
  'hateful-words': 'hateful wording',
  question: 'question',
  'no-strong-cue': 'no strong cue',
} as const;

export type ReasonCode = keyof typeof REASON_WORDING;
export const REASON_CODES = Object.keys(REASON_WORDING) as ReasonCode[];

export function describeReason(reason: Reason): string {
  const label = (REASON_WORDING as Record<string, string>)[reason.code] ?? reason.code;
  return reason.evidence ? `${label}: '${reason.evidence}'` : label;
}
