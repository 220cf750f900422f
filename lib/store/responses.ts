/**
 * The response log: when each comment was first seen and when and how it was answered. Drives reply-time stats,
 * rotation (which variant a thread or a person already got) and the near-duplicate check.
 */
import { z } from 'zod';
import { REPLY_ACTIONS, TAKEN_ACTIONS } from '../scoring/assessment';
import type { LoggedReply } from '../thread/answered';
import type { VariantUse } from '../templates/rotation';
import { LIMITS } from '../limits';
import { id, isoDate, onPlatform, platform } from './common';
import type { TactfulDb } from './db';
import { checkRecord, listStore, type Corrupt, type Listed } from './records';

export { TAKEN_ACTIONS };

export const ResponseSchema = z.object({
  /** `${platform}:${commentId}`: one entry per comment. */
  id: z.string().min(3).max(220),
  commentId: id,
  platform,
  permalink: z.string().max(LIMITS.url),
  /** The page the comment was seen on (post URL): reply-time stats and the near-duplicate check are per page. */
  page: z.string().min(1).max(2_000),
  /** The conversation (usually the post's id): rotation avoids repeating a variant in it. */
  thread: z.string().min(1).max(2_000),
  /** The author's handle. */
  person: z.string().max(200),
  firstSeen: isoDate,
  repliedAt: isoDate.optional(),
  action: z.enum(TAKEN_ACTIONS).optional(),
  templateId: id.optional(),
  variant: z.number().int().min(0).optional(),
  /** The reply as written into the reply box (for the near-duplicate check). */
  text: z.string().max(LIMITS.reply).optional(),
}).superRefine(onPlatform(['permalink']));
export type ResponseEntry = z.infer<typeof ResponseSchema>;
export type Seen = Omit<ResponseEntry, 'id' | 'repliedAt' | 'action' | 'templateId' | 'variant' | 'text'>;
export type Reply = Seen & Required<Pick<ResponseEntry, 'repliedAt' | 'action'>> & Pick<ResponseEntry, 'templateId' | 'variant' | 'text'>;

const STORE = 'responses';
export const responseId = (platform: string, commentId: string): string => `${platform}:${commentId}`;

/** Notes that a comment was seen, keeping the earliest sighting; a no-op for a comment already logged. */
export async function noteSeen(db: TactfulDb, seen: Seen): Promise<void> {
  const entry = checkRecord(ResponseSchema, STORE, { ...seen, id: responseId(seen.platform, seen.commentId) });
  const tx = db.transaction(STORE, 'readwrite');
  const old = ResponseSchema.safeParse(await tx.store.get(entry.id));
  if (!old.success) await tx.store.put(entry);
  else if (old.data.firstSeen > entry.firstSeen) await tx.store.put({ ...old.data, firstSeen: entry.firstSeen });
  await tx.done;
}

/** Records a reply (or another action taken) for a comment; keeps an earlier first sighting. */
export async function recordReply(db: TactfulDb, reply: Reply): Promise<ResponseEntry> {
  const entry = checkRecord(ResponseSchema, STORE, { ...reply, id: responseId(reply.platform, reply.commentId) });
  const tx = db.transaction(STORE, 'readwrite');
  const old = ResponseSchema.safeParse(await tx.store.get(entry.id));
  const merged = old.success && old.data.firstSeen < entry.firstSeen ? { ...entry, firstSeen: old.data.firstSeen } : entry;
  await tx.store.put(merged);
  await tx.done;
  return merged;
}

type Entries = Promise<Listed<ResponseEntry>>;
export const listResponses = (db: TactfulDb): Entries => listStore(db, STORE, ResponseSchema);
export const responsesForPage = (db: TactfulDb, page: string): Entries => listStore(db, STORE, ResponseSchema, 'page', page);
export const responsesInThread = (db: TactfulDb, thread: string): Entries => listStore(db, STORE, ResponseSchema, 'thread', thread);
export const responsesToPerson = (db: TactfulDb, platformName: string, person: string): Entries =>
  listStore(db, STORE, ResponseSchema, 'person', [platformName, person]);

/** Template variants used in these entries, for rotation. */
export function variantUses(entries: readonly ResponseEntry[]): VariantUse[] {
  return entries.flatMap((e) =>
    e.templateId !== undefined && e.variant !== undefined && e.repliedAt ? [{ templateId: e.templateId, variant: e.variant, at: e.repliedAt }] : []);
}

const REPLIES: ReadonlySet<string> = new Set(REPLY_ACTIONS);

/** The comments these entries say were answered through Tactful (a reply, not a decision), by comment id. */
export function loggedReplies(entries: readonly ResponseEntry[]): Map<string, LoggedReply> {
  return new Map(entries.flatMap((e) => (e.repliedAt && e.action && REPLIES.has(e.action)
    ? [[e.commentId, { at: Date.parse(e.repliedAt), ...(e.text ? { text: e.text } : {}) }] as const] : [])));
}

export interface ReplyStats {
  replied: number;
  /** Median minutes from first seen to reply; undefined before the first reply. */
  medianMinutes?: number;
  waiting: number;
  /** Minutes the longest-waiting comment has waited; undefined when nothing waits. */
  oldestWaitingMinutes?: number;
}

/** Reply-time figures for one page at `now`, from its response log. */
export async function pageStats(db: TactfulDb, page: string, now = new Date()): Promise<ReplyStats & { corrupt: Corrupt[] }> {
  const { items, corrupt } = await responsesForPage(db, page);
  return { ...replyStats(items, now), corrupt };
}

/** Reply-time figures for one page's log entries at `now`. */
export function replyStats(entries: readonly ResponseEntry[], now = new Date()): ReplyStats {
  const minutes = (from: string, to: number) => (to - Date.parse(from)) / 60_000;
  const times = entries.filter((e) => e.repliedAt).map((e) => minutes(e.firstSeen, Date.parse(e.repliedAt!))).sort((a, b) => a - b);
  const waiting = entries.filter((e) => !e.repliedAt).map((e) => minutes(e.firstSeen, now.getTime()));
  const mid = times.length >> 1;
  return {
    replied: times.length,
    medianMinutes: times.length === 0 ? undefined : times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2,
    waiting: waiting.length,
    oldestWaitingMinutes: waiting.length ? Math.max(...waiting) : undefined,
  };
}
