import type { Values } from './render';
import { variablesIn, type Variable } from './situations';

/** Variables whose value only the comment can give (see facts.ts). */
export const FACT_VARIABLES: readonly Variable[] = ['order', 'product', 'place'];

/**
 * Facts a reply asks for when it lacks them ("DM us your order number"). When the comment gives one, a variant
 * that does not use it would ask the person for what they already wrote, so it does not fit.
 */
const ASKED: readonly Variable[] = ['order'];

const given = (values: Values, v: Variable): boolean => Boolean(values[v]?.trim());

/**
 * How well a variant fits the comment: undefined when it does not fit (it needs a fact the comment did not give,
 * or it would ask for one the comment gave), else how many of the comment's facts it uses — more is more
 * personal, so it is offered first among variants equally fresh.
 */
export function fit(variant: string, values: Values): number | undefined {
  const used = new Set(variablesIn(variant));
  if (FACT_VARIABLES.some((f) => used.has(f) && !given(values, f))) return undefined;
  if (ASKED.some((f) => given(values, f) && !used.has(f))) return undefined;
  return FACT_VARIABLES.filter((f) => used.has(f)).length;
}

/**
 * The variants to offer: those that fit, or — when a guide has none that fit (written without facts in mind, or
 * only with facts this comment lacks) — all of them, so there is still a draft and the panel asks for the gaps.
 */
export function fitting<T>(items: readonly T[], text: (item: T) => string, values: Values): T[] {
  const fits = items.filter((item) => fit(text(item), values) !== undefined);
  return fits.length ? fits : [...items];
}
