/** Reading Facebook articles into plain records. Pure DOM reads; never throws past `readComment`. */
import type { Comment } from '../site-adapter';
import { absoluteUrl, readableText } from '../dom-text';
import { scanMemo } from '../scan-memo';
import { FB } from './selectors';
import { cleanPermalink, commentIdOf, identityOf, isOwnLink, postIdOf } from './links';
import { authorLink, authorOf, kindOf, own, ownLinks, placeOf, threadOf } from './structure';
import { mediaKinds, mediaOf } from './media';
import { fallbackId } from './fallback-id';

export interface Parts {
  author: HTMLAnchorElement | null;
  /** The comment's own action row (time link, Like, Reply). */
  row: Element | null;
  media: Element[];
  /** The blocks around the media (a link preview's title with its picture): what the shield covers besides the text. */
  attachments: Element[];
  body: Element | null;
}

/**
 * The text sits in the same block as the author's name (the bubble): the largest block around the name that holds
 * neither the action row nor the media. Inside it, the first own text container outside links and buttons.
 */
function bodyOf(article: Element, author: Element | null, row: Element | null, media: Element[]): Element | null {
  const holdsOthers = (el: Element): boolean => (!!row && el.contains(row)) || media.some((m) => el.contains(m));
  let bubble: Element = article;
  if (author && kindOf(article) === 'comment') {
    bubble = author;
    for (let up = author.parentElement; up && up !== article && !holdsOthers(up); up = up.parentElement) bubble = up;
  }
  const message = kindOf(article) === 'post' ? own(article, '[data-ad-preview="message"]')[0] : undefined;
  if (message) return message;
  for (const el of bubble.querySelectorAll(FB.body)) {
    if (el.closest(FB.article) === article && !el.closest('a') && !el.closest(FB.button) && !(author && el.contains(author))) return el;
  }
  return null;
}

const partsMemo = scanMemo<Element, Parts>();
/** Author link, action row, media and body of an article, found once per scan. */
export function partsOf(article: Element): Parts {
  return partsMemo(article, () => {
    const author = authorLink(article);
    const row = own(article, FB.actionRow).at(-1) ?? null;
    const media = mediaOf(article, row);
    const body = bodyOf(article, author, row, media);
    return { author, row, media, attachments: attachmentsOf(article, media, [author, body, row]), body };
  });
}

/** Each medium's largest block that holds none of the comment's other parts. */
function attachmentsOf(article: Element, media: Element[], others: Array<Element | null>): Element[] {
  const blocks = new Set<Element>();
  const holdsOther = (el: Element): boolean => others.some((o) => !!o && el.contains(o));
  for (const m of media) {
    let block = m;
    for (let up = m.parentElement; up && up !== article && !holdsOther(up); up = up.parentElement) block = up;
    blocks.add(block);
  }
  return [...blocks];
}

/** The time link: a Facebook link in the action row that is not a profile; else an own comment_id link that is not the author's. */
export function timeLinkOf(article: Element): HTMLAnchorElement | undefined {
  const { row } = partsOf(article);
  const links = ownLinks(article).filter((a) => isOwnLink(a.getAttribute('href')) && !identityOf(a.getAttribute('href')));
  return (row ? links.find((a) => row.contains(a)) : undefined) ?? links.find((a) => commentIdOf(a.getAttribute('href')));
}

interface ThreadInfo { postId: string | null; owner: ReturnType<typeof identityOf>; permalink: string }
const threadInfos = new WeakMap<Element, { key: string; info: ThreadInfo }>();

/**
 * Post id, owner and permalink of a thread, asked by every comment: cached per thread node, keyed by its first link
 * (a post article) or the URL (a dialog or pane), because Facebook recycles nodes for other stories.
 */
function threadInfo(thread: Element): ThreadInfo {
  const doc = thread.ownerDocument;
  const url = doc.location?.href ?? '';
  const isPost = thread.matches(FB.article);
  const key = isPost ? thread.querySelector('a[href]')?.getAttribute('href') ?? '' : url;
  const known = threadInfos.get(thread);
  if (known?.key === key) return known.info;
  let postLink: string | null = null;
  let owner: ThreadInfo['owner'] = null;
  if (isPost) {
    postLink = ownLinks(thread).map((a) => a.getAttribute('href')).find((h) => postIdOf(h)) ?? null;
    owner = authorOf(thread);
  } else {
    // The post's header comes before its comments: its author and permalink are the first such links outside articles.
    for (const a of thread.querySelectorAll('a[href]')) {
      if (a.closest(FB.article)) continue;
      const href = a.getAttribute('href');
      if (!postLink && postIdOf(href)) postLink = href;
      if (!owner && (a.textContent ?? '').trim()) owner = identityOf(href, doc.location?.host || undefined);
      if (postLink && owner) break;
    }
  }
  postLink ??= postIdOf(url) ? url : null;
  const info = { postId: postIdOf(postLink), owner, permalink: postLink ? absoluteUrl(postLink, url).split(/[?#]/)[0]! : url.split(/[?#]/)[0]! };
  threadInfos.set(thread, { key, info });
  return info;
}

const textOf = (body: Element | null): string => (body ? readableText(body, (el) => el.matches(FB.button)) : '');

/** What a comment shows, for an id made from it: author, the start of the text ("See more" keeps it), media sources. */
const shows = (article: Element): string =>
  `${authorOf(article)?.handle}\n${textOf(partsOf(article).body).slice(0, 80)}\n${partsOf(article).media.map((m) => m.getAttribute('src') ?? '').join(' ')}`;

const idMemo = scanMemo<Element, { id: string; parentId?: string } | null>();
/** The platform's id from the time link or the author link (base64), else an id made from what the comment shows. */
function idsOf(article: Element): { id: string; parentId?: string } | null {
  return idMemo(article, () => {
    const time = timeLinkOf(article);
    const linked = commentIdOf(time?.getAttribute('href')) ?? ownLinks(article).map((a) => commentIdOf(a.getAttribute('href'))).find(Boolean);
    if (linked) return linked;
    return authorOf(article) ? { id: fallbackId(article, shows) } : null;
  });
}

function readPost(article: Element, base: string, common: Omit<Comment, 'id' | 'permalink' | 'timeText' | 'depth' | 'isPost'>): Comment | null {
  const link = ownLinks(article).find((a) => postIdOf(a.getAttribute('href')));
  const id = postIdOf(link?.getAttribute('href'));
  if (!link || !id) return null;
  return { ...common, id, permalink: absoluteUrl(link.getAttribute('href')!, base).split('?')[0]!,
    timeText: (link.textContent ?? '').trim(), depth: 0, isPost: true, byOwner: true };
}

export function readArticle(article: Element): Comment | null {
  const kind = kindOf(article);
  if (kind === 'other') return null;
  const base = article.ownerDocument.location?.href || 'https://www.facebook.com/';
  const { author, body, media } = partsOf(article);
  const who = authorOf(article);
  const text = textOf(body);
  const kinds = mediaKinds(media);
  const common = {
    platform: 'facebook' as const,
    authorName: author ? readableText(author) : '',
    handle: who?.handle ?? '',
    profileUrl: who?.profileUrl ?? '',
    text,
    ...(kinds.length ? { media: kinds } : {}),
    truncated: !!body && [...body.querySelectorAll(FB.button)].some((b) => !b.querySelector('img')),
    byOwner: false,
  };
  if (kind === 'post') return readPost(article, base, common);
  const ids = idsOf(article);
  if (!ids) return null;
  const info = threadInfo(threadOf(article));
  const place = placeOf(article);
  // Nesting (or the flat layout's order) names the direct parent; the URL only names the thread's top comment.
  const parentId = (place.parent ? idsOf(place.parent)?.id : undefined) ?? ids.parentId ?? info.postId ?? undefined;
  const timeLink = timeLinkOf(article);
  const href = timeLink?.getAttribute('href') ?? '';
  const absolute = absoluteUrl(href, base);
  return {
    ...common,
    id: ids.id,
    permalink: absolute ? cleanPermalink(absolute, href) : info.permalink,
    time: timeLink?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    timeText: (timeLink?.textContent ?? '').trim(),
    parentId,
    depth: ids.parentId && place.depth === 1 ? 2 : place.depth,
    isPost: false,
    byOwner: !!who && !!info.owner && who.handle === info.owner.handle,
  };
}
