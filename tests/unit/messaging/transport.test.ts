import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { handle, send } from '@/lib/messaging/transport';
import { protocol } from '@/lib/messaging/protocol';

const health = { platform: 'x' as const, commentsFound: 0, missing: [], unreadable: 0 };
const empty = { comments: [], health, dropped: 0, sessionFull: false };
type Sender = Browser.runtime.MessageSender;

// What the browser reports for Tactful's side panel, and for its content script on an X page.
const PANEL: Sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };
const WORKER: Sender = { id: 'test-extension-id' };
const X_PAGE: Sender = { id: 'test-extension-id', url: 'https://x.com/acme/status/1', tab: { id: 3 } as Browser.tabs.Tab, frameId: 0 };

/** Delivers a message as the browser would from `sender`, and returns the receiver's reply. */
function deliver(sender: Sender, type: string, payload: unknown): Promise<unknown> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger({ type, payload }, sender, resolve));
}

describe('typed messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers a valid request to its handler and validates the reply', async () => {
    handle({ 'panel/state': ({ tabId }) => ({ tabId, url: 'https://x.com/', platform: 'x', ...empty }) });
    const reply = await deliver(PANEL, 'panel/state', { tabId: 7 });
    expect(reply).toEqual({ ok: true, data: { tabId: 7, url: 'https://x.com/', platform: 'x', ...empty } });
  });

  it('answers a malformed payload with a bad-request error naming the field', async () => {
    handle({ 'panel/state': () => { throw new Error('must not run'); } });
    const reply = await deliver(PANEL, 'panel/state', { tabId: 'seven' }) as { ok: boolean; error: { code: string; message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('bad-request');
    expect(reply.error.message).toContain('tabId');
  });

  it('answers unknown message types only where asked to', async () => {
    handle({}, { answerUnknown: true });
    expect(await deliver(PANEL, 'content/reveal', { commentId: '1' })).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
  });

  it('turns a throwing handler into an internal error', async () => {
    handle({ 'content/reveal': () => { throw new Error('boom'); } });
    expect(await deliver(PANEL, 'content/reveal', { commentId: '1' })).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  });

  it('rejects a reply that breaks the protocol', async () => {
    fakeBrowser.runtime.onMessage.addListener((_m: unknown, _s: Sender, respond: (r: unknown) => void) => {
      respond({ ok: true, data: { found: 'yes' } });
      return true;
    });
    expect(await send('content/reveal', { commentId: '1' })).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });
});

describe('message boundaries', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses every panel and content message from a content script, before its handler runs', async () => {
    const ran: string[] = [];
    const handlers = Object.fromEntries(Object.keys(protocol).map((type) => [type, () => { ran.push(type); return null; }]));
    handle(handlers);
    const extensionOnly = Object.entries(protocol).filter(([, m]) => m.from === 'extension').map(([type]) => type);
    expect(extensionOnly).toHaveLength(Object.keys(protocol).length - 1); // all but page/comments
    for (const type of extensionOnly) {
      expect(await deliver(X_PAGE, type, {}), type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(ran).toEqual([]);
  });

  it('takes page messages only from a content script in the top frame of a platform tab', async () => {
    const ran: unknown[] = [];
    handle({ 'page/comments': (_p, sender) => { ran.push(sender.url); return { assessments: [], shield: 'off', resync: false }; } });
    const request = { reset: true, comments: [], health };
    const refused = [
      PANEL, // an extension page is not a page
      WORKER,
      { ...X_PAGE, id: 'another-extension' },
      { ...X_PAGE, frameId: 2 }, // an iframe inside the page
      { ...X_PAGE, url: 'https://evil.example/x.com/status/1' },
      { ...X_PAGE, url: 'http://x.com/acme/status/1' },
      { ...X_PAGE, tab: undefined },
    ];
    for (const sender of refused) {
      expect(await deliver(sender, 'page/comments', request), JSON.stringify(sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await deliver(X_PAGE, 'page/comments', request)).toMatchObject({ ok: true });
    expect(ran).toEqual([X_PAGE.url]);
  });

  it('refuses a page message that names its own URL or tab', async () => {
    handle({ 'page/comments': () => ({ assessments: [], shield: 'off', resync: false }) });
    for (const extra of [{ url: 'https://x.com/other/status/2' }, { tabId: 9 }, { platform: 'facebook' }]) {
      expect(await deliver(X_PAGE, 'page/comments', { reset: false, comments: [], health, ...extra })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('accepts panel messages from the worker (no URL, no tab) and the extension\'s own pages', async () => {
    handle({ 'panel/changed': () => null });
    expect(await deliver(WORKER, 'panel/changed', { tabId: 1 })).toEqual({ ok: true, data: null });
    expect(await deliver(PANEL, 'panel/changed', { tabId: 1 })).toEqual({ ok: true, data: null });
    expect(await deliver({ ...PANEL, url: 'chrome-extension://other-id/sidepanel.html' }, 'panel/changed', { tabId: 1 }))
      .toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
