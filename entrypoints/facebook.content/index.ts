import { startTactful } from '@/lib/content/runtime';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';

export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startTactful(ctx, facebookAdapter);
  },
});
