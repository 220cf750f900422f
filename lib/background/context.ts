/**
 * What the worker adds to a comment before scoring it, beyond its text: what the person memory knows of its author,
 * the wave it is in across the threads seen, and its thread (a follow-up to the owner's reply). Pure.
 */
import type { Comment } from '../sites/site-adapter';
import type { Assessment, ScoreInput, TakenAction } from '../scoring/assessment';
import { personId, scoringContext, type Person, type PersonDecision, type Seen } from '../people/person';
import type { Settings } from '../store/settings';
import type { PoolItem, WaveTag } from './wave-pool';
import type { ThreadContext } from '../thread/answered';

/** A tab's comments with a batch's: the batch's version of a comment replaces the older one, in its place. */
export function withBatch(tab: readonly Comment[], batch: readonly Comment[]): Comment[] {
  const merged = new Map(tab.map((c) => [c.id, c]));
  for (const c of batch) merged.set(c.id, c);
  return [...merged.values()];
}

/** The page's own time of a comment, in epoch ms, when it gave one. */
export function postedAt(c: Comment): number | undefined {
  const t = c.time ? Date.parse(c.time) : NaN;
  return Number.isFinite(t) ? t : undefined;
}

/** Comments that are people talking to the brand: the post and the owner's own replies are neither remembered nor waves. */
export const isVoice = (c: Comment): boolean => !c.isPost && !c.byOwner;

export const poolId = (c: Pick<Comment, 'platform' | 'id'>): string => `${c.platform}:${c.id}`;

export function poolItem(c: Comment, now: number): PoolItem {
  const author = personId(c);
  return { id: poolId(c), platform: c.platform, at: postedAt(c) ?? now, text: c.text, ...(author ? { author } : {}) };
}

export function scoreInput(c: Comment, people: ReadonlyMap<string, Person>, wave: WaveTag | undefined, now: number, s: Settings, thread?: ThreadContext): ScoreInput {
  const followUp = thread?.followUps.get(c.id);
  const who = isVoice(c) ? personId(c) : undefined;
  const person = who ? people.get(who) : undefined;
  return {
    id: c.id, text: c.text, author: c.handle, byOwner: c.byOwner, ...(c.media ? { media: c.media } : {}), ...(postedAt(c) !== undefined ? { time: postedAt(c) } : {}),
    ...(person ? { person: scoringContext(person, now, { muteAfter: s.muteAfterIgnored, windowDays: s.personWindowDays }) } : {}),
    ...(wave ? { wave: wave.accounts } : {}),
    ...(followUp ? { followUp: followUp.question ? { question: followUp.question } : {} } : {}),
  };
}

/** What the person memory records of a comment seen: its judgement, at its own time or when first seen. */
export function seenOf(c: Comment, a: Pick<Assessment, 'action' | 'troll' | 'toxicity'>, firstSeen: number): Seen {
  return {
    platform: c.platform, handle: c.handle, profileUrl: c.profileUrl, name: c.authorName,
    sighting: { commentId: c.id, at: new Date(postedAt(c) ?? firstSeen).toISOString(), action: a.action, troll: a.troll, toxicity: a.toxicity },
  };
}

/** The person memory's word for what the user did. */
export const PERSON_DECISION: Record<TakenAction, PersonDecision> = {
  ignore: 'ignored', mute: 'muted', block: 'blocked', report: 'reported',
  thank: 'answered', answer: 'answered', apologise: 'answered', 'fact-check': 'answered',
};

/**
 * A recommendation that rested on context (a wave, an established troll, the same text posted again, a follow-up
 * to the owner's question), not on the
 * comment's own words: the user overruling it teaches nothing about that kind of comment, so it is not learned.
 */
export const restsOnContext = (a: Pick<Assessment, 'reasons'>): boolean =>
  a.reasons.some((r) => r.code === 'wave' || r.code === 'repeat-offender' || r.code === 'copy-paste' || r.code === 'follow-up');
