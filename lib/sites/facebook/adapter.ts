import type { AdapterHealth, SiteAdapter } from '../site-adapter';
import { FB } from './selectors';
import { identityOf, isComment, ownLinks, readArticle } from './read';
import { insertReply, openModeration } from './actions';

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',

  matches: (url) => url.hostname === 'www.facebook.com',

  /** Posts (outermost articles) and their comments; an article without a comment link (deleted, "hidden") is skipped. */
  findComments(root) {
    const all = [...root.querySelectorAll(FB.article)];
    if (root instanceof Element && root.matches(FB.article)) all.unshift(root);
    return all.filter((a) => isComment(a) || (!a.parentElement?.closest(FB.article) && a.querySelector(FB.article)));
  },

  closestComment(node) {
    for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement?.closest(FB.article) ?? null) {
      const article = el.closest(FB.article);
      if (!article) return null;
      if (isComment(article)) return article;
      el = article;
    }
    return null;
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
  badgeAnchor: (el) => {
    const author = ownLinks(el).find((a) => (a.textContent ?? '').trim() && identityOf(a.href));
    return author?.parentElement ?? null;
  },

  health(doc, found, unreadable): AdapterHealth {
    const missing: string[] = [];
    if (!doc.querySelector(FB.article)) missing.push('article');
    else if (!doc.querySelector(`${FB.article} ${FB.article}`)) missing.push('nestedArticle');
    else if (!doc.querySelector(`${FB.article} ${FB.commentLink}`)) missing.push('commentLink');
    return { platform: 'facebook', commentsFound: found, missing, unreadable };
  },

  insertReply,
  openModeration,
};
