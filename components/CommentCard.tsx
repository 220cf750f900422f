import { t, actionLabel, reasonLabel, type MessageKey } from '@/lib/i18n';
import { DECISIONS, REPLY_KINDS, type Decision, type ReplyKind } from '@/lib/panel/desk';
import { formatDuration } from '@/lib/panel/format';
import { waitingSince, type QueueItem } from '@/lib/panel/queue';
import { VERDICT } from '@/lib/panel/verdict';
import { displayName } from '@/lib/panel/context-text';
import type { Action, Reason } from '@/lib/scoring/assessment';
import { ActionMenu, type MenuItem } from './ActionMenu';
import { Meter } from './Meter';
import { ShieldedText } from './ShieldedText';
import { answeredText, FollowUpThread } from './ThreadContext';
import type { ComponentChildren } from 'preact';
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';

/** A wave's card: the wave's size and words, its comments on this page, and who is next when it goes one by one. */
export interface WaveView {
  line: string;
  members: readonly QueueItem[];
  /** Of `members`, those already handled. */
  done: number;
  /** Mute, block and report go one account at a time: the next one's name. */
  next?: string;
}

interface Props {
  item: QueueItem;
  /** What the person memory knows: "3rd provocation in 7 days · ignored twice". */
  pattern?: string;
  wave?: WaveView;
  selected: boolean;
  shielded: boolean;
  /** A follow-up's earlier comment is shielded: its text is not shown in the conversation. */
  originalHidden?: boolean;
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

const REPLIES: readonly ReplyKind[] = REPLY_KINDS;
const DECIDE: readonly Decision[] = DECISIONS;
/** The queue's single-key shortcuts (useQueueKeys), shown in the menu and announced on the buttons. */
const SHORTCUT: Partial<Record<ReplyKind | Decision, string>> = { apologise: 'a', 'fact-check': 'f', ignore: 'i', report: 'r' };

const label = (k: ReplyKind | Decision): string => (REPLIES as readonly string[]).includes(k) ? actionLabel(k as ReplyKind) : t(`decide_${k}` as MessageKey);

/** One comment: who, what, how it scores, what to do and why, how long it has waited. */
export const CommentCard = memo(function CommentCard(p: Props) {
  const { comment, assessment: a } = p.item;
  const waited = p.now - waitingSince(p.item);
  // Never "waiting 0 min" for a comment whose time the page did not show: it says so, and counts from first seen.
  const waitKey = comment.timeFrom === 'exact' ? 'card_waiting' : comment.timeFrom === 'label' ? 'card_waiting_label'
    : waited < 60_000 ? 'card_waiting_unknown_now' : 'card_waiting_unknown';
  const late = waited > p.targetMinutes * 60_000;
  const [revealed, setRevealed] = useState(false);
  const hidden = p.shielded && !revealed;
  const recommended = a.action;
  const act = (k: string) => (REPLIES as readonly string[]).includes(k) ? p.onReply(comment.id, k as ReplyKind) : p.onDecide(comment.id, k as Decision);
  const alt = a.alternative;
  const others: MenuItem[] = [...REPLIES, ...DECIDE].filter((k) => k !== recommended && k !== alt?.action)
    .map((k) => ({ key: k, label: label(k), shortcut: SHORTCUT[k], danger: k !== 'ignore' && (DECIDE as readonly string[]).includes(k), group: (REPLIES as readonly string[]).includes(k) ? 0 : 1 }));
  // While the text is hidden, so are the words the reasons quote from it ("insult: 'idiots'").
  const reasonLine = (rs: readonly Reason[]) => rs.map((r) => reasonLabel(hidden ? { code: r.code } : r)).join(' · ');
  const button = (k: Action, kind: 'primary' | 'second') => (
    <button type="button" class={`${kind}${k === 'mute' || k === 'report' ? ' danger' : ''}`} data-action={k} aria-keyshortcuts={SHORTCUT[k]}
      onClick={(e) => { e.stopPropagation(); act(k); }}>
      {label(k)}
    </button>
  );
  return (
    <li class={`card${p.selected ? ' selected' : ''}${p.handled ? ' handled' : ''}`} data-comment={comment.id} data-need={p.item.need}
      aria-current={p.selected ? 'true' : undefined} onClick={() => p.onSelect(comment.id)}>
      <div class="who">
        <strong dir="auto">{comment.authorName}</strong>
        {/* Facebook has no handles: its "handle" is a profile slug or a number nobody knows a person by. */}
        {comment.platform !== 'facebook' && <span dir="ltr">@{comment.handle}</span>}
        <a href={comment.permalink || undefined} target="_blank" rel="noreferrer" title={comment.time ?? ''}>{comment.timeText}</a>
      </div>
      {p.pattern && <p class="context" data-context="person">{p.pattern}</p>}
      {p.item.followUp && <FollowUpThread item={p.item} now={p.now} locale={p.locale} originalHidden={p.originalHidden} />}
      {p.item.answered && <p class="context answered" data-context="answered">{answeredText(p.item.answered, p.now, p.locale)}</p>}
      {p.wave && <WaveLine wave={p.wave} reply={(REPLIES as readonly string[]).includes(recommended)} />}
      <ShieldedText text={comment.text} assessment={a} hidden={hidden} onReveal={() => setRevealed(true)} />
      {comment.truncated && <p class="hint">{t('card_truncated')}</p>}
      <div class="bars">
        <Meter label={t('bar_negative')} value={a.tone.negative} tone="neg" />
        <Meter label={t('bar_troll')} value={a.troll} tone="troll" />
        {/* "at least" for a label's coarse time ("2 d"), "time unknown · first seen …" when the page showed none. */}
        {!p.item.answered && (
          <span class={`wait${late ? ' late' : ''}`} title={comment.timeText}>
            {waitKey === 'card_waiting_unknown_now' ? t(waitKey, formatDuration(p.targetMinutes * 60_000, p.locale))
              : t(waitKey, formatDuration(waited, p.locale), formatDuration(p.targetMinutes * 60_000, p.locale))}
          </span>
        )}
      </div>
      <p class="why">
        <strong>{t(`verdict_${VERDICT[recommended]}` as MessageKey)}</strong>{' '}
        <span>{reasonLine(a.reasons)}</span>
      </p>
      {/* The model is torn: its second choice is offered openly, with what speaks for it, not left in the menu. */}
      {alt && (
        <p class="second-choice" data-alternative={alt.action}>
          <strong>{t('card_alternative', label(alt.action))}</strong>{' '}
          <span>{reasonLine(alt.reasons)}</span>
        </p>
      )}
      {p.handled && <p class="hint">{t('card_handled')}</p>}
      <div class="actions" role="group" aria-label={t('card_actions')}>
        {button(recommended, 'primary')}
        {alt && button(alt.action, 'second')}
        <ActionMenu id={`menu-${comment.id}`} items={others} onPick={act} />
      </div>
      {p.children}
    </li>
  );
});

function WaveLine({ wave, reply }: { wave: WaveView; reply: boolean }) {
  const many = wave.members.length > 1;
  return (
    <div class="context" data-context="wave">
      <strong>{wave.line}</strong>
      {many && (
        <details onClick={(e) => e.stopPropagation()}>
          <summary>{t('wave_members', String(wave.members.length))}</summary>
          <p class="members">{wave.members.map((m, i) => <span key={m.comment.id} dir="auto">{i ? ', ' : ''}{displayName(m.comment)}</span>)}</p>
        </details>
      )}
      {many && reply && <p class="hint">{t('wave_answered')}</p>}
      {many && !reply && wave.next && <p class="hint">{t('wave_next', wave.next, String(wave.done), String(wave.members.length))}</p>}
    </div>
  );
}

