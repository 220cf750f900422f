/**
 * The in-page half of `npm run check:page`, bundled with the real adapters: reads the saved page exactly as the
 * content script would, and says what it could not read.
 */
import { adapterFor, type Comment } from '../lib/sites';

export interface PageReport {
  platform: string | null;
  isThread: boolean;
  comments: Comment[];
  /** Elements the adapter found as comments but could not read: tag and the start of their text. */
  unreadable: string[];
  missing: string[];
}

function check(): PageReport {
  const adapter = adapterFor(location.href);
  if (!adapter) return { platform: null, isThread: false, comments: [], unreadable: [], missing: [] };
  const comments: Comment[] = [];
  const unreadable: string[] = [];
  for (const el of adapter.findComments(document)) {
    const c = adapter.readComment(el);
    if (c) comments.push(c);
    else unreadable.push(`<${el.localName}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`);
  }
  const health = adapter.health(document, comments.length, unreadable.length);
  return { platform: adapter.platform, isThread: adapter.isThread(new URL(location.href)), comments, unreadable, missing: health.missing };
}

(window as unknown as { __check: () => PageReport }).__check = check;
