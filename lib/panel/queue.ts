/**
 * The reply desk's queue: which comments need the user most, in order, and the filters over them. Pure: the
 * panel renders what this returns, tests check the order without a browser.
 */
import type { ScoredComment } from '../messaging/protocol';
import type { PolicyThresholds } from '../scoring/policy-settings';
import type { FollowUp, OwnerReply, ThreadContext } from '../thread/answered';

/** Need classes, most urgent first. */
export const NEEDS = ['harassment', 'complaint', 'question', 'misinformation', 'troll', 'other'] as const;
export type Need = (typeof NEEDS)[number];

export const FILTERS = ['needs-reply', 'trolls', 'harassment', 'all'] as const;
export type Filter = (typeof FILTERS)[number];

export function needOf({ comment, assessment: a }: ScoredComment, t: PolicyThresholds): Need {
  if (a.action === 'report' || a.action === 'mute' || Math.max(a.toxicity, a.hate, a.threat) >= t.report) return 'harassment';
  if (a.action === 'apologise') return 'complaint';
  if (a.action === 'answer' && comment.text.includes('?')) return 'question';
  if (a.action === 'fact-check') return 'misinformation';
  if (a.action === 'ignore') return 'troll';
  return 'other';
}

/** Replies the user is expected to write; the others are decisions (ignore, mute, report) or optional thanks. */
const REPLY_ACTIONS = new Set(['apologise', 'answer', 'fact-check']);

export function matchesFilter(item: ScoredComment, need: Need, filter: Filter): boolean {
  switch (filter) {
    case 'all': return true;
    case 'harassment': return need === 'harassment';
    case 'trolls': return need === 'troll' || item.assessment.troll >= 0.5;
    case 'needs-reply': return REPLY_ACTIONS.has(item.assessment.action);
  }
}

/** Case- and accent-insensitive, so "cafe" finds "café" and "JANE" finds "Jane". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchesSearch({ comment }: ScoredComment, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  return [comment.text, comment.authorName, comment.handle].some((field) => fold(field).includes(q));
}

export interface QueueOptions {
  thresholds: PolicyThresholds;
  filter: Filter;
  search: string;
  /** Comment ids the user already answered or decided on: they leave the "needs reply" view. */
  handled?: ReadonlySet<string>;
  /** What the owner already answered in the threads (lib/thread/answered.ts): those leave "needs reply" too. */
  thread?: ThreadContext;
}

/**
 * When the comment started waiting: its own time (exact, or the latest its label allows) when the page gives one,
 * else when Tactful first saw it (`comment.timeFrom` says which). The cards, the header's oldest waiting and the
 * response log's reply times all count from here.
 */
export function waitingSince({ comment, firstSeen }: ScoredComment): number {
  const posted = comment.time ? Date.parse(comment.time) : NaN;
  return Number.isFinite(posted) ? Math.min(posted, firstSeen) : firstSeen;
}

export interface QueueItem extends ScoredComment {
  need: Need;
  /** The owner already answered it (on the page or through Tactful). */
  answered?: OwnerReply;
  /** A customer's follow-up to the owner's reply: the conversation it continues, shown with it on the card. */
  followUp?: FollowUp & { original?: ScoredComment };
  /**
   * A wave (the same text from many accounts) is one card: the item is its first comment in the queue's order,
   * `members` every one of its comments listed here, that one first.
   */
  members?: QueueItem[];
}

/**
 * Orders the page's comments by need: harassment first, then complaints by waiting time (oldest first), then
 * questions, misinformation, trolls, the rest; the comments of one wave become one item where the first of them
 * stands. The post and the owner's own replies are never in the queue; what the owner already answered is not in
 * "needs reply", and a follow-up carries the conversation it continues.
 */
export function buildQueue(items: readonly ScoredComment[], o: QueueOptions): QueueItem[] {
  const rank = (n: Need): number => NEEDS.indexOf(n);
  const byId = o.thread?.followUps.size ? new Map(items.map((i) => [i.comment.id, i])) : undefined;
  const withThread = (i: QueueItem): QueueItem => {
    const answered = o.thread?.answered.get(i.comment.id);
    const followUp = o.thread?.followUps.get(i.comment.id);
    return { ...i, ...(answered ? { answered } : {}), ...(followUp ? { followUp: { ...followUp, original: byId?.get(followUp.to) } } : {}) };
  };
  const sorted = items
    .filter((i) => !i.comment.isPost && !i.comment.byOwner)
    .map((i): QueueItem => withThread({ ...i, need: needOf(i, o.thresholds) }))
    .filter((i) => matchesFilter(i, i.need, o.filter) && matchesSearch(i, o.search))
    // A reply through Tactful is in `handled` (which spares the cards handled while the panel is open); a reply on
    // the page is not, and leaves at once.
    .filter((i) => o.filter !== 'needs-reply' || (!o.handled?.has(i.comment.id) && i.answered?.via !== 'page'))
    .sort((a, b) => rank(a.need) - rank(b.need) || waitingSince(a) - waitingSince(b));
  const waves = new Map<string, QueueItem>();
  const out: QueueItem[] = [];
  for (const item of sorted) {
    const key = item.wave?.key;
    const card = key === undefined ? undefined : waves.get(key);
    if (card) card.members!.push(item);
    else {
      const first = key === undefined ? item : { ...item, members: [item] };
      if (key !== undefined) waves.set(key, first);
      out.push(first);
    }
  }
  // A wave with one comment on this page is a plain card (the wave's size is still shown).
  return out.map(({ members, ...card }) => (members && members.length > 1 ? { ...card, members } : card));
}

/** The comments a card stands for: a wave's members, or the comment itself. */
export const membersOf = (item: QueueItem): QueueItem[] => item.members ?? [item];

/** Counts per filter, for the filter bar's labels. */
export function filterCounts(items: readonly ScoredComment[], o: Omit<QueueOptions, 'filter'>): Record<Filter, number> {
  return Object.fromEntries(FILTERS.map((f) => [f, buildQueue(items, { ...o, filter: f }).length])) as Record<Filter, number>;
}
