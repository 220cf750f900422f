/**
 * `npm run check:page -- saved.html --url https://www.facebook.com/…`: what Tactful reads on a saved page. For
 * maintainers when a platform changes its markup: save the page (DevTools → Elements → copy the <html> element, or
 * "Save page as… Webpage, HTML only"), run this, and see per comment what the adapter read, then what it could not
 * read and which selectors found nothing.
 *
 * The page is opened in Debian's Chromium at its real URL with its scripts removed and the network cut off, the real
 * adapters injected: the DOM and layout the content script meets, minus the platform's own JavaScript.
 * Exit code: 0 read fine (or not a thread page); 1 the page looks like a supported thread but nothing was read;
 * 2 bad arguments or an unsupported URL. `--json` prints the report as one JSON line after the table.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { adapterFor } from '../lib/sites';
import type { PageReport } from './check-page-page';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run check:page -- saved.html --url https://www.facebook.com/<page>/posts/<id> [--json]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && i !== urlAt + 1);
if (!file || !existsSync(file)) usage(file ? `no such file: ${file}` : 'which saved page?');
if (!url) usage('--url is required: the adapters read the page at its real address');
if (!adapterFor(url)) usage(`Tactful has no adapter for ${url} (X, Facebook www/web, Instagram)`);

/** Shortened by characters, not UTF-16 units: an emoji is never cut in half. */
const short = (s: string, n: number): string => {
  const chars = [...s.replace(/\s+/g, ' ').trim()];
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : chars.join('');
};
const pad = (s: string, n: number): string => short(s, n).padEnd(n);

async function readPage(html: string, pageUrl: string): Promise<PageReport> {
  const bundle = await build({ entryPoints: [join(ROOT, 'scripts/check-page-page.ts')], bundle: true, write: false, format: 'iife', target: 'chrome120' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Only the saved page itself is served; stylesheets, images and scripts from the network are not fetched.
    await page.route('**/*', (r) => r.request().url() === pageUrl ? r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : r.abort());
    await page.goto(pageUrl, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return await page.evaluate('window.__check()') as PageReport;
  } finally {
    await browser.close();
  }
}

const html = readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
const report = await readPage(html, url);
const { comments, unreadable, missing } = report;
const replies = comments.filter((c) => !c.isPost);

console.log(`check:page — ${report.platform} adapter on ${file} as ${url}${report.isThread ? ' (a thread page)' : ''}`);
console.log(`${'#'.padStart(3)}  ${pad('id', 22)} ${pad('author', 20)} ${pad('time', 14)} ${pad('depth', 6)} ${pad('text', 48)} media`);
/** The page's own words for a comment's time: its datetime, else its label (estimated from, marked ~), else —. */
const shownTime = (c: (typeof comments)[number]): string =>
  c.timeFrom === 'exact' ? c.time! : c.timeFrom === 'label' ? `~${c.timeText}` : c.timeText ? `? ${c.timeText}` : '—';
comments.forEach((c, i) => {
  const depth = c.isPost ? 'post' : String(c.depth);
  console.log(`${String(i + 1).padStart(3)}  ${pad(c.id, 22)} ${pad(c.authorName || '—', 20)} ${pad(shownTime(c), 14)} `
    + `${pad(depth, 6)} ${pad(c.text || '—', 48)} ${(c.media ?? []).join(', ') || '—'}`);
});

const gaps = {
  noAuthor: replies.filter((c) => !c.authorName).length,
  noTime: replies.filter((c) => c.timeFrom === 'unknown').length,
  noTextOrMedia: replies.filter((c) => !c.text && !c.media?.length).length,
  idsFromContent: replies.filter((c) => c.id.startsWith('fb-')).length,
};
const posts = comments.length - replies.length;
console.log(`\nhealth: ${comments.length} read (${replies.length} comments, ${posts} post${posts === 1 ? '' : 's'}), ${unreadable.length} found but unreadable`);
console.log(`selectors that found nothing: ${missing.length ? missing.join(', ') : 'none'}`);
console.log(`could not read: ${gaps.noAuthor} without author, ${gaps.noTime} without a readable time, ${gaps.noTextOrMedia} without text or media`
  + (gaps.idsFromContent ? `; ${gaps.idsFromContent} ids made from content (no comment id in the markup)` : ''));
for (const u of unreadable.slice(0, 10)) console.log(`  unreadable: ${u}`);

// The post alone (a thread nobody answered yet) is a page read right; nothing at all on a thread page is not.
const broken = report.isThread && comments.length === 0;
if (broken) console.log('\nThis looks like a thread page, but no comment was read: the platform\'s markup has probably changed.');
if (args.includes('--json')) console.log(JSON.stringify({ check: 'page', url, ...report, gaps, exitCode: broken ? 1 : 0 }));
process.exit(broken ? 1 : 0);
