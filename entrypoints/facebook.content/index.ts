import { startTactful } from '@/lib/content/runtime';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  runAt: 'document_idle',
  // WXT's "script started" postMessage carries the extension id to every page script: never sent (lib/content/lifecycle.ts).
  noScriptStartedPostMessage: true,
  main() {
    startTactful(facebookAdapter);
  },
});
