/**
 * The content runtime and the worker's tab state together: when the worker has lost a tab's comments (it restarted
 * and the stored copy is gone), the panel's request makes the worker ask the page (`content/resync`), and the page
 * sends every comment it has shown again, from its own tracker, without a new scan. The badges stay as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, stopWorker, type Harness } from './harness';
import { probe, type Probe } from './platform';
import { badged, waitForMarks } from './ui';

const POST = 'https://x.com/acmeshop/status/1850000000000000001';

describe('a worker that lost the tab', () => {
  let h: Harness;
  let page: Page;
  let p: Probe;

  beforeAll(async () => {
    h = await launch({ [POST]: 'x/conversation.html' });
    page = await h.open(POST);
    await waitForMarks(page, 4);
    p = await probe(h, page);
  });
  afterAll(async () => h?.close());

  it('gets every comment back from the page, and the page keeps its badges', async () => {
    const ids = await p.ids();
    expect(ids).toHaveLength(5); // the post and its four replies
    const marks = await badged(page);

    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    const cdp = await h.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await ext.evaluate(() => chrome.storage.session.clear());
    await stopWorker(cdp);

    // The first question after the restart finds nothing and asks the page; the page answers with everything.
    expect(await p.ids()).toEqual([]);
    await expect.poll(() => p.ids(), { timeout: 10_000 }).toEqual(ids);
    expect(await badged(page)).toEqual(marks);
    await cdp.detach();
    await ext.close();
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
