/**
 * Entry of the Chromium side of the store benchmark. The extension's CSP forbids eval, so zod validates there
 * without its compiled fast path; zod decides that when a schema is built, so the config comes before the store
 * is loaded (a dynamic import, which esbuild inlines and runs lazily).
 */
import { z } from 'zod';

z.config({ jitless: true });

export async function runBench(n: number, dbName: string): Promise<unknown> {
  const run = await import('./bench-store-run');
  return run.runBench(n, dbName);
}
