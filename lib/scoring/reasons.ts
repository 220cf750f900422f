import type { Reason } from './assessment';

/** English wording of each reason code; the side panel translates the same codes through browser.i18n. */
const WORDING: Record<string, string> = {
  insult: 'insult',
  'all-caps': 'ALL CAPS',
  'concrete-issue': 'concrete issue',
  claim: 'factual claim',
  praise: 'praise',
  'no-strong-cue': 'no strong cue',
};

export function describeReason(reason: Reason): string {
  const label = WORDING[reason.code] ?? reason.code;
  return reason.evidence ? `${label}: '${reason.evidence}'` : label;
}
