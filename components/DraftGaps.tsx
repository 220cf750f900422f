import { t, type MessageKey } from '@/lib/i18n';
import type { gapsIn } from '@/lib/templates/render';

export type Gap = ReturnType<typeof gapsIn>[number];

/** "Fill in first:" and a link per gap that goes to where it is filled in (announced with the draft box). */
export function DraftGaps({ id, gaps, onGo }: { id: string; gaps: Gap[]; onGo(gap: Gap): void }) {
  if (!gaps.length) return null;
  return (
    <p class="warn gaps" id={id}>
      {t('draft_gaps')}{' '}
      {gaps.map((g) => (
        <button key={g.mark} type="button" class="link" onClick={() => onGo(g)}>
          {g.variable && !g.mark.startsWith('{') ? t(`variable_${g.variable}` as MessageKey) : t('draft_gap_text', g.mark)}
        </button>
      ))}
    </p>
  );
}
