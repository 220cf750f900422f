/**
 * `npm run check:page`: the maintainers' tool, run as a maintainer would, on saved pages. It prints what the real
 * adapters read per comment and what they could not, and exits 1 only when a thread page yields nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, FIXTURES } from './harness';
import { fbPage } from '../fixtures/facebook/pages';
import { GROUP_DIALOG_VI, PAGE_POST_EN } from '../fixtures/facebook/threads';

interface Run { code: number; out: string; report: { comments: Array<{ id: string; media?: string[]; text: string }>; missing: string[] } | null }

function checkPage(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/check-page.ts'), ...args, '--json'], { cwd: ROOT },
      (err, stdout, stderr) => {
        const last = stdout.trim().split('\n').at(-1) ?? '';
        resolve({ code: err ? (err as { code?: number }).code ?? 1 : 0, out: stdout + stderr, report: last.startsWith('{') ? JSON.parse(last) : null });
      });
  });
}

describe('npm run check:page', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tactful-check-')); });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('lists every comment of a saved group dialog with id, author, time, depth, text and media; exit 0', async () => {
    const file = join(dir, 'group.html');
    await writeFile(file, fbPage(GROUP_DIALOG_VI));
    const run = await checkPage(file, '--url', GROUP_DIALOG_VI.url);
    expect(run.code).toBe(0);
    expect(run.report!.comments).toHaveLength(13);
    expect(run.report!.comments.filter((c) => c.media?.includes('gif'))).toHaveLength(10);
    expect(run.out).toMatch(/^\s+1\s+8001\s+Lan Phạm\s+~4 giờ\s+1\s+—\s+gif$/m); // ~: estimated from the label
    expect(run.out).toMatch(/Tuấn Phan\s+~30 phút\s+1\s+Mèo nhà mình cũng vậy, ngủ suốt 😴\s+—/);
    expect(run.out).toContain('selectors that found nothing: none');
    expect(run.out).toContain('12 ids made from content');
  });

  it('reads a committed fixture of another platform too', async () => {
    const run = await checkPage(join(FIXTURES, 'x/conversation.html'), '--url', 'https://x.com/acmeshop/status/1850000000000000001');
    expect(run.code).toBe(0);
    expect(run.report!.comments.map((c) => c.id)).toContain('1850000000000000002');
  });

  it('exits 1 with the selectors that found nothing when a thread page yields nothing (the markup changed)', async () => {
    const file = join(dir, 'changed.html');
    await writeFile(file, fbPage(PAGE_POST_EN).replace(/role="article"/g, 'role="region"'));
    const run = await checkPage(file, '--url', PAGE_POST_EN.url);
    expect(run.code).toBe(1);
    expect(run.report!.missing).toEqual(['article']);
    expect(run.out).toContain('no comment was read');
  });

  it('exits 2 for a site Tactful does not support', async () => {
    const run = await checkPage(join(FIXTURES, 'x/conversation.html'), '--url', 'https://example.com/post/1');
    expect(run.code).toBe(2);
    expect(run.out).toContain('no adapter');
  });
});
