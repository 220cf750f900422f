import type { Settings } from '../store/settings';

/**
 * The settings the background needs on every batch (thresholds, shield level), read from the guide database
 * once and again whenever the panel says they changed. A failure falls back to `fallback`, never blocks scoring.
 */
export function settingsCache(read: () => Promise<Settings>, fallback: Settings): { get(): Promise<Settings>; refresh(): void } {
  let current: Promise<Settings> | undefined;
  const load = (): Promise<Settings> => read().catch(() => fallback);
  return {
    get: () => (current ??= load()),
    refresh: () => { current = load(); },
  };
}
