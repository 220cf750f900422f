/**
 * A cache that lives until the current task's microtasks run. A scan is synchronous, so the DOM cannot change under
 * it, and readers ask the same question about one element many times per scan (is it a comment? whose thread? which
 * links are its own?); the next scan reads afresh, so recycled nodes are never answered from stale state.
 */
export function scanMemo<K extends object, V>(): (key: K, compute: () => V) => V {
  let memo: WeakMap<K, V> | null = null;
  return (key, compute) => {
    if (!memo) {
      memo = new WeakMap();
      queueMicrotask(() => (memo = null));
    }
    if (memo.has(key)) return memo.get(key)!;
    const value = compute();
    memo.set(key, value);
    return value;
  };
}
