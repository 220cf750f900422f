/**
 * What a Facebook href says: a profile (handle + clean URL), a comment id, a post id. Read with regexes, not `new URL`:
 * every link of every comment is asked, and most carry long tracking parameters. Only Facebook's own hosts count: a
 * page can put any href in its markup, and an off-site or `javascript:` link must never name a person or a comment.
 */
import { FB } from './selectors';

/** Host and path of an href (http(s) or root-relative); the query is never copied out: hrefs carry long tracking parameters. */
const HREF = /^(?:https?:\/\/([^/?#]+)|(?=\/(?!\/)))(\/[^?#]*)?/;

/** Facebook sections that look like a vanity name but are not a person or a page. */
const SECTIONS = new Set(['hashtag', 'groups', 'watch', 'photo', 'photos', 'events', 'pages', 'stories', 'reel', 'reels', 'videos',
  'marketplace', 'gaming', 'share', 'search', 'friends', 'messages', 'notifications', 'bookmarks', 'saved', 'settings', 'help',
  'privacy', 'policies', 'login', 'live', 'ads', 'business', 'permalink']);

interface Parts { host: string; path: string }

let last: { href: string; parts: Parts | null } = { href: '', parts: null };

/** Parts of a Facebook href, or null for off-site, outbound (l.facebook.com) and non-http links. */
function parts(href: string | null | undefined): Parts | null {
  if (!href) return null;
  // The same href is asked two or three times in a row (is it Facebook's? a profile? a comment?).
  if (href === last.href) return last.parts;
  const m = HREF.exec(href);
  const [, host = '', path = '/'] = m ?? [];
  const found = m && !(host && (!FB.host.test(host) || FB.outbound.test(host))) ? { host, path } : null;
  last = { href, parts: found };
  return found;
}

/** Profile link → handle (vanity, profile.php id, group member id) and a URL without tracking parameters. */
export function identityOf(href: string | null | undefined, pageHost = 'www.facebook.com'): { handle: string; profileUrl: string } | null {
  const p = parts(href);
  if (!p) return null;
  const origin = `https://${p.host || pageHost}`;
  const id = p.path === '/profile.php' ? /[?&]id=(\d+)/.exec(href!)?.[1] : undefined;
  if (id) return { handle: id, profileUrl: `${origin}/profile.php?id=${id}` };
  const member = /^\/groups\/[^/]+\/user\/(\d+)/.exec(p.path);
  if (member) return { handle: member[1]!, profileUrl: `${origin}${member[0]}/` };
  const vanity = /^\/([\w.]+)\/?$/.exec(p.path)?.[1];
  if (!vanity || vanity.endsWith('.php') || SECTIONS.has(vanity)) return null;
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
