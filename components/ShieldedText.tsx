import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { shieldKind } from '@/lib/panel/shield';
import { ScrollText } from './ScrollText';
import type { Assessment } from '@/lib/scoring/assessment';

/** The comment text, or — when the shield covers it — a neutral summary until the user chooses to read it. */
export function ShieldedText({ text, assessment, shielded }: { text: string; assessment: Assessment; shielded: boolean }) {
  const [revealed, setRevealed] = useState(false);
  if (!shielded || revealed) return <ScrollText text={text} />;
  return (
    <p class="text shielded">
      <span class="summary">{t(`shield_${shieldKind(assessment)}` as MessageKey)}</span>{' '}
      <button type="button" class="link" onClick={() => setRevealed(true)}>{t('shield_reveal')}</button>
    </p>
  );
}
