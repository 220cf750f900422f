import { startTactful } from '@/lib/content/runtime';
import { instagramAdapter } from '@/lib/sites/instagram/adapter';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startTactful(ctx, instagramAdapter);
  },
});
