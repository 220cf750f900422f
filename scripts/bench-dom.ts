/**
 * DOM benchmark (npm run bench:dom): the real adapters and comment tracker, bundled and run in Debian's Chromium
 * on each platform's committed fixture grown to a generated thread of N comments (one fixture comment cloned
 * with fresh ids). Measures the first scan of 1,000 and 5,000 comments, and the cost per appended comment when
 * they arrive in bursts of 10 (scanned the way the runtime does: only the added subtrees, after the burst).
 * Prints the figures, then one JSON line. Not a test: numbers depend on the machine.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BenchSetup } from './bench-dom-page';
import { fbPage } from '../tests/fixtures/facebook/pages';
import { PAGE_POST_EN } from '../tests/fixtures/facebook/threads';

interface BenchResult {
  scan1000: number; reference: number; ratio: number; scan5000: number; perAppended: number; perAppendedMean: number; found5000: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Setup extends BenchSetup {
  platform: 'x' | 'facebook' | 'instagram';
  url: string;
  /** A committed fixture file, or the page built by a fixture module. */
  fixture: string | (() => string);
}

const SETUPS: Setup[] = [
  { platform: 'x', url: 'https://x.com/wintergear/status/1860000000000000000', fixture: 'x/thread.html',
    template: '#timeline > [data-testid="cellInnerDiv"]:nth-child(2)', container: '#timeline',
    before: '#timeline > [data-testid="cellInnerDiv"]:nth-last-child(3)', idPattern: '/status/1860000000000000001' },
  // Markup shaped like the real Comet DOM (deep nesting, avatar, name, body, attachment slot, action row, menu):
  // a plain text comment with "See more", the commonest kind (37 elements; X's cell has 24, Instagram's 44).
  { platform: 'facebook', url: PAGE_POST_EN.url, fixture: () => fbPage(PAGE_POST_EN),
    template: '.fb-comments > .fb-thread:nth-child(5)', container: '.fb-comments', idPattern: 'comment_id=7007' },
  { platform: 'instagram', url: 'https://www.instagram.com/p/DWinter123/', fixture: 'instagram/post.html',
    template: '.list > .item:nth-child(3)', container: '.list', idPattern: '/c/17900000000000005/' },
];

/** The adapters and the tracker with the in-page half of the bench, nothing else of the extension. */
async function bundle(): Promise<string> {
  const out = await build({ entryPoints: [join(ROOT, 'scripts/bench-dom-page.ts')], bundle: true, write: false, format: 'iife', target: 'chrome120', minify: true });
  return out.outputFiles[0]!.text;
}

function contentScriptSizes(): Record<string, number> {
  const dir = join(ROOT, '.output/chrome-mv3/content-scripts');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.js'))
    .map((f) => [f.replace(/\.js$/, ''), gzipSync(readFileSync(join(dir, f)), { level: 9 }).length]));
}

async function main(): Promise<void> {
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--js-flags=--expose-gc'] });
  const results: Record<string, BenchResult> = {};
  for (const s of SETUPS) {
    const { platform, url, fixture, ...setup } = s;
    const source = typeof fixture === 'string' ? readFileSync(join(ROOT, 'tests/fixtures', fixture), 'utf8') : fixture();
    const html = source.replace(/<script[\s\S]*?<\/script>/gi, '');
    // A fresh page per run: a first scan is measured cold, as the content script meets it.
    const inFreshPage = async <T>(call: string): Promise<T> => {
      const page = await browser.newPage();
      await page.route('**/*', (r) => r.request().url() === url ? r.fulfill({ body: html, contentType: 'text/html' }) : r.abort());
      await page.goto(url);
      await page.addScriptTag({ content: code });
      // A string, not a function: tsx would rename helpers inside a serialised function.
      try {
        return await page.evaluate(call) as T;
      } catch (e) {
        throw new Error(`${platform}: ${(e as Error).message}`);
      } finally {
        await page.close();
      }
    };
    const scans = async (total: number, runs: number) => {
      const out: Array<{ ms: number; found: number; referenceMs: number }> = [];
      for (let i = 0; i < runs; i++) out.push(await inFreshPage(`window.__bench.firstScan(${JSON.stringify(setup)}, ${total})`));
      return { ms: median(out.map((r) => r.ms)), found: out[0]!.found, reference: median(out.map((r) => r.referenceMs)),
        ratio: median(out.map((r) => r.ms / r.referenceMs)) };
    };
    const s1000 = await scans(1_000, 5);
    const s5000 = await scans(5_000, 3);
    const app = await inFreshPage<{ median: number; mean: number }>(`window.__bench.appended(${JSON.stringify(setup)})`);
    results[platform] = { scan1000: s1000.ms, reference: s1000.reference, ratio: s1000.ratio, scan5000: s5000.ms,
      perAppended: app.median, perAppendedMean: app.mean, found5000: s5000.found };
  }
  await browser.close();
  const sizes = contentScriptSizes();
  for (const [platform, r] of Object.entries(results)) {
    console.log(`${platform.padEnd(10)} first scan 1,000: ${r.scan1000.toFixed(1)} ms (target < 50) = ${r.ratio.toFixed(2)} × reference loop ` +
      `(${r.reference.toFixed(1)} ms)  ` +
      `5,000: ${r.scan5000.toFixed(1)} ms (${r.found5000} read)  appended: ${r.perAppended.toFixed(3)} ms/comment ` +
      `(median burst; mean ${r.perAppendedMean.toFixed(3)}; target < 0.2)`);
  }
  for (const [name, bytes] of Object.entries(sizes)) console.log(`content script ${name}.js: ${(bytes / 1024).toFixed(1)} KB gzipped (target <= 60)`);
  if (!Object.keys(sizes).length) console.log('content script sizes: build first (npm run build:chrome)');
  const round = (x: number, d = 3) => Number(x.toFixed(d));
  // Other work on the machine slows every figure down: report it with them.
  const load = Number(loadavg()[0]!.toFixed(2));
  console.log(`machine: ${cpus().length} cores, load average ${load} while measuring`);
  console.log(JSON.stringify({
    bench: 'dom', median: true, cores: cpus().length, loadAverage: load, scans: Object.fromEntries(Object.entries(results).map(([k, r]) =>
      [k, { firstScan1000Ms: round(r.scan1000, 2), referenceLoopMs: round(r.reference, 2), firstScan1000PerReference: round(r.ratio),
        firstScan5000Ms: round(r.scan5000, 2), appendedMsPerComment: round(r.perAppended), appendedMsPerCommentMean: round(r.perAppendedMean), found5000: r.found5000 }])),
    contentScriptGzipBytes: sizes, targets: { firstScan1000Ms: 50, appendedMsPerComment: 0.2, contentScriptGzipKB: 60 },
  }));
}

main().catch((e) => { console.error(e); process.exit(1); });
