import type { Action } from '../scoring/assessment';

/** "Worth answering?" per recommended action: the answer a person deciding about one comment wants first. */
export type Verdict = 'yes' | 'audience' | 'optional' | 'no';

export const VERDICT: Record<Action, Verdict> = {
  apologise: 'yes',
  answer: 'yes',
  'fact-check': 'audience',
  thank: 'optional',
  ignore: 'no',
  mute: 'no',
  report: 'no',
};
