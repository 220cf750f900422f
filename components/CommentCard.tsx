import { t, actionLabel, reasonLabel, type MessageKey } from '@/lib/i18n';
import type { Decision, ReplyKind } from '@/lib/panel/desk';
import { formatDuration } from '@/lib/panel/format';
import { waitingSince, type QueueItem } from '@/lib/panel/queue';
import { VERDICT } from '@/lib/panel/verdict';
import { Meter } from './Meter';
import { ShieldedText } from './ShieldedText';
import type { ComponentChildren } from 'preact';
import { memo } from 'preact/compat';

interface Props {
  item: QueueItem;
  selected: boolean;
  shielded: boolean;
  handled: boolean;
  now: number;
  targetMinutes: number;
  locale: string;
  /** Stable across renders (the list memoises cards; only changed cards re-render). */
  onSelect(id: string): void;
  onReply(id: string, kind: ReplyKind): void;
  onDecide(id: string, decision: Decision): void;
  children?: ComponentChildren;
}

const REPLIES: ReplyKind[] = ['apologise', 'answer', 'thank', 'fact-check'];
const DECIDE: Decision[] = ['ignore', 'mute', 'block', 'report'];

/** One comment: who, what, how it scores, what to do and why, how long it has waited. */
export const CommentCard = memo(function CommentCard(p: Props) {
  const { comment, assessment: a } = p.item;
  const waited = p.now - waitingSince(p.item);
  const late = waited > p.targetMinutes * 60_000;
  const recommended = a.action;
  return (
    <li class={`card${p.selected ? ' selected' : ''}${p.handled ? ' handled' : ''}`} data-comment={comment.id} data-need={p.item.need}
      aria-current={p.selected ? 'true' : undefined} onClick={() => p.onSelect(comment.id)}>
      <div class="who">
        <strong dir="auto">{comment.authorName}</strong>
        <span dir="ltr">@{comment.handle}</span>
        <a href={comment.permalink || undefined} target="_blank" rel="noreferrer" title={comment.time ?? ''}>{comment.timeText}</a>
      </div>
      <ShieldedText text={comment.text} assessment={a} shielded={p.shielded} />
      {comment.truncated && <p class="hint">{t('card_truncated')}</p>}
      <div class="bars">
        <Meter label={t('bar_negative')} value={a.tone.negative} tone="neg" />
        <Meter label={t('bar_troll')} value={a.troll} tone="troll" />
        <span class={`wait${late ? ' late' : ''}`}>
          {t('card_waiting', formatDuration(waited, p.locale), formatDuration(p.targetMinutes * 60_000, p.locale))}
        </span>
      </div>
      <p class="why">
        <span class="chip" data-action={recommended}>{actionLabel(recommended)}</span>{' '}
        <strong>{t(`verdict_${VERDICT[recommended]}` as MessageKey)}</strong>{' '}
        <span>{a.reasons.map(reasonLabel).join(' · ')}</span>
      </p>
      {p.handled && <p class="hint">{t('card_handled')}</p>}
      <div class="actions" role="group" aria-label={t('card_actions')}>
        {REPLIES.map((k) => (
          <button key={k} type="button" class={k === recommended ? 'primary' : ''} onClick={(e) => { e.stopPropagation(); p.onReply(comment.id, k); }}>
            {actionLabel(k)}
          </button>
        ))}
        <span class="sep" aria-hidden="true" />
        {DECIDE.map((d) => (
          <button key={d} type="button" class={d === recommended ? 'primary danger' : d === 'ignore' ? '' : 'danger'}
            onClick={(e) => { e.stopPropagation(); p.onDecide(comment.id, d); }}>
            {t(`decide_${d}` as MessageKey)}
          </button>
        ))}
      </div>
      {p.children}
    </li>
  );
});
