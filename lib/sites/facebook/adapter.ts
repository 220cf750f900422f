import type { AdapterHealth, SiteAdapter } from '../site-adapter';
import { FB } from './selectors';
import { articleAbove, kindOf } from './structure';
import { factsOf } from './facts';
import { readArticle } from './read';
import { partsOf, timeLinkOf } from './parts';
import { postIdOf } from './links';
import { insertReply, openModeration } from './actions';

/** www and web are the same Comet site; m.facebook.com is a different, server-rendered markup (README). */
const HOSTS = new Set(['www.facebook.com', 'web.facebook.com']);

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',

  matches: (url) => HOSTS.has(url.hostname),

  isThread: (url) => postIdOf(url.href) !== null,

  /** Posts and comments; an article without an author of its own (a deleted comment's stub) is skipped. */
  findComments(root) {
    const all = [...root.querySelectorAll(FB.article)];
    if (root instanceof Element && root.matches(FB.article)) all.unshift(root);
    // In document order, an article holds replies exactly when it holds the next article: no query per article.
    all.forEach((a, i) => (factsOf(a).nested = !!all[i + 1] && a.contains(all[i + 1]!)));
    return all.filter((a) => kindOf(a) !== 'other');
  },

  closestComment(node) {
    let article = (node instanceof Element ? node : node.parentElement)?.closest(FB.article) ?? null;
    while (article && kindOf(article) === 'other') article = articleAbove(article);
    return article;
  },

  readComment(el) {
    try {
      return readArticle(el);
    } catch {
      return null; // changed markup: reported as unreadable in health, never thrown at the page
    }
  },

  // Post dialogs are portals outside [role=main]: the body is the narrowest node that receives every thread.
  observeRoot: (doc) => doc.body,

  /** Next to the author's name, outside the link so a click on the badge never opens the profile. */
  badgeAnchor: (el) => partsOf(el).author?.parentElement ?? null,

  veilTargets: (el) => {
    const { body, attachments } = partsOf(el);
    return body ? [body, ...attachments] : attachments;
  },

  health(doc, found, unreadable): AdapterHealth {
    const missing: string[] = [];
    // Asked with every batch: each check stops at the first article that passes it.
    const articles = [...doc.querySelectorAll(FB.article)];
    const isComment = (a: Element): boolean => kindOf(a) === 'comment';
    if (!articles.length) missing.push('article');
    else if (!articles.some((a) => kindOf(a) !== 'other')) missing.push('commentAuthor');
    else if (!articles.some((a) => isComment(a) && timeLinkOf(a)) && articles.some(isComment)) missing.push('timeLink');
    return { platform: 'facebook', commentsFound: found, missing, unreadable };
  },

  insertReply,
  openModeration,
};
