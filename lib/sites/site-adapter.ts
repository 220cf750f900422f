/**
 * The one contract between a platform's page and the rest of Tactful. Only code under lib/sites/ knows a
 * platform's DOM; everything else works on the plain `Comment` records an adapter yields.
 */
import type { TimeFrom } from './time-label';

/** The platforms Tactful reads, defined once (protocol, corpus and adapters import it). */
export const PLATFORMS = ['x', 'facebook', 'instagram'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Media a comment shows besides (or instead of) words. */
export const MEDIA_KINDS = ['gif', 'sticker', 'photo', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export interface Comment {
  /** Stable id from the platform (status id, comment_id, Instagram comment id): survives re-renders. */
  id: string;
  platform: Platform;
  authorName: string;
  /** Handle without '@' (X, Instagram) or the profile slug / numeric id (Facebook). */
  handle: string;
  profileUrl: string;
  text: string;
  /** GIFs, stickers, photos, videos the comment shows; a media-only comment has `text` '' and is still a comment. */
  media?: MediaKind[];
  /** True when the page showed only the start of the text ("Show more" / "See more"). */
  truncated: boolean;
  permalink: string;
  /**
   * ISO 8601: exact from the page's `datetime`, or estimated from its label (the latest moment "2 d" allows);
   * undefined when neither could be read. `timeFrom` says which, `timeText` holds what the page showed.
   */
  time?: string;
  timeFrom: TimeFrom;
  timeText: string;
  /** Id of the comment (or post) this one answers; undefined for the post itself. */
  parentId?: string;
  /** 0 = the post itself, 1 = a direct reply, 2+ = replies to replies. */
  depth: number;
  isPost: boolean;
  /** Written by the owner of the post or page (the user's own brand, usually). */
  byOwner: boolean;
}

/** What an adapter could and could not find, so the side panel can say "this page's markup changed". */
export interface AdapterHealth {
  platform: Platform;
  commentsFound: number;
  /** Names of selector-table entries that matched nothing where they were expected. */
  missing: string[];
  /** Comment elements that were found but could not be read. */
  unreadable: number;
}

export type InsertResult =
  | { ok: true; verified: true }
  | { ok: false; reason: 'no-comment' | 'no-reply-box' | 'not-accepted' | 'unsupported'; detail?: string };

export type ModerationKind = 'mute' | 'block' | 'report' | 'hide';

export type ModerationResult =
  | { ok: true; highlighted: boolean }
  | { ok: false; reason: 'no-comment' | 'no-menu' | 'no-item' | 'unsupported'; detail?: string };

export interface SiteAdapter {
  platform: Platform;
  /** True if this adapter handles the URL's host. */
  matches(url: URL): boolean;
  /** True when the URL is a single thread (a post, status, photo or reel page), where comments are expected. */
  isThread(url: URL): boolean;
  /** Every comment element (post included) at or under `root`, in document order. Never throws. */
  findComments(root: ParentNode): Element[];
  /** The comment element that contains `node` (or is it), for changes inside an already-known comment. */
  closestComment(node: Node): Element | null;
  /** Plain record for one element from `findComments`, or null when it cannot be read. Never throws. */
  readComment(el: Element): Comment | null;
  /** Node whose subtree receives new comments; observing it is cheaper than observing the document. */
  observeRoot(doc: Document): Element;
  /** Where a badge for `el` goes: the badge host is inserted as the anchor's last child. */
  badgeAnchor(el: Element): Element | null;
  /** What the shield must cover for `el`: its text (with "See more") and its media; never the author or actions. */
  veilTargets(el: Element): Element[];
  /** Selector-table entries that a healthy page should match, checked to report health. */
  health(doc: Document, found: number, unreadable: number): AdapterHealth;
  /** Opens the platform's reply box for `el` and writes `text` as the user would; never submits. */
  insertReply(el: Element, text: string): Promise<InsertResult>;
  /** Opens the platform's own moderation menu for `el` and highlights `kind`; never confirms. */
  openModeration(el: Element, kind: ModerationKind): Promise<ModerationResult>;
}
