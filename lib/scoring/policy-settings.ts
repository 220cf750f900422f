/**
 * The response policy's thresholds. They live in the user's settings (IndexedDB, see lib/store) and are passed
 * to the scorer; these defaults apply until the user changes them. All values are probabilities in 0..1.
 */
export interface PolicyThresholds {
  /** toxicity / hate / threat at or above this → report (and keep evidence). */
  report: number;
  /** trollishness at or above this, with a personal insult → mute. */
  mute: number;
  /** trollishness at or above this → ignore (don't feed the troll). */
  ignore: number;
  /** misinformation-claim score at or above this → fact-check for the audience. */
  factCheck: number;
  /** genuine-complaint score at or above this → apologise. */
  apologise: number;
}

export const DEFAULT_THRESHOLDS: PolicyThresholds = {
  report: 0.7,
  mute: 0.75,
  ignore: 0.55,
  factCheck: 0.5,
  apologise: 0.5,
};
