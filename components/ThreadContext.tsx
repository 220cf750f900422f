import { t } from '@/lib/i18n';
import { formatDuration } from '@/lib/panel/format';
import { displayName } from '@/lib/panel/context-text';
import type { QueueItem } from '@/lib/panel/queue';
import type { OwnerReply } from '@/lib/thread/answered';

/** "answered by you · 2 days ago" (the reply's time, when the page or the log gives it). */
export function answeredText(reply: OwnerReply, now: number, locale: string): string {
  if (reply.at === undefined) return t('thread_answered');
  return now - reply.at < 60_000 ? t('thread_answered_now') : t('thread_answered_ago', formatDuration(now - reply.at, locale));
}

/**
 * A follow-up's conversation, above its own text: the customer's comment the owner answered and the owner's reply,
 * so the card reads as the conversation it is, not as a new comment. Page text is rendered as text, never as markup.
 */
export function FollowUpThread({ item, now, locale, originalHidden }: { item: QueueItem; now: number; locale: string; originalHidden?: boolean }) {
  const f = item.followUp!;
  return (
    <div class="context thread" data-context="follow-up">
      <strong>{t('thread_follow_up')}</strong>
      {f.original && !originalHidden && (
        <p class="said" dir="auto"><span class="by">{displayName(f.original.comment)}</span> {f.original.comment.text}</p>
      )}
      <p class="said owner" dir="auto">
        <span class="by">{answeredText(f.reply, now, locale)}</span> {f.reply.text ?? ''}
      </p>
    </div>
  );
}
