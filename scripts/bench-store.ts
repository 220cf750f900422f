/**
 * Store benchmark: import of 10,000 templates (validate everything, then one transaction), export, and one
 * draft lookup over them — in Node with fake-indexeddb, then in real Chromium's IndexedDB from an extension
 * page (needs `npm run build:chrome` and /usr/bin/chromium; skipped with a note otherwise).
 * Usage: npm run bench:store [-- <templates>]. Prints figures; the last line is one JSON object.
 */
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runBench, type Figures } from './bench-store-run';

const N = Number(process.argv[2] ?? 10_000);
const ROOT = join(import.meta.dirname, '..');

async function inChromium(): Promise<Figures | string> {
  const extension = join(ROOT, '.output/chrome-mv3');
  if (!existsSync(join(extension, 'manifest.json'))) return 'skipped: run npm run build:chrome first';
  if (!existsSync('/usr/bin/chromium')) return 'skipped: no /usr/bin/chromium';
  const { build } = await import('esbuild'); // tsx's own bundler, already installed with it
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'bench-store-page.ts')], bundle: true, write: false, format: 'iife',
    globalName: 'TactfulBench', platform: 'browser', target: 'chrome120',
  });
  const { launch } = await import('../tests/e2e/harness');
  const h = await launch({});
  try {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    // Run through CDP's Runtime.evaluate: the extension page's CSP forbids eval, which Playwright's string evaluate uses.
    const cdp = await h.context.newCDPSession(page);
    const run = async (expression: string) => {
      const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value as unknown;
    };
    await run(`${bundle.outputFiles[0]!.text}\nglobalThis.TactfulBench = TactfulBench; 0`);
    return (await run(`TactfulBench.runBench(${N}, 'tactful-bench')`)) as Figures;
  } finally {
    await h.close();
  }
}

const node = await runBench(N, 'tactful-bench');
console.log(`node + fake-indexeddb: ${N} templates — validate ${node.validateMs} ms, import ${node.importMs} ms, export ${node.exportMs} ms, drafts ${node.draftsMs} ms (${node.variantsRanked} variants ranked)`);
const chromium = await inChromium();
if (typeof chromium === 'string') console.log(`chromium: ${chromium}`);
else console.log(`chromium IndexedDB: ${N} templates — validate ${chromium.validateMs} ms, import ${chromium.importMs} ms, export ${chromium.exportMs} ms, drafts ${chromium.draftsMs} ms (${chromium.variantsRanked} variants ranked)`);
console.log(JSON.stringify({ bench: 'store', templates: N, node, chromium }));
