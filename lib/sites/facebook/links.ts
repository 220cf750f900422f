/**
 * What a Facebook href says: a profile (handle + clean URL), a comment id, a post id. Read with regexes, not `new URL`:
 * every link of every comment is asked, and most carry long tracking parameters. Only Facebook's own hosts count: a
 * page can put any href in its markup, and an off-site or `javascript:` link must never name a person or a comment.
 */
import { FB } from './selectors';

/** Facebook sections that look like a vanity name but are not a person or a page. */
const SECTIONS = new Set(['hashtag', 'groups', 'watch', 'photo', 'photos', 'events', 'pages', 'stories', 'reel', 'reels', 'videos',
  'marketplace', 'gaming', 'share', 'search', 'friends', 'messages', 'notifications', 'bookmarks', 'saved', 'settings', 'help',
  'privacy', 'policies', 'login', 'live', 'ads', 'business', 'permalink']);

interface Parts { host: string; path: string }

/** Index of the first of `a`, `b` or `c` in `href` from `from`, or its length: native scans, not a loop per character. */
function firstOf(href: string, from: number, a: string, b: string, c = ''): number {
  const ab = earlier(href.indexOf(b, from), earlier(href.indexOf(a, from), href.length));
  return c ? earlier(href.indexOf(c, from), ab) : ab;
}

const earlier = (i: number, was: number): number => (i >= 0 && i < was ? i : was);

/**
 * Host and path of an http(s) or root-relative href (never `//host`), or null off Facebook, outbound
 * (l.facebook.com) or any other scheme. By index, not a regex match: every link of every comment is asked, and a
 * match's array and captures were among a first scan's largest allocations (bench:dom). The query is never copied
 * out: hrefs carry long tracking parameters.
 */
function parse(href: string): Parts | null {
  let host = '';
  let at = 0;
  const scheme = href.startsWith('https://') ? 8 : href.startsWith('http://') ? 7 : 0;
  if (scheme) {
    at = firstOf(href, scheme, '/', '?', '#');
    if (at === scheme) return null;
    host = href.slice(scheme, at);
    if (!FB.host.test(host) || FB.outbound.test(host)) return null;
  } else if (href[0] !== '/' || href[1] === '/') return null;
  return { host, path: href[at] === '/' ? href.slice(at, firstOf(href, at, '?', '#')) : '/' };
}

// The same href is asked two or three times in a row (is it Facebook's? a profile? a comment?).
let lastHref = '';
let lastParts: Parts | null = null;

function parts(href: string | null | undefined): Parts | null {
  if (!href) return null;
  if (href !== lastHref) {
    lastHref = href;
    lastParts = parse(href);
  }
  return lastParts;
}

const PROFILE_ID = /[?&]id=(\d+)/;
const MEMBER = /^\/groups\/[^/]+\/user\/(\d+)/;
const VANITY = /^\/[\w.]+\/?$/;

/** A profile's path kind without building anything: a profile.php id, a group member, a vanity name, or none. */
function profileKind(p: Parts, href: string): 'id' | 'member' | 'vanity' | null {
  if (p.path === '/profile.php') return PROFILE_ID.test(href) ? 'id' : null;
  if (MEMBER.test(p.path)) return 'member';
  if (!VANITY.test(p.path)) return null;
  const vanity = vanityOf(p.path);
  return vanity.endsWith('.php') || SECTIONS.has(vanity) ? null : 'vanity';
}

const vanityOf = (path: string): string => path.slice(1, path.endsWith('/') ? -1 : undefined);

/** True for a profile link (what `identityOf` reads), without building the identity: asked of every link tried as an author. */
export function isProfileHref(href: string | null | undefined): boolean {
  const p = parts(href);
  return !!p && profileKind(p, href!) !== null;
}

/** Profile link → handle (vanity, profile.php id, group member id) and a URL without tracking parameters. */
export function identityOf(href: string | null | undefined, pageHost = 'www.facebook.com'): { handle: string; profileUrl: string } | null {
  const p = parts(href);
  const kind = p && profileKind(p, href!);
  if (!kind) return null;
  const origin = `https://${p.host || pageHost}`;
  if (kind === 'id') {
    const id = PROFILE_ID.exec(href!)![1]!;
    return { handle: id, profileUrl: `${origin}/profile.php?id=${id}` };
  }
  if (kind === 'member') {
    const member = MEMBER.exec(p.path)!;
    return { handle: member[1]!, profileUrl: `${origin}${member[0]}/` };
  }
  const vanity = vanityOf(p.path);
  return { handle: vanity, profileUrl: `${origin}/${vanity}` };
}

/** True for a link to Facebook itself (relative or on a Facebook host, never outbound or off-site). */
export const isOwnLink = (href: string | null | undefined): boolean => parts(href) !== null;

/** One query parameter, read with a regex. */
const PARAMS = { comment_id: /[?&]comment_id=([^&#]*)/, reply_comment_id: /[?&]reply_comment_id=([^&#]*)/ } as const;
function param(href: string, name: keyof typeof PARAMS): string | null {
  const v = PARAMS[name].exec(href)?.[1];
  if (v === undefined) return null;
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}

/** A numeric id, or the base64 form the author link carries ("comment:<post>_<id>"). */
function decode(v: string | null): string | null {
  if (!v) return null;
  if (/^\d+$/.test(v)) return v;
  try {
    return /^comment:\d+_(\d+)$/.exec(atob(v))?.[1] ?? null;
  } catch {
    return null;
  }
}

/** comment_id / reply_comment_id of a Facebook link: a reply names its thread's top comment as `comment_id`. */
export function commentIdOf(href: string | null | undefined): { id: string; parentId?: string } | null {
  if (!href || !href.includes('comment_id=') || !isOwnLink(href)) return null;
  const reply = decode(param(href, 'reply_comment_id'));
  const top = decode(param(href, 'comment_id'));
  if (reply) return { id: reply, parentId: top ?? undefined };
  return top ? { id: top } : null;
}

/** The parameters a permalink keeps: the post's and the comment's ids (never __cft__, __tn__ and other tracking). */
const KEEP = /[?&](fbid|story_fbid|id|comment_id|reply_comment_id)=([^&#]*)/g;

/** The permalink without Facebook's tracking parameters, in one pass over the query. */
export function cleanPermalink(absolute: string, href: string): string {
  let query = '';
  KEEP.lastIndex = 0;
  for (let m = KEEP.exec(href); m; m = KEEP.exec(href)) query += `${query ? '&' : '?'}${m[1]}=${m[2]}`;
  const cut = absolute.search(/[?#]/);
  return (cut < 0 ? absolute : absolute.slice(0, cut)) + query;
}

/** Post id in a permalink or page URL (posts, permalinks, videos, reels, photos). */
export function postIdOf(href: string | null | undefined): string | null {
  if (!isOwnLink(href)) return null;
  const m = FB.postPath.exec(href!);
  return m ? m[1] ?? m[2]! : null;
}
