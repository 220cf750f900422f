import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle, send } from '@/lib/messaging/transport';

const health = { platform: 'x' as const, commentsFound: 0, missing: [], unreadable: 0 };

describe('typed messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers a valid request to its handler and validates the reply', async () => {
    handle({ 'panel/state': ({ tabId }) => ({ tabId, url: 'https://x.com/', platform: 'x', comments: [], health }) });
    const reply = await send('panel/state', { tabId: 7 });
    expect(reply).toEqual({ ok: true, data: { tabId: 7, url: 'https://x.com/', platform: 'x', comments: [], health } });
  });

  it('answers a malformed payload with a bad-request error naming the field', async () => {
    handle({ 'panel/state': () => { throw new Error('must not run'); } });
    const reply = await send('panel/state', { tabId: 'seven' } as never);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('bad-request');
      expect(reply.error.message).toContain('tabId');
    }
  });

  it('answers unknown message types only where asked to', async () => {
    handle({}, { answerUnknown: true });
    const reply = await send('content/reveal', { commentId: '1' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
  });

  it('turns a throwing handler into an internal error', async () => {
    handle({ 'content/reveal': () => { throw new Error('boom'); } });
    expect(await send('content/reveal', { commentId: '1' })).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  });

  it('rejects a reply that breaks the protocol', async () => {
    handle({ 'content/reveal': () => ({ found: 'yes' }) as never });
    expect(await send('content/reveal', { commentId: '1' })).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });
});
