/** Reading Instagram comment blocks into plain records. Pure DOM reads. */
import type { Comment } from '../site-adapter';
import { absoluteUrl, readableText } from '../dom-text';
import { commentTimes, IG, isCommentTime } from './selectors';
import { readTime } from '../time-label';

const MAX_CLIMB = 14;

export function handleOf(link: Element): string | null {
  const m = IG.profileHref.exec(link.getAttribute('href') ?? '');
  return m && !IG.reserved.test(m[1]!) ? m[1]! : null;
}

/** A comment is the smallest block around its permalink that also holds the author's avatar. */
export function rowOf(time: Element): Element | null {
  let el: Element | null = time.parentElement;
  for (let i = 0; el && i < MAX_CLIMB; i++, el = el.parentElement) {
    if (el.querySelector('a[href] img')) return el;
  }
  return null;
}

export const timeOf = (row: Element): Element | null => commentTimes(row)[0] ?? null;

const depthBelow = (ancestor: Element, el: Element): number => {
  let n = 0;
  for (let cur: Element | null = el; cur && cur !== ancestor; cur = cur.parentElement) n++;
  return n;
};

/**
 * Replies sit in a container nested under their thread's first comment, one level deeper than their siblings.
 * Climbing from a comment, the nearest earlier sibling subtree that holds a comment tells which: a comment that is
 * shallower in the common ancestor is the thread head; one at the same depth is a sibling, so keep climbing.
 * Only earlier siblings are searched (one thread each), never the whole list: a list-wide query per comment made
 * a 5,000-comment scan quadratic.
 */
function threadHead(row: Element, own: Element): Element | null {
  const surface = row.closest(IG.dialog) ?? row.closest('main');
  for (let child: Element = row, up = row.parentElement; up && up !== surface; child = up, up = up.parentElement) {
    let earlier: Element | null = null;
    for (let sib = child.previousElementSibling; sib && !earlier; sib = sib.previousElementSibling) {
      earlier = isCommentTime(sib) ? sib : commentTimes(sib)[0] ?? null;
    }
    if (earlier && depthBelow(up, earlier) < depthBelow(up, own)) return earlier;
  }
  return null;
}

const owners = new WeakMap<Node, { url: string; owner: string | null }>();

/** The post owner (cached per post surface and URL: every comment asks). */
export function ownerOf(doc: Document, near: Element): string | null {
  const scope = near.closest(IG.dialog) ?? near.closest('main') ?? doc;
  const url = doc.location?.href ?? '';
  const known = owners.get(scope);
  if (known?.url === url) return known.owner;
  const owner = findOwner(doc, scope);
  owners.set(scope, { url, owner });
  return owner;
}

/** The author of the caption, the one time[datetime] that is not a comment permalink; else the canonical URL. */
function findOwner(doc: Document, scope: ParentNode): string | null {
  for (const time of scope.querySelectorAll(IG.time)) {
    if (isCommentTime(time)) continue;
    for (let el = time.parentElement, i = 0; el && i < MAX_CLIMB; el = el.parentElement, i++) {
      const link = [...el.querySelectorAll('a[href]')].find((a) => (a.textContent ?? '').trim() && handleOf(a));
      if (link) return handleOf(link);
    }
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return /instagram\.com\/([\w.]+)\/(?:p|reel)\//.exec(canonical)?.[1] ?? null;
}

/** The comment text: the dir=auto span that is neither a link, a button, nor the name or time wrapper. */
export function bodyOf(row: Element): Element | null {
  return [...row.querySelectorAll(IG.text)].find((s) =>
    !s.closest('a') && !s.closest(IG.button) && !s.querySelector('time') && !s.querySelector('a[href] span[dir="auto"]')
    && !s.parentElement?.closest(IG.text)) ?? null;
}

export function readRow(row: Element): Comment | null {
  const time = timeOf(row);
  const href = time?.parentElement?.getAttribute('href') ?? '';
  const id = IG.commentPath.exec(href)?.[1];
  const code = IG.postPath.exec(href)?.[1];
  if (!time || !id || !code) return null;
  const doc = row.ownerDocument;
  const base = 'https://www.instagram.com/';
  const author = [...row.querySelectorAll('a[href]')].find((a) => (a.textContent ?? '').trim() && handleOf(a));
  const handle = author ? handleOf(author)! : '';
  const body = bodyOf(row);
  const head = threadHead(row, time);
  return {
    id,
    platform: 'instagram',
    authorName: author ? readableText(author) : handle,
    handle,
    profileUrl: handle ? absoluteUrl(`/${handle}/`, base) : '',
    text: body ? readableText(body, (el) => el.matches(IG.button)) : '',
    truncated: !!body?.querySelector(IG.button),
    permalink: absoluteUrl(href, base),
    ...readTime(time.getAttribute('datetime'), time.textContent ?? '', Date.now()),
    timeText: (time.textContent ?? '').trim(),
    parentId: head ? IG.commentPath.exec(head.parentElement?.getAttribute('href') ?? '')?.[1] : code,
    depth: head ? 2 : 1,
    isPost: false,
    byOwner: !!handle && handle === ownerOf(doc, row),
  };
}

/** Pictures and videos the comment shows (GIFs, stickers): not the avatar (a profile link) and not 12–24 px icons. */
export function mediaOf(row: Element): Element[] {
  return [...row.querySelectorAll('img, video')].filter((el) => {
    const link = el.closest('a[href]');
    if (link && handleOf(link)) return false;
    return Number(el.getAttribute('width') ?? Infinity) > 24 && Number(el.getAttribute('height') ?? Infinity) > 24;
  });
}
