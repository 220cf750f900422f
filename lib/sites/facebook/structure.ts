/**
 * How a Facebook thread is built, read from structure alone (no label text, so any UI language works): which
 * role=article is a post and which a comment, where a thread lives when its post is not an article (post dialogs,
 * group dialogs, the photo viewer, reels), and who answers whom, whether replies nest inside their parent's article
 * or follow it in a sibling container.
 */
import { scanMemo } from '../scan-memo';
import { FB } from './selectors';
import { identityOf } from './links';

export const articleAbove = (el: Element): Element | null => el.parentElement?.closest(FB.article) ?? null;

/** Elements that belong to this article, not to a reply article nested inside it. */
export function own<T extends Element = Element>(article: Element, selector: string): T[] {
  return [...article.querySelectorAll<T>(selector)].filter((el) => el.closest(FB.article) === article);
}

const links = scanMemo<Element, HTMLAnchorElement[]>();
/** An article's own links, asked several times per article in one scan. */
export const ownLinks = (article: Element): HTMLAnchorElement[] => links(article, () => own<HTMLAnchorElement>(article, 'a[href]'));

const hostOf = (el: Element): string => el.ownerDocument.location?.host || 'www.facebook.com';

/** The first own profile link with visible text: the author's name (the avatar link holds only a picture). */
export function authorLink(article: Element): HTMLAnchorElement | null {
  return ownLinks(article).find((a) => a.getAttribute('aria-hidden') !== 'true'
    && (a.textContent ?? '').trim() && identityOf(a.getAttribute('href'))) ?? null;
}

export const authorOf = (article: Element) => {
  const link = authorLink(article);
  return link ? identityOf(link.getAttribute('href'), hostOf(article)) : null;
};

/**
 * A post article says so: a feed position, a label that points at a heading, a story message or ad-rendering
 * role, or its author's link inside a heading. A comment has none of these (its author link is never in a heading).
 */
function isPostArticle(a: Element): boolean {
  if (a.hasAttribute('aria-posinset')) return true;
  const labelledBy = a.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  if (labelledBy && a.ownerDocument.getElementById(labelledBy)?.matches(FB.heading)) return true;
  return own(a, `${FB.postMark}, ${FB.heading}`).some((el) => !el.matches(FB.heading)
    || [...el.querySelectorAll('a[href]')].some((l) => identityOf(l.getAttribute('href'))));
}

export type Kind = 'post' | 'comment' | 'other';
const kinds = scanMemo<Element, Kind>();
/** Post, comment (an author link of its own), or other (a deleted comment's stub, an unrelated widget). */
export const kindOf = (article: Element): Kind =>
  kinds(article, () => isPostArticle(article) ? 'post' : authorLink(article) ? 'comment' : 'other');

const threads = scanMemo<Element, Element>();
/** Where a comment's thread lives: its (outermost) post article, else the dialog, side pane or page around it. */
export function threadOf(article: Element): Element {
  return threads(article, () => {
    let post: Element | null = null;
    for (let up = articleAbove(article); up; up = articleAbove(up)) if (kindOf(up) === 'post') post = up;
    return post ?? article.closest(FB.surface) ?? article.ownerDocument.body;
  });
}

const depthBelow = (ancestor: Element, el: Element): number => {
  let n = 0;
  for (let cur: Element | null = el; cur && cur !== ancestor; cur = cur.parentElement) n++;
  return n;
};

/**
 * Flat layouts put a comment's replies in a container after it: climbing from a comment, the nearest earlier
 * sibling subtree that holds a comment tells which. A comment shallower in the common ancestor is the thread head;
 * one at the same depth is a sibling, so keep climbing. Only earlier siblings are searched, never the whole list.
 */
function flatHead(article: Element, thread: Element): Element | null {
  for (let child: Element = article, up = article.parentElement; up && up !== thread; child = up, up = up.parentElement) {
    if (up.matches(FB.article)) return null; // nested inside another article: nesting already answered
    let earlier: Element | null = null;
    for (let sib = child.previousElementSibling; sib && !earlier; sib = sib.previousElementSibling) {
      earlier = sib.matches(FB.article) ? sib : sib.querySelector(FB.article);
    }
    if (earlier && kindOf(earlier) === 'comment' && depthBelow(up, earlier) < depthBelow(up, article)) return earlier;
  }
  return null;
}

export interface Place { parent: Element | null; depth: number }
const places = scanMemo<Element, Place>();
/** The comment this one answers (null: the post) and its depth (1 = a direct comment on the post). */
export function placeOf(article: Element): Place {
  return places(article, () => {
    const thread = threadOf(article);
    let parent: Element | null = null;
    let depth = 1;
    for (let up = articleAbove(article); up && up !== thread; up = articleAbove(up)) {
      if (kindOf(up) !== 'comment') continue;
      parent ??= up;
      depth++;
    }
    if (parent) return { parent, depth };
    const head = flatHead(article, thread);
    return head ? { parent: head, depth: placeOf(head).depth + 1 } : { parent: null, depth: 1 };
  });
}
