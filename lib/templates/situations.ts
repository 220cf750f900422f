import type { Action } from '../scoring/assessment';

/** The kinds of reply a communication guide holds templates for. */
export const SITUATIONS = [
  'apology',
  'private-message',
  'fact-check',
  'answer',
  'thanks',
  'deflect-troll',
  'harassment-warning',
  'code-of-conduct',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Languages a template can be written in (the scorer's 'other' has no templates). */
export const TEMPLATE_LANGUAGES = ['en', 'nl'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** Every variable a template may use; anything else in braces is rejected when a template is written. */
export const VARIABLES = ['name', 'handle', 'issue', 'brand', 'source', 'timeframe', 'agent'] as const;
export type Variable = (typeof VARIABLES)[number];

/** `{word}` as written in a template. */
export const VARIABLE_PATTERN = /\{([a-zA-Z]+)\}/g;

/** Variables a text uses that are not in VARIABLES (empty when the text is valid). */
export function unknownVariables(text: string): string[] {
  return [...text.matchAll(VARIABLE_PATTERN)].map((m) => m[1]!).filter((v) => !(VARIABLES as readonly string[]).includes(v));
}

/**
 * Situations worth offering for the scorer's recommended action, best first. "ignore" still offers replies for
 * the audience, because the user may decide a troll's claim needs correcting for bystanders.
 */
const FOR_ACTION: Record<Action, Situation[]> = {
  apologise: ['apology', 'private-message'],
  thank: ['thanks'],
  answer: ['answer', 'private-message'],
  'fact-check': ['fact-check', 'deflect-troll'],
  ignore: ['deflect-troll', 'code-of-conduct'],
  mute: ['code-of-conduct', 'harassment-warning'],
  report: ['harassment-warning', 'code-of-conduct'],
};

export function situationsFor(action: Action): Situation[] {
  return FOR_ACTION[action];
}
