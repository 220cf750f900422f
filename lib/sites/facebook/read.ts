/** Reading Facebook articles into plain records. Pure DOM reads; never throws past `readComment`. */
import type { Comment } from '../site-adapter';
import { absoluteUrl, readableText } from '../dom-text';
import { FB } from './selectors';
import { cleanPermalink, commentIdOf, identityOf, isOwnLink, postIdOf } from './links';
import { authorLink, authorOf, firstOwnLink, kindOf, own, ownLinks, ownOf, placeOf, threadOf } from './structure';
import { factsOf } from './facts';
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

/** True when `el` holds the row or one of the media. */
function holdsOthers(el: Element, row: Element | null, media: Element[]): boolean {
  if (row && el.contains(row)) return true;
  for (const m of media) if (el.contains(m)) return true;
  return false;
}

/** Inside a link, a button or a reply before reaching `stop` (bounded: an unbounded closest() walks to the root). */
function inLinkOrButton(el: Element, stop: Element): boolean {
  for (let up: Element | null = el; up && up !== stop; up = up.parentElement) {
    const role = up.getAttribute('role');
    if (up.localName === 'a' || role === 'button' || role === 'article') return true;
  }
  return false;
}

/**
 * The text sits in the same block as the author's name (the bubble): the largest block around the name that holds
 * neither the action row nor the media. Inside it, the first own text container outside links and buttons.
 */
function bodyOf(article: Element, author: Element | null, row: Element | null, media: Element[]): Element | null {
  if (kindOf(article) === 'post') {
    const message = own(article, '[data-ad-preview="message"]')[0];
    if (message) return message;
  }
  let bubble: Element = article;
  if (author && kindOf(article) === 'comment') {
    bubble = author;
    for (let up = author.parentElement; up && up !== article && !holdsOthers(up, row, media); up = up.parentElement) bubble = up;
  }
  for (const el of bubble.querySelectorAll(FB.body)) {
    if (!inLinkOrButton(el, bubble) && !(author && el.contains(author))) return el;
  }
  return null;
}

/** Author link, action row, media and body of an article, found once per scan. */
export function partsOf(article: Element): Parts {
  const facts = factsOf(article);
  if (facts.parts) return facts.parts;
  const author = authorLink(article);
  // A post article holds its whole thread: only its own message is read, never every comment's lists and media.
  if (kindOf(article) === 'post') return (facts.parts = { author, row: null, media: [], attachments: [], body: bodyOf(article, author, null, []) });
  const row = ownOf(article).lists.at(-1) ?? null;
  const media = mediaOf(article, row);
  const body = bodyOf(article, author, row, media);
  return (facts.parts = { author, row, media, attachments: media.length ? attachmentsOf(article, media, author, body, row) : [], body });
}

/** Each medium's largest block that holds none of the comment's other parts. */
function attachmentsOf(article: Element, media: Element[], ...others: Array<Element | null>): Element[] {
  const blocks = new Set<Element>();
  for (const m of media) {
    let block = m;
    for (let up = m.parentElement; up && up !== article && !others.some((o) => o && up!.contains(o)); up = up.parentElement) block = up;
    blocks.add(block);
  }
  return [...blocks];
}

/** A Facebook link that is not a profile: a time link candidate. */
const isTime = (a: Element): boolean => isOwnLink(a.getAttribute('href')) && !identityOf(a.getAttribute('href'));

/** The time link: a Facebook link in the action row that is not a profile; else an own comment_id link that is not the author's. */
export function timeLinkOf(article: Element): HTMLAnchorElement | undefined {
  const facts = factsOf(article);
  if (facts.timeLink !== undefined) return facts.timeLink ?? undefined;
  const { row } = partsOf(article);
  let found: HTMLAnchorElement | null = null;
  if (row) for (const a of row.getElementsByTagName('a')) if (isTime(a)) { found = a; break; }
  if (!found) for (const a of ownLinks(article)) if (commentIdOf(a.getAttribute('href')) && isTime(a)) { found = a; break; }
  facts.timeLink = found;
  return found ?? undefined;
}

interface ThreadInfo { postId: string | null; owner: ReturnType<typeof identityOf>; permalink: string }
const threadInfos = new WeakMap<Element, { key: string; info: ThreadInfo }>();

/**
 * Post id, owner and permalink of a thread, asked by every comment: cached per thread node, keyed by its first link
 * (a post article) or the URL (a dialog or pane), because Facebook recycles nodes for other stories.
 */
function threadInfo(thread: Element): ThreadInfo {
  const facts = factsOf(thread);
  return (facts.info ??= readThreadInfo(thread));
}

function readThreadInfo(thread: Element): ThreadInfo {
  const doc = thread.ownerDocument;
  const url = doc.location?.href ?? '';
  const isPost = thread.matches(FB.article);
  const key = isPost ? thread.querySelector('a[href]')?.getAttribute('href') ?? '' : url;
  const known = threadInfos.get(thread);
  if (known?.key === key) return known.info;
  let postLink: string | null = null;
  let owner: ThreadInfo['owner'] = null;
  if (isPost) {
    postLink = firstOwnLink(thread, (a) => postIdOf(a.getAttribute('href')) !== null)?.getAttribute('href') ?? null;
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

/** The body's words (buttons such as "See more" left out) and whether a "See more" said there is more. */
function textOf(article: Element): { text: string; truncated: boolean } {
  const facts = factsOf(article);
  if (facts.text) return facts.text;
  const { body } = partsOf(article);
  let truncated = false;
  const text = body ? readableText(body, (el) => {
    if (el.getAttribute('role') !== 'button') return false;
    truncated ||= !el.querySelector('img');
    return true;
  }) : '';
  return (facts.text = { text, truncated });
}

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

function readPost(article: Element, base: string, common: Omit<Comment, 'id' | 'permalink' | 'timeText' | 'depth' | 'isPost'>): Comment | null {
  const link = firstOwnLink(article, (a) => postIdOf(a.getAttribute('href')) !== null);
  const id = postIdOf(link?.getAttribute('href'));
  if (!link || !id) return null;
  return { ...common, id, permalink: absoluteUrl(link.getAttribute('href')!, base).split('?')[0]!,
    timeText: (link.textContent ?? '').trim(), depth: 0, isPost: true, byOwner: true };
}

export function readArticle(article: Element): Comment | null {
  const kind = kindOf(article);
  if (kind === 'other') return null;
  const base = article.ownerDocument.location?.href || 'https://www.facebook.com/';
  const { author, media } = partsOf(article);
  const who = authorOf(article);
  const { text, truncated } = textOf(article);
  const kinds = mediaKinds(media);
  const common = {
    platform: 'facebook' as const,
    authorName: author ? readableText(author) : '',
    handle: who?.handle ?? '',
    profileUrl: who?.profileUrl ?? '',
    text,
    ...(kinds.length ? { media: kinds } : {}),
    truncated,
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
