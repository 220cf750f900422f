/**
 * What one scan learned about each element, kept until the current task's microtasks run. A scan is synchronous, so
 * the DOM cannot change under it, and readers ask many questions about one element per scan (is it a comment? whose
 * thread? which links are its own?); the next scan reads afresh, so recycled nodes are never answered from stale
 * state. A Map, not a WeakMap: it lives for one task only, and one Map lookup per element per question is the cost.
 */
export function scanRecords<T extends object>(): (key: object) => T {
  let records: Map<object, T> | null = null;
  return (key) => {
    if (!records) {
      records = new Map();
      queueMicrotask(() => (records = null));
    }
    let record = records.get(key);
    if (!record) records.set(key, (record = {} as T));
    return record;
  };
}
