import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import type { TabState } from '@/lib/messaging/protocol';
import { sendToTab } from '@/lib/messaging/transport';
import type { Decision, Desk, PageStats, ReplyKind } from '@/lib/panel/desk';
import type { Settings } from '@/lib/store/settings';
import { buildQueue, filterCounts, FILTERS, membersOf, type Filter, type QueueItem } from '@/lib/panel/queue';
import { displayName, patternText, waveText } from '@/lib/panel/context-text';
import { pattern, personId, type Person } from '@/lib/people/person';
import { shielded } from '@/lib/panel/shield';
import { CommentCard, type WaveView } from './CommentCard';
import { DraftEditor } from './DraftEditor';
import { useQueueKeys } from './useQueueKeys';
import { useNow } from './useNow';
import { useDecide } from './useDecide';
import type { ThreadContext } from '@/lib/thread/answered';

/**
 * Cards rendered at first paint; the rest join in small batches while the browser is idle, so a 1,000-comment
 * page opens at once and no batch is a long task. Off-screen cards skip layout (content-visibility: auto).
 */
const FIRST_PAGE = 40;
const NEXT_PAGE = 60;

interface Props {
  desk: Desk;
  tabId: number;
  state: TabState;
  settings: Settings;
  stats: PageStats;
  /** What the owner already answered in the page's threads (App's, shared with the header's oldest waiting). */
  thread: ThreadContext;
  /** The person memory's records of the page's authors. */
  people: ReadonlyMap<string, Person>;
  onChanged(): void;
}

export function QueueView({ desk, tabId, state, settings, stats, thread, people, onChanged }: Props) {
  const [filter, setFilter] = useState<Filter>('needs-reply');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string>();
  const [open, setOpen] = useState<{ id: string; kind: ReplyKind }>();
  const [insertSignal, setInsertSignal] = useState(0);
  const [limit, setLimit] = useState(FIRST_PAGE);
  const decisions = useDecide(desk, tabId, state.url);
  // Comments handled while this view is open stay in place (marked) so the card doesn't vanish under the cursor.
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const now = useNow(60_000);
  const locale = navigator.language;

  const hidden = useMemo(() => new Set([...stats.handled].filter((id) => !kept.has(id))), [stats.handled, kept]);
  const options = { thresholds: settings.thresholds, search, handled: hidden, thread };
  const queue = useMemo(() => buildQueue(state.comments, { ...options, filter }), [state.comments, filter, search, hidden, settings, thread]);
  const counts = useMemo(() => filterCounts(state.comments, options), [state.comments, search, hidden, settings, thread]);
  const current = queue.find((i) => i.comment.id === selected) ?? queue[0];
  const context = useMemo(() => new Map(queue.map((item) => [item.comment.id, contextOf(item, people, stats.handled, now, settings.personWindowDays)])),
    [queue, people, stats.handled, Math.floor(now / 3_600_000), settings.personWindowDays]);

  useEffect(() => {
    if (limit >= queue.length) return;
    const grow = () => setLimit((l) => l + NEXT_PAGE);
    const handle = requestIdleCallback(grow, { timeout: 250 });
    return () => cancelIdleCallback(handle);
  }, [limit, queue.length]);

  const keep = (id: string) => setKept((k) => new Set(k).add(id));
  useEffect(() => {
    if (!selected) return;
    const index = queue.findIndex((q) => q.comment.id === selected);
    if (index >= limit) setLimit(index + NEXT_PAGE);
    document.querySelector(`li.card[data-comment="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const reply = (id: string, kind: ReplyKind) => { setSelected(id); setOpen({ id, kind }); keep(id); };

  const decide = async (id: string, decision: Decision) => {
    const card = queue.find((i) => i.comment.id === id);
    if (!card) return;
    setSelected(id);
    keep(id);
    // A wave: ignored all at once; muted, blocked or reported one account at a time, as the platform does it.
    const open = membersOf(card).filter((m) => !stats.handled.has(m.comment.id));
    if (decision === 'ignore' && card.members) await decisions.ignoreAll(open.length ? open : membersOf(card));
    else await decisions.decide(open[0] ?? card, decision);
    onChanged();
  };

  /** A reply went into the page: the worker is told; one public reply answers a wave's other comments here too. */
  const inserted = async (id: string, kind: ReplyKind) => {
    const card = queue.find((i) => i.comment.id === id);
    if (!card) return;
    decisions.setLearned((await desk.decided(tabId, card, kind)).learned);
    for (const m of card.members?.slice(1) ?? []) {
      if (stats.handled.has(m.comment.id)) continue;
      await desk.recordDecision(m, state.url, kind).catch(() => undefined);
      await desk.decided(tabId, m, kind);
    }
    onChanged();
  };

  const select = (id: string) => {
    setSelected(id);
    void sendToTab(tabId, 'content/reveal', { commentId: id });
  };

  // Stable callbacks for the memoised cards, always calling this render's functions.
  const latest = useRef({ select, reply, decide });
  latest.current = { select, reply, decide };
  const cardActions = useMemo(() => ({
    select: (id: string) => latest.current.select(id),
    reply: (id: string, kind: ReplyKind) => latest.current.reply(id, kind),
    decide: (id: string, d: Decision) => void latest.current.decide(id, d),
  }), []);

  useQueueKeys({
    // Functional update: several quick presses each move from the selection the previous one made.
    move: (delta) => setSelected((prev) => {
      const ids = queue.map((q) => q.comment.id);
      const i = Math.max(0, ids.indexOf(prev ?? ids[0]!));
      return ids[Math.min(ids.length - 1, Math.max(0, i + delta))] ?? prev;
    }),
    reply: (kind) => current && reply(current.comment.id, kind),
    decide: (d) => current && void decide(current.comment.id, d),
    insert: () => { if (open) setInsertSignal((n) => n + 1); else if (current) reply(current.comment.id, current.assessment.action === 'fact-check' ? 'fact-check' : 'answer'); },
  });

  return (
    <>
      <div class="filters">
        <div role="radiogroup" aria-label={t('filter_label')}>
          {FILTERS.map((f) => (
            <button key={f} type="button" role="radio" aria-checked={filter === f} onClick={() => { setFilter(f); setLimit(FIRST_PAGE); setKept(new Set()); }}>
              {t(`filter_${f.replace('-', '_')}` as MessageKey)} <span class="count">{counts[f]}</span>
            </button>
          ))}
        </div>
        <input type="search" placeholder={t('search_placeholder')} aria-label={t('search_label')} value={search}
          onInput={(e) => { setSearch((e.target as HTMLInputElement).value); setLimit(FIRST_PAGE); }} />
      </div>
      <p class="notice" role="status">{decisions.notice}</p>
      {decisions.learned && <p class="hint learned">{t('status_learned')}</p>}
      {decisions.unsaved && (
        <p class="warn" role="alert">
          {t(decisions.unsaved.evidence ? 'status_evidence_failed' : 'status_decision_failed', decisions.unsaved.message)}{' '}
          <button type="button" onClick={() => void decisions.retry().then(onChanged)}>{t('status_retry')}</button>
        </p>
      )}
      {state.sessionFull && <p class="warn">{t('session_full')}</p>}
      {state.dropped > 0 && <p class="hint">{t('queue_dropped', String(state.comments.length), String(state.dropped))}</p>}
      {queue.length === 0 && <p class="empty">{state.comments.length ? t('queue_filtered_empty') : t('panel_empty')}</p>}
      <ul class="queue" aria-label={t('panel_queue')}>
        {queue.slice(0, limit).map((item) => (
          <CommentCard key={item.comment.id} item={item} now={now} locale={locale} pattern={context.get(item.comment.id)?.pattern} wave={context.get(item.comment.id)?.wave}
            selected={item === current} handled={stats.handled.has(item.comment.id)}
            shielded={shielded(item.assessment, settings.shield)} originalHidden={!!item.followUp?.original && shielded(item.followUp.original.assessment, settings.shield)} targetMinutes={settings.replyTargetMinutes}
            onSelect={cardActions.select} onReply={cardActions.reply} onDecide={cardActions.decide}>
            {open?.id === item.comment.id && (
              <DraftEditor desk={desk} settings={settings} tabId={tabId} pageUrl={state.url} item={item} kind={open.kind}
                insertSignal={insertSignal} onClose={() => setOpen(undefined)} onInserted={(kind) => void inserted(item.comment.id, kind)} onSettingsSaved={onChanged} />
            )}
          </CommentCard>
        ))}
      </ul>
    </>
  );
}

/** A card's context, as words: the author's pattern, and for a wave its size and who is next. */
function contextOf(item: QueueItem, people: ReadonlyMap<string, Person>, handled: ReadonlySet<string>, now: number, windowDays: number): { pattern?: string; wave?: WaveView } {
  const who = personId(item.comment);
  const person = who ? people.get(who) : undefined;
  const p = person && pattern(person, item.comment.id, now, windowDays);
  if (!item.wave) return { pattern: p ? patternText(p) : undefined };
  const members = membersOf(item);
  const next = members.find((m) => !handled.has(m.comment.id));
  return {
    pattern: p ? patternText(p) : undefined,
    wave: { line: waveText(item.wave, item.assessment.action), members, done: members.filter((m) => handled.has(m.comment.id)).length, next: next && displayName(next.comment) },
  };
}

