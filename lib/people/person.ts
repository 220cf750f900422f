/**
 * Person memory, the pure part: who a comment's author is (a stable id per platform), what Tactful saw of them
 * (each comment's judgement, never its words) and what the user decided about them. The worker keeps these
 * records in IndexedDB (lib/store/people.ts); the rubric's "mute only once a person is established as a troll"
 * reads them through `scoringContext`, the card's "3rd provocation in 7 days · ignored twice" through `pattern`.
 */
import type { Action } from '../scoring/assessment';
import type { Platform } from '../sites/site-adapter';

/** What the user did about one of the person's comments (block and report beyond the recommended actions). */
export const PERSON_DECISIONS = ['ignored', 'muted', 'blocked', 'reported', 'answered'] as const;
export type PersonDecision = (typeof PERSON_DECISIONS)[number];

/** Comments and decisions kept per person, newest first to stay: enough for any window the settings allow. */
export const MAX_SIGHTINGS = 100;
export const MAX_DECISIONS = 100;
const DAY = 86_400_000;

export interface Sighting {
  commentId: string;
  /** When the comment was posted (the page's time) or else first seen, ISO. */
  at: string;
  /** The recommendation it got, and the scores behind "provocation" and "abuse". */
  action: Action;
  troll: number;
  toxicity: number;
}

export interface DecisionNote {
  commentId: string;
  decision: PersonDecision;
  at: string;
}

export interface Person {
  /** `${platform}:${key}`. */
  id: string;
  platform: Platform;
  /** The stable id: the handle, or the profile address where the platform gives no handle. */
  key: string;
  name: string;
  handle: string;
  profileUrl: string;
  firstSeen: string;
  lastSeen: string;
  /** Oldest first, at most MAX_SIGHTINGS. */
  comments: Sighting[];
  /** Oldest first, one per comment (the latest decision about it), at most MAX_DECISIONS. */
  decisions: DecisionNote[];
}

export interface Author {
  platform: Platform;
  handle: string;
  profileUrl: string;
}

/** The person's stable key: the handle (X, Instagram; Facebook's profile slug or id), else the profile address. */
export const personKey = (a: Author): string | undefined => a.handle || a.profileUrl || undefined;
export const personId = (a: Author): string | undefined => {
  const key = personKey(a);
  return key === undefined ? undefined : `${a.platform}:${key}`;
};

export interface Seen extends Author {
  name: string;
  sighting: Sighting;
}

const later = (a: string, b: string): string => (a > b ? a : b);
const earlier = (a: string, b: string): string => (a < b ? a : b);

/** The record after seeing one of their comments (a comment seen again updates its judgement). */
export function remember(person: Person | undefined, seen: Seen): Person {
  const key = personKey(seen)!;
  const { sighting } = seen;
  const comments = (person?.comments ?? []).filter((c) => c.commentId !== sighting.commentId);
  comments.push(sighting);
  comments.sort((a, b) => a.at.localeCompare(b.at));
  return {
    id: `${seen.platform}:${key}`, platform: seen.platform, key,
    name: seen.name || person?.name || '', handle: seen.handle, profileUrl: seen.profileUrl || person?.profileUrl || '',
    firstSeen: person ? earlier(person.firstSeen, sighting.at) : sighting.at,
    lastSeen: person ? later(person.lastSeen, sighting.at) : sighting.at,
    comments: comments.slice(-MAX_SIGHTINGS),
    decisions: person?.decisions ?? [],
  };
}

/** The record after the user's decision about one of their comments; a later decision replaces an earlier one. */
export function decide(person: Person, commentId: string, decision: PersonDecision, at: string): Person {
  const decisions = person.decisions.filter((d) => d.commentId !== commentId);
  decisions.push({ commentId, decision, at });
  return { ...person, decisions: decisions.slice(-MAX_DECISIONS), lastSeen: later(person.lastSeen, at) };
}

/** What kind of comment a judgement makes it, for counting: a provocation (ignore, mute), abuse (report). */
export type CommentKind = 'provocation' | 'abuse' | 'comment';
export const kindOf = (action: Action): CommentKind =>
  action === 'ignore' || action === 'mute' ? 'provocation' : action === 'report' ? 'abuse' : 'comment';

export interface PersonSettings {
  /** Ignored provocations after which the person's next one is muted. */
  muteAfter: number;
  windowDays: number;
}

const inWindow = (at: string, now: number, days: number): boolean => Date.parse(at) >= now - days * DAY;

/** Decisions of each kind within the window. */
export function decisionCounts(person: Person, now: number, windowDays: number): Record<PersonDecision, number> {
  const counts = Object.fromEntries(PERSON_DECISIONS.map((d) => [d, 0])) as Record<PersonDecision, number>;
  for (const d of person.decisions) if (inWindow(d.at, now, windowDays)) counts[d.decision]++;
  return counts;
}

/** What scoring needs (ScoreInput.person): their provocations the user ignored within the window. */
export function scoringContext(person: Person, now: number, s: PersonSettings): { ignoredProvocations: number; muteAfter: number } {
  return { ignoredProvocations: decisionCounts(person, now, s.windowDays).ignored, muteAfter: s.muteAfter };
}

/** The pattern a card shows: "3rd provocation in 7 days · ignored twice". */
export interface PersonPattern {
  kind: CommentKind;
  /** This comment's place among the person's comments of its kind within the window (1 = the first). */
  nth: number;
  /** Days from the first of those to this one: 1 within 24 hours, else rounded (at least 2). */
  days: number;
  decisions: Record<PersonDecision, number>;
}

/** The pattern for one of the person's comments, or undefined when there is none (a first comment, no decisions). */
export function pattern(person: Person, commentId: string, now: number, windowDays: number): PersonPattern | undefined {
  const self = person.comments.find((c) => c.commentId === commentId);
  if (!self) return undefined;
  const kind = kindOf(self.action);
  const same = person.comments.filter((c) => inWindow(c.at, now, windowDays) && kindOf(c.action) === kind && c.at <= self.at);
  const nth = Math.max(1, same.length);
  const first = same[0]?.at ?? self.at;
  const decisions = decisionCounts(person, now, windowDays);
  if (nth === 1 && PERSON_DECISIONS.every((d) => decisions[d] === 0)) return undefined;
  const span = Date.parse(self.at) - Date.parse(first);
  return { kind, nth, days: span <= DAY ? 1 : Math.max(2, Math.round(span / DAY)), decisions };
}
