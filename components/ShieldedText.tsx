import { t } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { shieldKind } from '@/lib/panel/shield';
import { ScrollText } from './ScrollText';
import type { Assessment } from '@/lib/scoring/assessment';

/** The comment text, or — while the shield covers it — a neutral summary until the user chooses to read it. */
export function ShieldedText({ text, assessment, hidden, onReveal }: { text: string; assessment: Assessment; hidden: boolean; onReveal(): void }) {
  if (!hidden) return <ScrollText text={text} />;
  return (
    <p class="text shielded">
      <span class="summary">{t(`shield_${shieldKind(assessment)}` as MessageKey)}</span>{' '}
      <button type="button" class="link" onClick={onReveal}>{t('shield_reveal')}</button>
    </p>
  );
}
