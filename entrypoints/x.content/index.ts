import { startTactful } from '@/lib/content/runtime';
import { xAdapter } from '@/lib/sites/x/adapter';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  // WXT's "script started" postMessage carries the extension id to every page script: never sent (lib/content/lifecycle.ts).
  noScriptStartedPostMessage: true,
  main() {
    startTactful(xAdapter);
  },
});
