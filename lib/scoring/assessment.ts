/** What the scorer says about one comment. Plain data: it crosses the message boundary and is stored. */
export const ACTIONS = ['thank', 'answer', 'apologise', 'fact-check', 'ignore', 'mute', 'report'] as const;
export type Action = (typeof ACTIONS)[number];
/** The actions that are a reply the user writes (the others are decisions about the comment). */
export const REPLY_ACTIONS = ['apologise', 'answer', 'thank', 'fact-check'] as const satisfies readonly Action[];
/** What the user may do about a comment: any action, or blocking the author (never recommended). */
export const TAKEN_ACTIONS = [...ACTIONS, 'block'] as const;
export type TakenAction = (typeof TAKEN_ACTIONS)[number];

export type Language = 'en' | 'nl' | 'other';

export interface Tone {
  negative: number;
  neutral: number;
  positive: number;
}

/** A cue a person can check: `code` names the rule, `evidence` quotes what in the text triggered it. */
export interface Reason {
  code: string;
  evidence?: string;
}

export interface Assessment {
  language: Language;
  tone: Tone;
  /** Probabilities in 0..1. */
  toxicity: number;
  hate: number;
  threat: number;
  troll: number;
  complaint: number;
  misinformation: number;
  action: Action;
  confidence: number;
  /** 1–4 reasons, strongest first. */
  reasons: Reason[];
  /** When the model is torn (policy.ts `alternativeOf`): the runner-up, its probability and 1–2 reasons for it
   * over the recommendation, so the card can offer it beside the recommendation instead of hiding it in a menu. */
  alternative?: Alternative;
}

export interface Alternative {
  action: Action;
  confidence: number;
  reasons: Reason[];
}

/** The scorer's input: the text plus what it needs from the thread (copy-paste detection, owner replies). */
export interface ScoreInput {
  id: string;
  text: string;
  author?: string;
  byOwner?: boolean;
  /** Epoch milliseconds of the comment, when the page gives it (waves are within 24 hours). */
  time?: number;
  /** What the person memory knows of the author: provocations of theirs the user already ignored, and after
   * how many the user wants them muted (the rubric's troll "established by repeated provocation"). */
  person?: { ignoredProvocations: number; muteAfter: number };
  /** The size of a wave (waves.ts) this comment belongs to across the threads Tactful saw, when known. */
  wave?: number;
  /** The comment follows up on the owner's reply in its conversation (lib/thread/answered.ts), with the question that
   * reply asked, if any: "Nummer 4411, dank 🙏" after "Stuur ons je ordernummer?" answers it. */
  followUp?: { question?: string };
  /** What the comment carries besides text ("gif", "sticker", "photo", "video"), as the adapter read it. */
  media?: readonly string[];
}
