import { startTactful } from '@/lib/content/runtime';
import { xAdapter } from '@/lib/sites/x/adapter';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startTactful(ctx, xAdapter);
  },
});
