/**
 * The well-being shield: which comments are blurred until the user chooses to read them. Shared by the side
 * panel and the on-page badges so both hide exactly the same comments.
 */
import type { Assessment } from '../scoring/assessment';

export const SHIELD_LEVELS = ['off', 'severe', 'toxic'] as const;
export type ShieldLevel = (typeof SHIELD_LEVELS)[number];

/** Severe = very likely abuse, hate or a threat; toxic = anything the offensive model leans towards. */
const CUTOFF: Record<Exclude<ShieldLevel, 'off'>, number> = { severe: 0.85, toxic: 0.5 };

export function harm(a: Pick<Assessment, 'toxicity' | 'hate' | 'threat'>): number {
  return Math.max(a.toxicity, a.hate, a.threat);
}

export function shielded(a: Pick<Assessment, 'toxicity' | 'hate' | 'threat'>, level: ShieldLevel): boolean {
  return level !== 'off' && harm(a) >= CUTOFF[level];
}

/** The neutral one-line summary shown instead of the text: what kind of harm, never the words themselves. */
export function shieldKind(a: Pick<Assessment, 'toxicity' | 'hate' | 'threat'>): 'threat' | 'hate' | 'insult' {
  if (a.threat >= a.hate && a.threat >= a.toxicity) return 'threat';
  return a.hate >= a.toxicity ? 'hate' : 'insult';
}
