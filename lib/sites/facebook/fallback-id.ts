/**
 * An id for a comment whose markup names none (no comment_id in any of its links, as on logged-out group pages): a
 * hash of who wrote what it shows, plus its rank among identical earlier comments of the same thread, so two
 * identical GIFs from one person stay two comments. Stable across re-renders and recycled nodes, like a real id.
 */
import { FB } from './selectors';
import { kindOf, threadOf } from './structure';
import { factsOf } from './facts';

/** FNV-1a, 32 bits: short, fast, stable across browsers. */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** How far back identical comments are looked for: a thread shows a few hundred comments at most. */
const LOOK_BACK = 200;

/** `content(el)`: what an article shows (author, text, media), the same function for every comment. */
export function fallbackId(article: Element, content: (el: Element) => string): string {
  const sig = (el: Element): string => (factsOf(el).sig ??= fnv(content(el)));
  const own = sig(article);
  const thread = factsOf(threadOf(article));
  const all = (thread.articles ??= [...threadOf(article).querySelectorAll(FB.article)]);
  let rank = 1;
  for (let i = all.indexOf(article) - 1, n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
    if (kindOf(all[i]!) === 'comment' && sig(all[i]!) === own) rank++;
  }
  return `fb-${own}${rank > 1 ? `-${rank}` : ''}`;
}
