import type { AdapterHealth, SiteAdapter } from '../site-adapter';
import { commentTimes, IG } from './selectors';
import { bodyOf, mediaOf, readRow, rowOf, timeOf } from './read';
import { insertReply, openModeration } from './actions';

export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',

  matches: (url) => url.hostname === 'www.instagram.com',

  isThread: (url) => IG.postPath.test(url.pathname),

  /** One block per comment permalink. The caption is context, read only to know the post owner. */
  findComments(root) {
    const rows = new Set<Element>();
    for (const time of commentTimes(root)) {
      const row = rowOf(time);
      if (row) rows.add(row);
    }
    return [...rows];
  },

  closestComment(node) {
    for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
      const time = timeOf(el);
      if (!time) continue;
      const row = rowOf(time);
      return row?.contains(node) ? row : null;
    }
    return null;
  },

  readComment(el) {
    try {
      return readRow(el);
    } catch {
      return null; // changed markup: reported as unreadable in health, never thrown at the page
    }
  },

  // The post modal is a portal outside <main>: the body is the narrowest node that receives every thread.
  observeRoot: (doc) => doc.body,

  /** After the time link, inside its own span: the row keeps its size, the host is positioned out of flow. */
  badgeAnchor: (el) => timeOf(el)?.parentElement?.parentElement ?? null,

  veilTargets: (el) => [bodyOf(el), ...mediaOf(el)].filter((t): t is Element => !!t),

  health(doc, found, unreadable): AdapterHealth {
    const missing: string[] = [];
    if (IG.postPath.test(doc.location?.pathname ?? '') && !doc.querySelector(IG.commentTime)) missing.push('commentTime');
    if (!doc.querySelector(IG.composer)) missing.push('composer');
    return { platform: 'instagram', commentsFound: found, missing, unreadable };
  },

  insertReply,
  openModeration,
};
