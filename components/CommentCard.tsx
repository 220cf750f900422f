import { useState } from 'preact/hooks';
import type { ScoredComment } from '@/lib/messaging/protocol';
import { sendToTab } from '@/lib/messaging/transport';
import { t, actionLabel, reasonLabel } from '@/lib/i18n';
import { skeletonDraft } from '@/lib/templates/skeleton-draft';

function Bar({ label, value }: { label: string; value: number }) {
  const pct = Math.round(value * 100);
  return (
    <span>
      {label} <span class="bar" role="meter" aria-label={label} aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
        <i style={{ width: `${pct}%` }} />
      </span>
    </span>
  );
}

export function CommentCard({ tabId, item }: { tabId: number; item: ScoredComment }) {
  const { comment, assessment } = item;
  const [status, setStatus] = useState('');

  const reply = async () => {
    setStatus(t('status_inserting'));
    const result = await sendToTab(tabId, 'content/insert-reply', {
      commentId: comment.id,
      text: skeletonDraft(assessment.action, comment.authorName, assessment.language),
    });
    setStatus(!result.ok ? result.error.message : result.data.ok ? t('status_inserted') : t('status_failed', result.data.reason));
  };

  return (
    <li class="card" data-comment={comment.id}>
      <div class="who">
        <strong>{comment.authorName}</strong>
        <span>@{comment.handle}</span>
        <span>{comment.timeText}</span>
      </div>
      <p class="text">{comment.text}</p>
      <div class="bars">
        <Bar label={t('bar_negative')} value={assessment.tone.negative} />
        <Bar label={t('bar_troll')} value={assessment.troll} />
      </div>
      <p class="why">
        <span class="chip" data-action={assessment.action}>{actionLabel(assessment.action)}</span>{' '}
        {assessment.reasons.map(reasonLabel).join(' · ')}
      </p>
      <button type="button" onClick={reply}>{t('button_reply')}</button>
      <span class="status" role="status">{status}</span>
    </li>
  );
}
