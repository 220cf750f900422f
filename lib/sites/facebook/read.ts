/** Reading Facebook comment articles into plain records. Pure DOM reads; never throws past `readComment`. */
import type { Comment } from '../site-adapter';
import { absoluteUrl, readableText } from '../dom-text';
import { FB } from './selectors';

/** Elements that belong to this article, not to a reply article nested inside it. */
export function own<T extends Element = Element>(article: Element, selector: string): T[] {
  return [...article.querySelectorAll<T>(selector)].filter((el) => el.closest(FB.article) === article);
}

/**
 * An article's own links, asked several times per article in one scan (is it a comment? who wrote it? which id?
 * which is its parent?). Kept until the current task's microtasks run: a scan is synchronous, so the DOM cannot
 * change under it, and the next scan reads afresh.
 */
let linkMemo: WeakMap<Element, HTMLAnchorElement[]> | null = null;
export function ownLinks(article: Element): HTMLAnchorElement[] {
  if (!linkMemo) {
    linkMemo = new WeakMap();
    queueMicrotask(() => (linkMemo = null));
  }
  let links = linkMemo.get(article);
  if (!links) linkMemo.set(article, (links = own<HTMLAnchorElement>(article, 'a[href]')));
  return links;
}

/** One query parameter, read with a regex: every comment has several long tracking-laden links. */
const PARAMS = { comment_id: /[?&]comment_id=([^&#]*)/, reply_comment_id: /[?&]reply_comment_id=([^&#]*)/ } as const;
const param = (href: string, name: keyof typeof PARAMS): string | null => {
  const v = PARAMS[name].exec(href)?.[1];
  return v === undefined ? null : decodeURIComponent(v);
};

/** Numeric id from comment_id / reply_comment_id; the author link carries it base64 ("comment:<post>_<id>"). */
function commentIdOf(href: string): { id: string; parentId?: string } | null {
  const decode = (v: string | null): string | null => {
    if (!v) return null;
    if (/^\d+$/.test(v)) return v;
    try {
      return /^comment:[\d]+_(\d+)$/.exec(atob(v))?.[1] ?? null;
    } catch {
      return null;
    }
  };
  const reply = decode(param(href, 'reply_comment_id'));
  const top = decode(param(href, 'comment_id'));
  if (reply) return { id: reply, parentId: top ?? undefined };
  return top ? { id: top } : null;
}

/** Host, path and query of an href; a regex rather than `new URL` because every link of every comment is asked. */
const HREF = /^(?:https?:\/\/([^/?#]+))?(\/[^?#]*)?(?:\?([^#]*))?/;

/** Profile link → handle (vanity, profile.php id, group member id) and a URL without tracking parameters. */
export function identityOf(href: string): { handle: string; profileUrl: string } | null {
  const [, host = 'www.facebook.com', path = '/', query = ''] = HREF.exec(href) ?? [];
  if (!/(^|\.)facebook\.com$/.test(host) || host.startsWith('l.')) return null;
  const origin = `https://${host}`;
  const id = /(?:^|&)id=(\d+)/.exec(query)?.[1];
  if (path === '/profile.php' && id) return { handle: id, profileUrl: `${origin}/profile.php?id=${id}` };
  const member = /^\/groups\/[^/]+\/user\/(\d+)/.exec(path);
  if (member) return { handle: member[1]!, profileUrl: `${origin}${member[0]}/` };
  const vanity = /^\/([\w.]+)\/?$/.exec(path)?.[1];
  if (!vanity || /^(hashtag|groups|watch|photo|events|pages|stories)$/.test(vanity)) return null;
  return { handle: vanity, profileUrl: `${origin}/${vanity}` };
}

/** First own link with visible text that points at a profile: the author's name (the avatar link has no text). */
function authorLink(article: Element): HTMLAnchorElement | null {
  return ownLinks(article).find((a) => a.getAttribute('aria-hidden') !== 'true'
    && (a.textContent ?? '').trim() && identityOf(a.getAttribute('href')!)) ?? null;
}

/**
 * `FB.commentLink`, checked in script: an attribute-substring query costs far more than a plain one on freshly
 * inserted subtrees (bench:dom).
 */
export const commentLinks = (article: Element): HTMLAnchorElement[] =>
  ownLinks(article).filter((a) => a.getAttribute('href')!.includes('comment_id='));

export const isComment = (article: Element): boolean =>
  !!article.parentElement?.closest(FB.article) && commentLinks(article).length > 0;

/** The thread's post: the outermost article (a post dialog or a feed story). */
export function postOf(article: Element): Element {
  let post = article;
  for (let up = article.parentElement?.closest(FB.article); up; up = up.parentElement?.closest(FB.article)) post = up;
  return post;
}

function postIdOf(post: Element): string | null {
  for (const a of ownLinks(post)) {
    const m = FB.postPath.exec(a.getAttribute('href') ?? '');
    if (m) return m[1] ?? m[2]!;
  }
  return null;
}

const posts = new WeakMap<Element, { sig: string; id: string | null; owner: ReturnType<typeof identityOf> }>();

/**
 * Post id and author, asked by every comment of the thread: cached per post node, keyed by its first link because
 * Facebook recycles nodes for other stories.
 */
function postInfo(post: Element): { id: string | null; owner: ReturnType<typeof identityOf> } {
  const sig = post.querySelector('a[href]')?.getAttribute('href') ?? '';
  const known = posts.get(post);
  if (known?.sig === sig) return known;
  const link = authorLink(post);
  const info = { sig, id: postIdOf(post), owner: link ? identityOf(link.getAttribute('href')!) : null };
  posts.set(post, info);
  return info;
}

/** The first own text container outside links and buttons; stops there (a top comment holds its replies' bodies). */
function bodyOf(article: Element): Element | null {
  for (const el of article.querySelectorAll(FB.body)) {
    if (el.closest(FB.article) === article && !el.closest('a') && !el.closest(FB.button)) return el;
  }
  return null;
}

/** The time link is the comment_id link that is not the author's own profile link; it names the comment. */
function timeLinkOf(article: Element): HTMLAnchorElement | undefined {
  const links = commentLinks(article);
  return links.filter((a) => identityOf(a.getAttribute('href')!) === null).at(-1) ?? links.at(-1);
}

export function readArticle(article: Element): Comment | null {
  const base = article.ownerDocument.location?.href ?? 'https://www.facebook.com/';
  const author = authorLink(article);
  const who = author ? identityOf(author.getAttribute('href')!) : null;
  const post = postOf(article);
  const owner = post === article ? who : postInfo(post).owner;
  const body = bodyOf(article);
  const seeMore = body ? [...body.querySelectorAll(FB.button)].some((b) => !b.querySelector('img')) : false;
  const common = {
    platform: 'facebook' as const,
    authorName: author ? readableText(author) : '',
    handle: who?.handle ?? '',
    profileUrl: who?.profileUrl ?? '',
    text: body ? readableText(body, (el) => el.matches(FB.button)) : '',
    truncated: seeMore,
    byOwner: !!who && !!owner && who.handle === owner.handle,
  };
  if (post === article) {
    const id = postIdOf(article);
    const link = ownLinks(article).find((a) => FB.postPath.test(a.getAttribute('href') ?? ''));
    if (!id || !link) return null;
    return { ...common, id, permalink: absoluteUrl(link.getAttribute('href')!.split('?')[0], base),
      timeText: (link.textContent ?? '').trim(), depth: 0, isPost: true, byOwner: true };
  }
  const timeLink = timeLinkOf(article);
  const ids = timeLink ? commentIdOf(timeLink.getAttribute('href')!) : null;
  if (!ids) return null;
  let depth = 1;
  let parent: Element | null = null;
  for (let up = article.parentElement?.closest(FB.article); up && up !== post; up = up.parentElement?.closest(FB.article)) {
    parent ??= up;
    depth++;
  }
  // Nesting names the direct parent; the URL only names the thread's top comment (flat layouts, S8).
  const parentLink = parent ? timeLinkOf(parent) : undefined;
  const parentId = (parentLink ? commentIdOf(parentLink.getAttribute('href')!)?.id : undefined) ?? ids.parentId ?? postInfo(post).id ?? undefined;
  // The permalink without Facebook's tracking parameters (__cft__, __tn__): only the comment ids stay.
  const href = timeLink!.getAttribute('href')!;
  const keep = (['comment_id', 'reply_comment_id'] as const).map((k) => [k, param(href, k)]).filter(([, v]) => v !== null);
  const permalink = absoluteUrl(href.split(/[?#]/)[0], base) + (keep.length ? `?${keep.map(([k, v]) => `${k}=${v}`).join('&')}` : '');
  const time = timeLink!.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  return { ...common, id: ids.id, permalink, time, timeText: (timeLink!.textContent ?? '').trim(),
    parentId, depth: ids.parentId && depth === 1 ? 2 : depth, isPost: false };
}
