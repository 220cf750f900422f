/**
 * Helpers for the per-platform browser tests: ask the background what it holds for a tab, and send the panel's
 * messages to the content script, from an extension page, exactly as the side panel does.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

export interface Probe {
  /** Ids the background holds for the tab, in the order it received them. */
  ids(): Promise<string[]>;
  /** The comments the background holds for the tab, as the content script sent them. */
  comments(): Promise<Array<{ id: string; permalink: string; profileUrl: string; text: string; media?: string[] }>>;
  /** What the background judged for each comment of the tab: its action and reasons. */
  assessments(): Promise<Array<{ id: string; action: string; reasons: Array<{ code: string; evidence?: string }> }>>;
  /** Sends a panel → content message to the tab and returns the content script's reply data. */
  send<T = unknown>(type: string, payload: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function probe(h: Harness, page: Page): Promise<Probe> {
  const tabId = await h.tabIdOf(page.url());
  const ext = await h.context.newPage();
  await ext.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
  return {
    ids: () => ext.evaluate(async (tab) => {
      const reply = await chrome.runtime.sendMessage({ type: 'panel/state', payload: { tabId: tab } });
      return (reply.data?.comments ?? []).map((c: { comment: { id: string } }) => c.comment.id);
    }, tabId),
    comments: () => ext.evaluate(async (tab) => {
      const reply = await chrome.runtime.sendMessage({ type: 'panel/state', payload: { tabId: tab } });
      return (reply.data?.comments ?? []).map((c: { comment: unknown }) => c.comment);
    }, tabId),
    assessments: () => ext.evaluate(async (tab) => {
      const reply = await chrome.runtime.sendMessage({ type: 'panel/state', payload: { tabId: tab } });
      return (reply.data?.comments ?? []).map((c: { comment: { id: string }; assessment: { action: string; reasons: [] } }) =>
        ({ id: c.comment.id, action: c.assessment.action, reasons: c.assessment.reasons }));
    }, tabId),
    send: async <T>(type: string, payload: unknown): Promise<T> => {
      const reply = await ext.evaluate(([tab, t, p]) => chrome.tabs.sendMessage(tab as number, { type: t, payload: p }), [tabId, type, payload] as const);
      if (!reply?.ok) throw new Error(`${type} failed: ${JSON.stringify(reply)}`);
      return reply.data as T;
    },
    close: () => ext.close(),
  };
}

/** Errors the page would show in its console (uncaught exceptions included). */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

export { badged } from './ui';

/** The platform's own menu item Tactful outlined and focused for the user (no attribute marks it), or null. */
export const highlightedItem = (page: Page): Promise<string | null> => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return el && el !== document.body && el.style.outlineStyle === 'solid' ? (el.textContent ?? '').trim() : null;
});
