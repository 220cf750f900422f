/** Everything one scan learns about a Facebook article, filled lazily by the readers (lib/sites/scan-memo.ts). */
import { scanRecords } from '../scan-memo';
import type { Parts } from './parts';

export type Kind = 'post' | 'comment' | 'other';
export interface Place { parent: Element | null; depth: number }

/** The article's own elements (not those of replies nested inside it). */
export interface Own {
  links: HTMLAnchorElement[];
  /** Lists: the comment's action row is the last. */
  lists: Element[];
  media: Element[];
  /** Text containers (span[lang], div[dir=auto]): the body is the first in the bubble. */
  texts: Element[];
  /** Its "…" menu buttons (the viewer's own comment says so in the label). */
  menus: Element[];
}

export interface Facts {
  /** Replies nest inside it (known from the scan's article list, or asked). */
  nested?: boolean;
  /** The article around this one (null: none). */
  above?: Element | null;
  own?: Own;
  post?: boolean;
  author?: HTMLAnchorElement | null;
  identity?: { handle: string; profileUrl: string } | null;
  kind?: Kind;
  thread?: Element;
  place?: Place;
  parts?: Parts;
  ids?: { id: string; parentId?: string } | null;
  timeLink?: HTMLAnchorElement | null;
  text?: { text: string; truncated: boolean };
  /** A thread's post id, owner and permalink. */
  info?: { postId: string | null; owner: { handle: string; profileUrl: string } | null; permalink: string };
  /** Hash of what the comment shows, for ids made from content. */
  sig?: string;
  /** A thread's articles in document order (for ids made from content). */
  articles?: Element[];
}

export const factsOf = scanRecords<Facts>();

const pages = scanRecords<{ href?: string; host?: string }>();

/** The page's address (Location getters cost more than anything else asked per comment: read once per scan). */
export function pageOf(doc: Document): { href: string; host: string } {
  const page = pages(doc);
  page.href ??= doc.location?.href || 'https://www.facebook.com/';
  page.host ??= doc.location?.host || 'www.facebook.com';
  return page as { href: string; host: string };
}
