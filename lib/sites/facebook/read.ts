/** Reading Facebook articles into plain records. Pure DOM reads; never throws past `readComment`. */
import type { Comment } from '../site-adapter';
import { absoluteUrl, readableText } from '../dom-text';
import { cleanPermalink, commentIdOf, postIdOf } from './links';
import { authorOf, firstOwnLink, kindOf, ownLinks, ownOf, placeOf, threadOf } from './structure';
import { factsOf, pageOf } from './facts';
import { mediaKinds } from './media';
import { fallbackId } from './fallback-id';
import { partsOf, textOf, timeLinkOf } from './parts';
import { threadInfo } from './thread';
import { readTime } from '../time-label';
import { FB_LABELS } from './selectors';

/** The viewer's own comment: its own "…" menu is labelled "Edit or delete this" (FB_LABELS.mine). */
const isMine = (article: Element): boolean =>
  ownOf(article).menus.some((b) => FB_LABELS.mine.some((p) => p.test(b.getAttribute('aria-label') ?? '')));

/** What a comment shows, for an id made from it: author, the start of the text ("See more" keeps it), media sources. */
const shows = (article: Element): string =>
  `${authorOf(article)?.handle}\n${textOf(article).text.slice(0, 80)}\n${partsOf(article).media.map((m) => m.getAttribute('src') ?? '').join(' ')}`;

/** The platform's id from the time link or the author link (base64), else an id made from what the comment shows. */
function idsOf(article: Element): { id: string; parentId?: string } | null {
  const facts = factsOf(article);
  if (facts.ids !== undefined) return facts.ids;
  const time = timeLinkOf(article);
  const linked = commentIdOf(time?.getAttribute('href')) ?? ownLinks(article).map((a) => commentIdOf(a.getAttribute('href'))).find(Boolean);
  return (facts.ids = linked ?? (authorOf(article) ? { id: fallbackId(article, shows) } : null));
}

function readPost(article: Element, base: string, common: Omit<Comment, 'id' | 'permalink' | 'timeText' | 'timeFrom' | 'depth' | 'isPost'>): Comment | null {
  const link = firstOwnLink(article, (a) => postIdOf(a.getAttribute('href')) !== null);
  const id = postIdOf(link?.getAttribute('href'));
  if (!link || !id) return null;
  return { ...common, id, permalink: absoluteUrl(link.getAttribute('href')!, base).split('?')[0]!,
    ...readTime(null, link.textContent ?? '', Date.now()), timeText: (link.textContent ?? '').trim(), depth: 0, isPost: true, byOwner: true };
}

export function readArticle(article: Element): Comment | null {
  const kind = kindOf(article);
  if (kind === 'other') return null;
  const base = pageOf(article.ownerDocument).href;
  const { author, media } = partsOf(article);
  const who = authorOf(article);
  const { text, truncated } = textOf(article);
  const authorName = author ? readableText(author) : '';
  const kinds = mediaKinds(media);
  if (kind === 'post') {
    const post = readPost(article, base, { platform: 'facebook', authorName, handle: who?.handle ?? '', profileUrl: who?.profileUrl ?? '', text, truncated, byOwner: false });
    if (post && kinds.length) post.media = kinds;
    return post;
  }
  const ids = idsOf(article);
  if (!ids) return null;
  const info = threadInfo(threadOf(article));
  const place = placeOf(article);
  const timeLink = timeLinkOf(article);
  const href = timeLink?.getAttribute('href') ?? '';
  const label = (timeLink?.textContent ?? '').trim();
  const absolute = absoluteUrl(href, base);
  const when = readTime(timeLink?.querySelector('time[datetime]')?.getAttribute('datetime'), label, Date.now());
  // One literal with every field, not pieces assigned in turn: read for every comment of a scan (bench:dom).
  const comment: Comment = {
    platform: 'facebook',
    id: ids.id,
    authorName,
    handle: who?.handle ?? '',
    profileUrl: who?.profileUrl ?? '',
    text,
    truncated,
    permalink: absolute ? cleanPermalink(absolute, href) : info.permalink,
    timeFrom: when.timeFrom,
    timeText: label,
    depth: ids.parentId && place.depth === 1 ? 2 : place.depth,
    isPost: false,
    // The user's own: the post's author, or the logged-in account (its menu offers to edit) in someone else's thread.
    byOwner: (!!who && !!info.owner && who.handle === info.owner.handle) || isMine(article),
  };
  if (when.time) comment.time = when.time;
  // Nesting (or the flat layout's order) names the direct parent; the URL only names the thread's top comment.
  const parentId = (place.parent ? idsOf(place.parent)?.id : undefined) ?? ids.parentId ?? info.postId ?? undefined;
  if (parentId) comment.parentId = parentId;
  if (kinds.length) comment.media = kinds;
  return comment;
}
