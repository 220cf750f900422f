/** What every comment of a thread shares: the post's id, its owner and its permalink. */
import { absoluteUrl } from '../dom-text';
import { FB } from './selectors';
import { identityOf, postIdOf } from './links';
import { authorOf, firstOwnLink } from './structure';
import { factsOf, pageOf } from './facts';

export interface ThreadInfo { postId: string | null; owner: ReturnType<typeof identityOf>; permalink: string }
const threadInfos = new WeakMap<Element, { key: string; info: ThreadInfo }>();

/**
 * Post id, owner and permalink of a thread, asked by every comment: cached per thread node, keyed by its first link
 * (a post article) or the URL (a dialog or pane), because Facebook recycles nodes for other stories.
 */
export function threadInfo(thread: Element): ThreadInfo {
  const facts = factsOf(thread);
  return (facts.info ??= readThreadInfo(thread));
}

function readThreadInfo(thread: Element): ThreadInfo {
  const doc = thread.ownerDocument;
  const { href: url, host } = pageOf(doc);
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
      if (!owner && (a.textContent ?? '').trim()) owner = identityOf(href, host);
      if (postLink && owner) break;
    }
  }
  postLink ??= postIdOf(url) ? url : null;
  const info = { postId: postIdOf(postLink), owner, permalink: postLink ? absoluteUrl(postLink, url).split(/[?#]/)[0]! : url.split(/[?#]/)[0]! };
  threadInfos.set(thread, { key, info });
  return info;
}

