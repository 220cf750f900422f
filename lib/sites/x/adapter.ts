import type { AdapterHealth, Comment, SiteAdapter } from '../site-adapter';
import { absoluteUrl, readableText } from '../dom-text';
import { connectsUp, X } from './selectors';
import { insertReply, openModeration } from './actions';
import { own, ownTime } from './own';
import { zoneOf } from './zones';
import { readTime } from '../time-label';

function statusOf(href: string | null): { handle: string; id: string } | null {
  if (!href) return null;
  const path = href.startsWith('http') ? new URL(href).pathname : href;
  const m = X.statusPath.exec(path);
  return m ? { handle: m[1]!, id: m[2]! } : null;
}

const idOf = (article: Element): string | undefined => statusOf(ownTime(article)?.parentElement?.getAttribute('href') ?? null)?.id;

/** The conversation's own post, from the URL; null on timelines (home, profile, search). */
const pageStatus = (doc: Document) => statusOf(doc.location?.pathname ?? null);

const focused = new WeakMap<Document, Element>();
const viewers = new WeakMap<Document, { link: Element | null; at: number }>();
/** How long a missing account link is believed missing (logged out, or the banner not drawn yet). */
const RECHECK_MS = 1_000;

/**
 * The logged-in account's handle (lowercase), when the page shows it. Its link is remembered while it stays in the
 * page; while there is none it is looked for again at most once a second: a document-wide query per appended reply
 * cost 0.45 ms on a 5,000-reply page in bench:dom.
 */
function viewerOf(doc: Document): string | null {
  let v = viewers.get(doc);
  if (!v || (v.link ? !v.link.isConnected : Date.now() - v.at > RECHECK_MS)) viewers.set(doc, (v = { link: doc.querySelector(X.accountLink), at: Date.now() }));
  return /^\/([A-Za-z0-9_]{1,15})$/.exec(v.link?.getAttribute('href') ?? '')?.[1]?.toLowerCase() ?? null;
}

/** The focused post (tabindex=-1). Remembered while it stays focused: every appended reply asks. */
function focusedArticle(doc: Document): Element | null {
  const known = focused.get(doc);
  if (known?.isConnected && known.getAttribute('tabindex') === '-1') return known;
  const found = doc.querySelector(`${X.tweet}[tabindex="-1"]`);
  if (found) focused.set(doc, found);
  return found;
}

/** The article in the nearest earlier cell (deleted posts are articles without the tweet testid). */
function previousArticle(article: Element): Element | null {
  for (let cell = article.closest(X.cell)?.previousElementSibling; cell; cell = cell.previousElementSibling) {
    const found = cell.querySelector('article');
    if (found) return found;
  }
  return null;
}

/**
 * Where a reply sits in the conversation: joined by the connector line to the post above it, it answers that
 * post; otherwise it answers the focused post (dom.md §1.2).
 */
function position(el: Element, focused: Element | null, postId: string): { parentId?: string; depth: number } {
  const chain: Element[] = [];
  for (let cur = el, prev; chain.length < 50 && connectsUp(cur) && (prev = previousArticle(cur)) && prev !== focused; cur = prev) {
    chain.push(prev);
    if (!prev.matches(X.tweet)) break; // a deleted post: its id is gone
  }
  if (!chain.length) return { parentId: postId, depth: 1 };
  return { parentId: chain[0]!.matches(X.tweet) ? idOf(chain[0]!) : undefined, depth: chain.length + 1 };
}

export const xAdapter: SiteAdapter = {
  platform: 'x',

  matches: (url) => /^(www\.|mobile\.)?(x|twitter)\.com$/.test(url.hostname),

  isThread: (url) => X.statusPath.test(url.pathname),

  /** On a status page: the focused post and the replies below it, up to "Discover more". Elsewhere: every post. */
  findComments(root) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const focused = focusedArticle(doc);
    const all = [...root.querySelectorAll(X.tweet)];
    if (root instanceof Element && root.matches(X.tweet)) all.unshift(root);
    return all.filter((a) => {
      const cell = a.closest(X.cell);
      const zone = cell ? zoneOf(cell, focused) : 'thread';
      return zone === 'thread' || (zone === 'above' && !focused);
    });
  },

  closestComment: (node) => (node instanceof Element ? node : node.parentElement)?.closest(X.tweet) ?? null,

  readComment(el) {
    try {
      const timeEl = ownTime(el);
      const status = statusOf(timeEl?.parentElement?.getAttribute('href') ?? null);
      if (!timeEl || !status) return null;
      const doc = el.ownerDocument;
      const base = doc.location?.href ?? 'https://x.com/';
      const nameLink = own(el, X.userName)?.querySelector('a[href^="/"]');
      const post = pageStatus(doc);
      // Timelines (home, profile, search) have no conversation: each post stands alone as a depth-0 post.
      const isPost = !post || post.id === status.id;
      const textEl = own(el, X.text);
      const comment: Comment = {
        id: status.id,
        platform: 'x',
        authorName: nameLink ? readableText(nameLink) : status.handle,
        handle: status.handle,
        profileUrl: absoluteUrl(`/${status.handle}`, base),
        text: textEl ? readableText(textEl) : '',
        truncated: own(el, X.showMore) !== null,
        permalink: absoluteUrl(`/${status.handle}/status/${status.id}`, base),
        ...readTime(timeEl.getAttribute('datetime'), timeEl.textContent ?? '', Date.now()),
        timeText: timeEl.textContent?.trim() ?? '',
        depth: 0,
        isPost,
        // The user's own: the conversation's author, or the logged-in account replying in someone else's conversation.
        byOwner: (!!post && post.handle.toLowerCase() === status.handle.toLowerCase()) || viewerOf(doc) === status.handle.toLowerCase(),
      };
      if (!isPost && post) Object.assign(comment, position(el, focusedArticle(doc), post.id));
      return comment;
    } catch {
      return null; // half-rendered or changed markup: counted as unreadable in health, never thrown at the page
    }
  },

  observeRoot: (doc) => doc.querySelector(X.primaryColumn) ?? doc.body,

  badgeAnchor: (el) => own(el, X.text) ?? own(el, X.userName),

  /** The text with its "Show more", the media and a quoted post: everything the post shows but its author and actions. */
  veilTargets: (el) => [own(el, X.text), own(el, X.showMore), ...el.querySelectorAll(X.media), ...el.querySelectorAll(X.quoteCard)]
    .filter((t): t is Element => !!t),

  health(doc, found, unreadable): AdapterHealth {
    const missing: string[] = [];
    if (!doc.querySelector(X.primaryColumn)) missing.push('primaryColumn');
    if (!doc.querySelector(X.tweet)) missing.push('tweet');
    if (pageStatus(doc) && !focusedArticle(doc)) missing.push('focusedTweet');
    return { platform: 'x', commentsFound: found, missing, unreadable };
  },

  insertReply,
  openModeration,
};
