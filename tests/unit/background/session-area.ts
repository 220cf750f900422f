import type { StorageArea } from '@/lib/background/session-store';

/** Chrome's storage.session quota: 10 MiB, counted as every key's length plus its value as JSON. */
export const SESSION_QUOTA = 10 * 1024 * 1024;

/**
 * An in-memory storage area that behaves like Chrome's storage.session where it matters here: values are copied
 * through JSON, and a `set` that would take the area past its quota throws and stores nothing.
 */
export function quotaArea(quota = SESSION_QUOTA) {
  const data = new Map<string, string>();
  const size = (key: string, json: string) => key.length + json.length;
  const stats = { bytes: 0, peak: 0, sets: 0, lastSetBytes: 0, maxSetBytes: 0 };
  const total = () => [...data].reduce((n, [k, v]) => n + size(k, v), 0);
  const keysOf = (keys: string | string[] | null) => (keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys);
  const area: StorageArea = {
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of keysOf(keys)) if (data.has(k)) out[k] = JSON.parse(data.get(k)!);
      return out;
    },
    async set(items) {
      const next = new Map(data);
      let written = 0;
      for (const [k, v] of Object.entries(items)) {
        const json = JSON.stringify(v);
        next.set(k, json);
        written += size(k, json);
      }
      const after = [...next].reduce((n, [k, v]) => n + size(k, v), 0);
      if (after > quota) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      for (const [k, v] of next) data.set(k, v);
      stats.sets++;
      stats.lastSetBytes = written;
      stats.maxSetBytes = Math.max(stats.maxSetBytes, written);
      stats.bytes = after;
      stats.peak = Math.max(stats.peak, after);
    },
    async remove(keys) {
      for (const k of keysOf(keys)) data.delete(k);
      stats.bytes = total();
    },
  };
  return { area, data, stats };
}
