/** Polls `probe` until it returns a value (not null/undefined/false) or `timeoutMs` passes. Never throws. */
export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 1_500, everyMs = 40): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = probe();
      if (value) return value;
    } catch {
      // a probe that throws on half-rendered markup simply has not found its element yet
    }
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** True when an element is rendered (not display:none, not in a detached or hidden subtree). */
export function isVisible(el: Element): boolean {
  return el.isConnected && el.getClientRects().length > 0;
}
