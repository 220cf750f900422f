/**
 * The guide in Firefox lives in the extension's IndexedDB and must survive a browser restart with the same
 * profile: the add-on stays installed (a permanent install, as from the store), the starter guide is not loaded
 * again over the user's changes, and the content scripts still have their sites.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import guide from '../../assets/guide/default-guide.json';
import { launch, type FirefoxHarness } from './harness';
import { badged, idb } from './page';

const POST = 'https://x.com/wintergear/status/1860000000000000000';
const pages = { [POST]: 'x/thread.html' };
type Settings = { brandName: string };

const templateIds = async (panel: Page) =>
  ((await idb<Array<{ id: string }>>(panel, { op: 'getAll', store: 'templates' })) ?? []).map((t) => t.id).sort();
const settings = async (panel: Page) => (await idb<Settings[]>(panel, { op: 'getAll', store: 'settings' }))[0]!;

describe('the guide across a Firefox restart', () => {
  let profile: string;
  let h: FirefoxHarness;
  let panel: Page;
  const defaults = guide.templates.map((t) => t.id).sort();

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'tactful-firefox-restart-'));
    h = await launch(pages, { profile });
    panel = await h.openPanel();
  });
  afterAll(async () => {
    await h?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('loads the starter guide on first run', async () => {
    await expect.poll(() => templateIds(panel)).toEqual(defaults);
  });

  it('keeps the user\'s changes after the browser restarts, and Tactful still reads the page', async () => {
    await idb(panel, { op: 'delete', store: 'templates', key: 'default-thanks-en' });
    await idb(panel, { op: 'put', store: 'settings', key: 'settings', value: { ...(await settings(panel)), brandName: 'Acme' } });
    const external = h.external;
    await h.close();

    h = await launch(pages, { profile, restart: true });
    panel = await h.openPanel();
    // The background's start-up opens the database (and would load the starter guide into an empty one).
    await new Promise((r) => setTimeout(r, 500));
    expect(await templateIds(panel)).toEqual(defaults.filter((id) => id !== 'default-thanks-en'));
    expect((await settings(panel)).brandName).toBe('Acme');
    const page = await h.open(POST);
    await expect.poll(() => badged(h, page), { timeout: 10_000 }).toHaveLength(6);
    expect([...external, ...h.external]).toEqual([]);
  });
});
