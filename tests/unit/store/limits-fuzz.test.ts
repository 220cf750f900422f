/**
 * A seeded fuzz of what hostile pages can show: comments at and past every limit, hostile addresses and
 * spreadsheet formulas everywhere. Each goes the way a real one does — cut to the limits in the content script,
 * validated by the protocol, saved as evidence and logged by the panel's desk, exported — and must be saved
 * every time, with no CSV cell a spreadsheet could run, however the file is split.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { limitComment } from '@/lib/content/limit';
import { LIMITS } from '@/lib/limits';
import { CommentSchema, type ScoredComment } from '@/lib/messaging/protocol';
import { storeDesk } from '@/lib/panel/store-desk';
import { assess } from '@/lib/scoring/score';
import type { Comment, Platform } from '@/lib/sites/site-adapter';
import { exportLog, listEvidence, verifyEvidenceLog } from '@/lib/store';
import { openFresh, resetIndexedDb } from './helpers';

beforeEach(resetIndexedDb);

/** mulberry32: small, seeded, the same sequence on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FORMULAS = ['=1+1', '+1', '-1', '@SUM(A1)', '＝1+1', '＋1', '－1', '＠A1', '=HYPERLINK("https://evil.example","x")', "=cmd|' /C calc'!A0", ' =1', '"=1'];
const GLUE = [',', ';', '\t', '\n', '\r\n', ' ', '"', ';"', ', ', '', 'x', '🤡', '\u202E', 'é'];
const URLS = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://x.com/a/status/1', 'https://x.com.evil.example/a',
  'https://x.com@evil.example/', 'https://evil.example/?https://x.com/', '//x.com/a', ' https://x.com/a/status/1', 'https://x.com/a\n/status/1',
  'HTTPS://X.COM/A/STATUS/1', `https://x.com/${'a'.repeat(LIMITS.url)}`, 'https://www.facebook.com/a/posts/1', 'https://www.instagram.com/p/x/c/1/',
  'https://x.com/=1+1', '', '=1+1'];
const PAGES: Record<Platform, string> = {
  x: 'https://x.com/acme/status/1900000000000000000',
  facebook: 'https://www.facebook.com/acme/posts/pfbid0Acme',
  instagram: 'https://www.instagram.com/p/DAcme123/',
};

function fuzzComments(n: number, seed: number): Comment[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const hostile = (pieces: number) => Array.from({ length: pieces }, () => pick(GLUE) + pick(FORMULAS)).join('');
  // Lengths at, just under and past each limit, or short.
  const sized = (limit: number) => {
    const roll = r();
    const length = roll < 0.1 ? limit : roll < 0.2 ? limit + 1 + Math.floor(r() * 50) : roll < 0.25 ? limit - 1 : Math.floor(r() * 60);
    const start = hostile(1 + Math.floor(r() * 4));
    return (start + 'é😀'.repeat(Math.ceil(length / 3))).slice(0, Math.max(length, 1));
  };
  return Array.from({ length: n }, (_, i) => {
    const platform = pick(['x', 'facebook', 'instagram'] as const);
    const long = r() < 0.08; // a few comments at or past the text limit; the rest short, full of formulas
    return {
      id: r() < 0.03 ? '9'.repeat(LIMITS.id + 1) : `${i}${hostile(1)}`.slice(0, LIMITS.id),
      platform,
      authorName: sized(LIMITS.name),
      handle: sized(LIMITS.handle),
      profileUrl: pick(URLS),
      text: long ? sized(LIMITS.text) : hostile(1 + Math.floor(r() * 8)),
      truncated: r() < 0.2,
      permalink: r() < 0.3 ? `${PAGES[platform]}?c=${i}` : pick(URLS),
      ...(r() < 0.5 ? { time: sized(LIMITS.time) } : {}),
      timeText: sized(LIMITS.timeText),
      timeFrom: pick(['exact', 'label', 'unknown'] as const),
      ...(r() < 0.5 ? { parentId: sized(LIMITS.id) } : {}),
      depth: Math.floor(r() * 200) - 10,
      isPost: false,
      byOwner: false,
    };
  });
}

/** Every piece of `csv` between separators a spreadsheet might split on, leading spaces and quotes dropped. */
const pieces = (csv: string): string[] => csv.split(/[,;\t\r\n]/).map((p) => p.replace(/^[\s"]+/, ''));

describe('hostile comments at and past the limits', () => {
  it('are always saved as evidence and logged, and no exported cell can run as a formula', async () => {
    const db = await openFresh();
    const desk = storeDesk(async () => db);
    const assessment = assess({ id: 'a', text: 'you clowns are idiots' });
    let saved = 0;
    const kept: string[] = [];
    for (const raw of fuzzComments(400, 12)) {
      const comment = limitComment(raw);
      if (!comment) { expect(raw.id.length).toBeGreaterThan(LIMITS.id); continue; } // no usable id: counted unreadable
      const parsed = CommentSchema.safeParse(comment);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 2))).toBe(true);
      const item: ScoredComment = { comment, assessment, firstSeen: Date.now() };
      await desk.saveEvidence(item, PAGES[comment.platform]);
      await desk.recordDecision(item, PAGES[comment.platform], 'report');
      saved++;
      kept.push(comment.text);
    }
    expect(saved).toBeGreaterThan(350);
    const { items, corrupt } = await listEvidence(db);
    expect(corrupt).toEqual([]);
    expect(items.map((e) => (e.kind === 'comment' ? e.text : ''))).toEqual(kept); // exactly as cut, nothing else changed
    expect(await verifyEvidenceLog(db)).toEqual({ intact: true, problems: [] });

    for (const kind of ['evidence', 'responses'] as const) {
      const csv = await exportLog(db, kind, 'csv');
      const bad = pieces(csv).filter((p) => /^[=+\-@＝＋－＠]/.test(p));
      expect(bad.slice(0, 5), kind).toEqual([]);
    }
    const json = JSON.parse(await exportLog(db, 'evidence', 'json')) as { records: Array<{ text: string }> };
    expect(json.records.map((r) => r.text)).toEqual(kept);
  }, 60_000);
});
