import { startTactful } from '@/lib/content/runtime';
import { instagramAdapter } from '@/lib/sites/instagram/adapter';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  // WXT's "script started" postMessage carries the extension id to every page script: never sent (lib/content/lifecycle.ts).
  noScriptStartedPostMessage: true,
  main() {
    startTactful(instagramAdapter);
  },
});
