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
export const VARIABLES = [
  'name', 'handle', 'order', 'product', 'place', 'issue', 'answer', 'timeframe', 'brand', 'agent', 'source', 'claim',
] as const;
export type Variable = (typeof VARIABLES)[number];

/**
 * Where a variable's value comes from: the comment itself (the person, and the facts they gave), the settings,
 * the fact-check source picked in the panel, or the person replying, who types it. The panel gives every one
 * a field or asks for the setting, so a draft never has to leave with a gap.
 */
export const VARIABLE_ORIGIN: Record<Variable, 'comment' | 'setting' | 'source' | 'typed'> = {
  name: 'comment', handle: 'comment', order: 'comment', product: 'comment', place: 'comment',
  issue: 'typed', answer: 'typed', timeframe: 'typed',
  brand: 'setting', agent: 'setting',
  source: 'source', claim: 'source',
};

/** `{word}` as written in a template. */
export const VARIABLE_PATTERN = /\{([a-zA-Z]+)\}/g;

/** The variables a template uses, each once, in order of first use. */
export const variablesIn = (text: string): Variable[] => [...new Set([...text.matchAll(VARIABLE_PATTERN)].map((m) => m[1] as Variable))];

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
