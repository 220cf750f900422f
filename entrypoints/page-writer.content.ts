import { WRITE_EVENT, WRITERS, type WriteMode } from '@/lib/sites/editor-writers';

// Runs in the page's own world so synthetic paste/beforeinput events carry a DataTransfer the page can read
// (Firefox empties one built in the extension's world). It only writes into the element the extension's content
// script targeted, and only the text it was given; it reads nothing and sends nothing.
export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*',
    'https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.instagram.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    document.addEventListener(WRITE_EVENT, (event) => {
      const target = event.target;
      const detail = (event as CustomEvent<unknown>).detail;
      if (!(target instanceof HTMLElement) || typeof detail !== 'string') return;
      let request: { mode?: unknown; text?: unknown };
      try {
        request = JSON.parse(detail) as typeof request;
      } catch {
        return;
      }
      const write = WRITERS[request.mode as WriteMode];
      if (!write || typeof request.text !== 'string') return;
      event.preventDefault();
      write(target, request.text);
    }, true);
  },
});
