/**
 * When the content script stops and when the page moved on, decided only from what a page cannot forge. WXT's
 * context is invalidated by a DOM event any page can dispatch (its name is built from the public extension id), and
 * its `wxt:locationchange` is a window event too; so the runtime never ties itself to either. It stops when the
 * extension itself is gone (updated, reloaded, removed: `runtime.id` disappears in orphaned scripts), and it sees SPA
 * navigation by comparing `location.href`, which only a real navigation changes.
 */
import { browser } from 'wxt/browser';

export interface Lifecycle {
  /** Registers a teardown step; all run once when the extension is gone. */
  onStop(fn: () => void): void;
  readonly stopped: boolean;
}

const alive = (): boolean => {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
};

export function lifecycle(checkEveryMs = 2_000): Lifecycle {
  const steps: Array<() => void> = [];
  let stopped = false;
  const timer = setInterval(() => {
    if (alive()) return;
    stopped = true;
    clearInterval(timer);
    for (const step of steps.splice(0)) {
      try {
        step();
      } catch {
        // one failing step must not keep the others from running
      }
    }
  }, checkEveryMs);
  return {
    onStop: (fn) => void steps.push(fn),
    get stopped() { return stopped; },
  };
}

/**
 * Calls `onChange` after the URL changed. Navigation API events (Chromium) make it prompt; they can be dispatched by
 * the page, so they only trigger a comparison, and a one-second poll catches what they miss.
 */
export function watchLocation(life: Lifecycle, onChange: () => void): void {
  let last = location.href;
  const check = (): void => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  const events = new AbortController();
  nav?.addEventListener('navigatesuccess', check, { signal: events.signal });
  window.addEventListener('popstate', check, { signal: events.signal });
  const poll = setInterval(check, 1_000);
  life.onStop(() => {
    events.abort();
    clearInterval(poll);
  });
}
