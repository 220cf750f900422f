/**
 * The words a card uses for its context: the person's pattern ("3rd provocation in 7 days · ignored twice") and
 * the wave ("41 accounts · same claim"), in the interface's language.
 */
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../i18n';
import { PERSON_DECISIONS, type PersonPattern } from '../people/person';
import type { Action } from '../scoring/assessment';
import type { WaveTag } from '../background/wave-pool';
import type { Comment } from '../sites/site-adapter';

const ordinals = new Map<string, Intl.PluralRules>();

/** "3rd" / "3e": English ordinal suffixes from the plural rules; Dutch has one ("e"). */
export function ordinal(n: number, locale = browser.i18n.getUILanguage()): string {
  let rules = ordinals.get(locale);
  if (!rules) ordinals.set(locale, (rules = new Intl.PluralRules(locale, { type: 'ordinal' })));
  return t(`person_ordinal_${rules.select(n)}` as MessageKey, String(n));
}

/** "once", "twice", "3 times" (en) / "1 keer", "2 keer" (nl). */
const times = (n: number): string => (n === 1 ? t('person_times_1') : n === 2 ? t('person_times_2') : t('person_times_n', String(n)));

export function patternText(p: PersonPattern, locale?: string): string {
  const span = p.days <= 1 ? t('person_span_day') : t('person_span_days', String(p.days));
  // "3rd provocation in 7 days" / "3e provocatie in 7 dagen": the same order in both languages.
  const head = p.nth > 1 ? `${ordinal(p.nth, locale)} ${t(`person_kind_${p.kind}` as MessageKey)} ${span}` : '';
  const decided = PERSON_DECISIONS.filter((d) => p.decisions[d] > 0).map((d) => t('person_decision', t(`person_${d}` as MessageKey), times(p.decisions[d])));
  return [head, ...decided].filter(Boolean).join(' · ');
}

/** "41 accounts · same claim" (a wave answered for the audience) or "… · same text" (bots to mute). */
export const waveText = (w: WaveTag, action: Action): string => t(action === 'fact-check' ? 'wave_claim' : 'wave_text', String(w.accounts));

/** How a person is named in a list: @handle, or the name on Facebook (which has no handles). */
export const displayName = (c: Pick<Comment, 'platform' | 'handle' | 'authorName'>): string =>
  c.platform === 'facebook' || !c.handle ? c.authorName : `@${c.handle}`;

/** The platforms' own names (the same in every language). */
export const PLATFORM_NAME: Record<Comment['platform'], string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' };
