/**
 * The guide database in a real Chromium: the background worker loads the default guide on first run, and what
 * the user changes survives a service-worker restart and a browser restart with the same profile.
 *
 * How the worker is restarted (Playwright 1.65, Chromium 156): a CDP session on an extension page, then
 * `ServiceWorker.enable` + `ServiceWorker.stopAllWorkers`; `ServiceWorker.workerVersionUpdated` reports
 * running → stopping → stopped, and the next extension event (a runtime message) starts it again. Playwright
 * emits no new 'serviceworker' event and keeps using the same Worker handle, so the test tells a fresh worker by
 * a global it set before the stop being gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, stopWorker, type Harness } from './harness';
import guide from '../../assets/guide/default-guide.json';
import { DB_VERSION } from '../../lib/store/db';

/** Raw IndexedDB access from an extension page: the test reads what the extension wrote, not through its code. */
function idb(page: Page) {
  return {
    templateIds: () => page.evaluate(() => new Promise<string[]>((resolve, reject) => {
      const open = indexedDB.open('tactful');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('templates')) return db.close(), resolve([]);
        const req = db.transaction('templates').objectStore('templates').getAllKeys();
        req.onsuccess = () => { db.close(); resolve(req.result as string[]); };
      };
    })),
    /** Runs one change in a readwrite transaction over every store and waits for it to commit. */
    change: (what: 'delete-thanks' | 'brand') => page.evaluate((w) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('tactful');
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['templates', 'settings'], 'readwrite');
        if (w === 'delete-thanks') tx.objectStore('templates').delete('default-thanks-en');
        else {
          const s = tx.objectStore('settings');
          const get = s.get('settings');
          get.onsuccess = () => s.put({ ...get.result, brandName: 'Acme' }, 'settings');
        }
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), what),
    settings: () => page.evaluate(() => new Promise<{ brandName: string; codeOfConduct: { en?: string } }>((resolve) => {
      const open = indexedDB.open('tactful');
      open.onsuccess = () => {
        const req = open.result.transaction('settings').objectStore('settings').get('settings');
        req.onsuccess = () => { open.result.close(); resolve(req.result); };
      };
    })),
    version: () => page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'tactful')?.version),
  };
}

describe('guide database in Chromium', () => {
  let profile: string;
  let h: Harness;
  let panel: Page;
  const defaults = guide.templates.map((t) => t.id).sort();

  const openPanel = async () => {
    panel = await h.context.newPage();
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
  };

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'tactful-store-'));
    h = await launch({}, { profile });
    await openPanel();
  });
  afterAll(async () => {
    await h?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('loads the default guide on first run, at the current schema version', async () => {
    await expect.poll(async () => (await idb(panel).templateIds()).sort()).toEqual(defaults);
    expect(await idb(panel).version()).toBe(DB_VERSION);
    expect((await idb(panel).settings()).codeOfConduct.en).toMatch(/^Our house rules/);
  });

  it('keeps the user\'s changes across a service-worker restart, without loading the guide again', async () => {
    await idb(panel).change('delete-thanks');
    await idb(panel).change('brand');
    await h.worker.evaluate(() => { (globalThis as { beforeStop?: boolean }).beforeStop = true; });

    const cdp = await h.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    await stopWorker(cdp);
    // Any extension event starts the worker again; its start opens the database (and would reload the guide).
    const reply = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'panel/state', payload: { tabId: 1 } }));
    expect(reply.ok).toBe(true);
    expect(await h.worker.evaluate(() => (globalThis as { beforeStop?: boolean }).beforeStop)).toBeUndefined();

    const ids = await h.worker.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('tactful');
      open.onsuccess = () => {
        const req = open.result.transaction('templates').objectStore('templates').count();
        req.onsuccess = () => { open.result.close(); resolve(req.result); };
      };
    }));
    expect(ids).toBe(defaults.length - 1);
    expect(await idb(panel).templateIds()).not.toContain('default-thanks-en');
    expect((await idb(panel).settings()).brandName).toBe('Acme');
    await cdp.detach();
  });

  it('keeps them across a browser restart with the same profile', async () => {
    await h.close();
    h = await launch({}, { profile });
    await openPanel();
    // Give the new worker's start-up (which opens the database) time to run before checking it changed nothing.
    await h.worker.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect((await idb(panel).templateIds()).sort()).toEqual(defaults.filter((id) => id !== 'default-thanks-en'));
    expect((await idb(panel).settings()).brandName).toBe('Acme');
    expect(await idb(panel).version()).toBe(DB_VERSION);
  });

  it('a worker that starts without a database creates it and loads the guide', async () => {
    const cdp = await h.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    await stopWorker(cdp);
    await panel.evaluate(() => new Promise((resolve, reject) => {
      const del = indexedDB.deleteDatabase('tactful');
      del.onsuccess = resolve;
      del.onerror = () => reject(del.error);
    }));
    await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'panel/state', payload: { tabId: 1 } }));
    await expect.poll(async () => (await idb(panel).templateIds()).sort()).toEqual(defaults);
    await cdp.detach();
  });

  it('made no network request', () => {
    expect(h.external).toEqual([]);
  });
});
