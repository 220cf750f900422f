import type { AdapterHealth, Comment, InsertResult, ModerationKind, ModerationResult, SiteAdapter } from '../site-adapter';
import { absoluteUrl, readableText } from '../dom-text';
import { insertVerified } from '../editor';
import { isVisible, waitFor } from '../wait';
import { X } from './selectors';

/** Elements of a quoted post sit inside a role=link card; the post's own fields never do. */
function own(article: Element, selector: string): Element | null {
  for (const el of article.querySelectorAll(selector)) {
    const card = el.closest('div[role="link"]');
    if (!card || !article.contains(card)) return el;
  }
  return null;
}

function statusOf(href: string | null): { handle: string; id: string } | null {
  if (!href) return null;
  const path = href.startsWith('http') ? new URL(href).pathname : href;
  const m = X.statusPath.exec(path);
  return m ? { handle: m[1]!, id: m[2]! } : null;
}

/** The conversation's own post: from the URL on a status page, else the focused article. */
function pageStatus(doc: Document): { handle: string; id: string } | null {
  return statusOf(doc.location?.pathname ?? null);
}

function focusedArticle(doc: Document): Element | null {
  return doc.querySelector(`${X.tweet}[tabindex="-1"]`);
}

/** "Discover more" heading: every post after it is unrelated to the conversation (CPFT). */
function discoverHeading(doc: Document): Element | null {
  for (const h of doc.querySelectorAll(`${X.cell} h2[role="heading"]`)) {
    if (!h.closest(X.tweet)) return h;
  }
  return null;
}

const before = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

export const xAdapter: SiteAdapter = {
  platform: 'x',

  matches: (url) => /^(www\.|mobile\.)?(x|twitter)\.com$/.test(url.hostname),

  findComments(root) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const heading = discoverHeading(doc);
    const focused = focusedArticle(doc);
    const all = [...root.querySelectorAll(X.tweet)];
    if (root instanceof Element && root.matches(X.tweet)) all.unshift(root);
    return all.filter((a) => (!heading || before(a, heading)) && (!focused || a === focused || before(focused, a)));
  },

  closestComment: (node) => (node instanceof Element ? node : node.parentElement)?.closest(X.tweet) ?? null,

  readComment(el) {
    const timeEl = own(el, X.time);
    const link = timeEl?.parentElement;
    const status = statusOf(link?.getAttribute('href') ?? null);
    if (!timeEl || !status) return null;
    const doc = el.ownerDocument;
    const base = doc.location?.href ?? 'https://x.com/';
    const nameBlock = own(el, X.userName);
    const nameLink = nameBlock?.querySelector('a[href^="/"]');
    const post = pageStatus(doc);
    const isPost = post ? post.id === status.id : el.getAttribute('tabindex') === '-1';
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
      time: timeEl.getAttribute('datetime') ?? undefined,
      timeText: timeEl.textContent?.trim() ?? '',
      depth: isPost ? 0 : 1,
      isPost,
      byOwner: !!post && post.handle.toLowerCase() === status.handle.toLowerCase(),
    };
    if (!isPost && post) comment.parentId = post.id;
    return comment;
  },

  observeRoot: (doc) => doc.querySelector(X.primaryColumn) ?? doc.body,

  badgeAnchor: (el) => own(el, X.text) ?? own(el, X.userName),

  health(doc, found, unreadable): AdapterHealth {
    const missing: string[] = [];
    if (!doc.querySelector(X.primaryColumn)) missing.push('primaryColumn');
    if (!doc.querySelector(X.tweet)) missing.push('tweet');
    if (pageStatus(doc) && !focusedArticle(doc)) missing.push('focusedTweet');
    return { platform: 'x', commentsFound: found, missing, unreadable };
  },

  async insertReply(el, text): Promise<InsertResult> {
    const isFocused = el.getAttribute('tabindex') === '-1';
    if (!isFocused) (own(el, X.replyButton) as HTMLElement | null)?.click();
    // The focused post has an inline composer; any other reply button opens a modal composer in #layers.
    const editor = await waitFor(() =>
      [...el.ownerDocument.querySelectorAll<HTMLElement>(X.composer)]
        .filter(isVisible)
        .find((e) => isFocused ? !e.closest('#layers') : !!e.closest('#layers')));
    if (!editor) return { ok: false, reason: 'no-reply-box' };
    const scope = editor.closest('#layers') ?? el.ownerDocument;
    const submitEnabled = (): boolean =>
      [...scope.querySelectorAll(X.submit)].some((b) => isVisible(b) && b.getAttribute('aria-disabled') !== 'true');
    const how = await insertVerified(editor, text, submitEnabled);
    return how ? { ok: true, verified: true } : { ok: false, reason: 'not-accepted' };
  },

  async openModeration(el, kind: ModerationKind): Promise<ModerationResult> {
    const caret = own(el, X.caret) as HTMLElement | null;
    if (!caret) return { ok: false, reason: 'no-menu' };
    caret.click();
    const menu = await waitFor(() => el.ownerDocument.querySelector(X.menu));
    if (!menu) return { ok: false, reason: 'no-menu' };
    const item = kind === 'block' ? menu.querySelector(X.blockItem) : kind === 'report' ? menu.querySelector(X.reportItem) : null;
    if (!item) return { ok: false, reason: 'no-item', detail: kind };
    (item as HTMLElement).focus();
    return { ok: true, highlighted: true };
  },
};
