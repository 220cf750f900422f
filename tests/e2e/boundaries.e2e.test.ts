/**
 * Message boundaries in a real Chromium. Code in Tactful's content-script world (reached through CDP, exactly
 * where a compromised or hostile page script would have to get to) tries to read another tab, to post comments
 * as another tab, URL or platform, and to slip in hostile links; the panel tries to pose as a page. Every
 * attempt is refused and nothing it sent reaches the worker's state. Payloads at the protocol's limits pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { LIMITS } from '../../lib/limits';
import { inExtensionWorld, waitForMarks } from './ui';

const X_POST = 'https://x.com/acmeshop/status/1850000000000000001';
const FB_POST = 'https://www.facebook.com/wintergearnl/posts/pfbid0WinterGearPost1';

interface Reply { ok: boolean; data?: { comments?: Array<{ comment: { id: string; text: string } }>; url?: string; assessments?: unknown[] }; error?: { code: string; message: string } }
type Run = (fn: string, arg?: unknown) => Promise<Reply>;

/** Runs `fn(arg)` inside Tactful's content-script world of `page`, where `chrome.runtime` is Tactful's. */
const contentWorld = (page: Page): Run => (fn, arg) => inExtensionWorld<Reply>(page, `(${fn})(${JSON.stringify(arg ?? null)})`);

const SEND = '(m) => chrome.runtime.sendMessage(m)';
const health = (platform: string) => ({ platform, commentsFound: 1, missing: [], unreadable: 0 });
const comment = (over: Record<string, unknown> = {}) => ({
  id: '1850000000000009999', platform: 'x', authorName: 'Mallory', handle: 'mallory', profileUrl: 'https://x.com/mallory',
  text: 'spoofed comment', truncated: false, permalink: 'https://x.com/mallory/status/1850000000000009999', timeText: '1m', timeFrom: 'unknown',
  depth: 1, isPost: false, byOwner: false, ...over,
});

describe('message boundaries', () => {
  let h: Harness;
  let x: Page;
  let fb: Page;
  let xWorld: Run;
  let fbTab: number;
  let panel: Page;
  const state = (tabId: number) => panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'panel/state', payload: { tabId: id } }), tabId) as Promise<Reply>;

  beforeAll(async () => {
    h = await launch({ [X_POST]: 'x/conversation.html', [FB_POST]: 'facebook/post-nl.html' });
    x = await h.open(X_POST);
    fb = await h.open(FB_POST);
    await waitForMarks(x);
    await waitForMarks(fb);
    fbTab = await h.tabIdOf(FB_POST);
    panel = await h.openPanel(x);
    xWorld = contentWorld(x);
  });
  afterAll(async () => h?.close());

  it('refuses every panel message from a content script: no other tab\'s comments can be read', async () => {
    const fbTexts = (await state(fbTab)).data!.comments!.map((c) => c.comment.text);
    expect(fbTexts.length).toBeGreaterThan(0);
    for (const message of [
      { type: 'panel/state', payload: { tabId: fbTab } },
      { type: 'panel/state', payload: { tabId: await h.tabIdOf(X_POST) } },
      { type: 'panel/draft-tone', payload: { text: 'hello' } },
      { type: 'panel/settings-changed', payload: {} },
    ]) {
      const reply = await xWorld(SEND, message);
      expect(reply, message.type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      for (const text of fbTexts) expect(JSON.stringify(reply)).not.toContain(text);
    }
  });

  it('takes a page\'s tab, URL and platform from the browser, and refuses every spoof', async () => {
    const fbBefore = (await state(fbTab)).data!.comments!.map((c) => c.comment.id);
    const spoofs: Array<[string, unknown, string]> = [
      ['a URL in the payload', { reset: false, url: FB_POST, comments: [comment()], health: health('x') }, 'bad-request'],
      ['a tab in the payload', { reset: false, tabId: fbTab, comments: [comment()], health: health('x') }, 'bad-request'],
      ['another platform', { reset: false, comments: [comment({ platform: 'facebook', permalink: '', profileUrl: '' })], health: health('facebook') }, 'forbidden'],
      ['another platform in health', { reset: false, comments: [comment()], health: health('facebook') }, 'forbidden'],
      ['a javascript: permalink', { reset: false, comments: [comment({ permalink: 'javascript:alert(document.domain)' })], health: health('x') }, 'bad-request'],
      ['a profile on another host', { reset: false, comments: [comment({ profileUrl: 'https://x.com.evil.example/mallory' })], health: health('x') }, 'bad-request'],
      ['a permalink with credentials', { reset: false, comments: [comment({ permalink: 'https://x.com@evil.example/' })], health: health('x') }, 'bad-request'],
      ['an http permalink', { reset: false, comments: [comment({ permalink: 'http://x.com/mallory/status/1' })], health: health('x') }, 'bad-request'],
    ];
    for (const [what, payload, code] of spoofs) {
      expect(await xWorld(SEND, { type: 'page/comments', payload }), what).toMatchObject({ ok: false, error: { code } });
    }
    const xState = (await state(await h.tabIdOf(X_POST))).data!;
    expect(xState.url).toBe(X_POST);
    expect(xState.comments!.map((c) => c.comment.id)).not.toContain('1850000000000009999');
    expect((await state(fbTab)).data!.comments!.map((c) => c.comment.id)).toEqual(fbBefore);
  });

  it('refuses page messages from an extension page: only a content script speaks for a page', async () => {
    const reply = await panel.evaluate((p) => chrome.runtime.sendMessage({ type: 'page/comments', payload: p }),
      { reset: false, comments: [comment()], health: health('x') });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('accepts payloads at the limits and refuses one step past them', async () => {
    const perText = Math.floor(LIMITS.batchChars / LIMITS.batchComments);
    const atLimits = await xWorld(`({ limits, perText }) => {
      const pad = (s, n, c) => s + c.repeat(Math.max(0, n - s.length));
      const comments = Array.from({ length: limits.batchComments }, (_, i) => {
        const id = pad(i + '-', limits.id, '7'); // unique: '1-77…' is not '17-7…'
        const permalink = pad('https://x.com/max/status/' + i + '?q=', limits.url, 'a');
        return { id, platform: 'x', authorName: pad('N', limits.name, 'n'), handle: pad('h', limits.handle, 'h'),
          profileUrl: pad('https://x.com/max?q=', limits.url, 'b'), text: pad('Max ' + i + ' ', perText, 'é'), truncated: true,
          permalink, time: pad('2026-11-30T10:00:00.000Z', limits.time, ' ').slice(0, limits.time), timeText: pad('1', limits.timeText, 'm'), timeFrom: 'exact',
          parentId: pad('1', limits.id, '8'), depth: limits.depth, isPost: false, byOwner: false };
      });
      return chrome.runtime.sendMessage({ type: 'page/comments', payload: { reset: false, comments, health: { platform: 'x', commentsFound: 500, missing: [], unreadable: 0 } } });
    }`, { limits: LIMITS, perText });
    expect(atLimits.error).toBeUndefined();
    expect(atLimits.data!.assessments).toHaveLength(LIMITS.batchComments);
    const kept = (await state(await h.tabIdOf(X_POST))).data!.comments!;
    expect(kept.filter((c) => c.comment.text.startsWith('Max '))).toHaveLength(LIMITS.batchComments);

    const one = { ...comment(), id: '1850000000000009998' };
    const pastLimits: Array<[string, unknown]> = [
      ['one comment too many', Array.from({ length: LIMITS.batchComments + 1 }, (_, i) => ({ ...one, id: String(i) }))],
      ['text one past the limit', [{ ...one, text: 'x'.repeat(LIMITS.text + 1) }]],
      ['too much text in one batch', Array.from({ length: 7 }, (_, i) => ({ ...one, id: String(i), text: 'x'.repeat(LIMITS.text) }))],
      ['a name one past the limit', [{ ...one, authorName: 'n'.repeat(LIMITS.name + 1) }]],
      ['an address one past the limit', [{ ...one, permalink: `https://x.com/a?q=${'a'.repeat(LIMITS.url)}`.slice(0, LIMITS.url + 1) }]],
    ];
    for (const [what, comments] of pastLimits) {
      const reply = await xWorld(SEND, { type: 'page/comments', payload: { reset: false, comments, health: health('x') } });
      expect(reply, what).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    const single = await xWorld(SEND, { type: 'page/comments', payload: { reset: false, comments: [{ ...one, text: 'y'.repeat(LIMITS.text) }], health: health('x') } });
    expect(single.ok).toBe(true);
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
