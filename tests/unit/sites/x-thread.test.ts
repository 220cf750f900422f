// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { xAdapter } from '@/lib/sites/x/adapter';
import type { Comment } from '@/lib/sites';
import { loadFixture } from './load';

const POST = 'https://x.com/wintergear/status/1860000000000000000';
const id = (n: number): string => `18600000000000000${String(n).padStart(2, '0')}`;

describe('X adapter on a nested, multilingual thread', () => {
  let comments: Comment[];
  beforeEach(() => {
    const doc = loadFixture('x/thread.html', POST);
    comments = xAdapter.findComments(doc).map((el) => xAdapter.readComment(el)!);
  });

  it('reads the post and every reply, skipping the deleted post, the quoted post and "Discover more"', () => {
    expect(comments.map((c) => c.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map(id));
    expect(comments.map((c) => [c.depth, c.parentId ?? null])).toEqual([
      [0, null], [1, id(0)], [2, id(1)], [3, id(2)], [1, id(0)], [1, id(0)], [2, null], [1, id(0)],
    ]);
    expect(comments.map((c) => c.isPost)).toEqual([true, false, false, false, false, false, false, false]);
    expect(comments.map((c) => c.byOwner)).toEqual([true, false, true, false, false, false, false, false]);
  });

  it('keeps emoji, mentions, hashtags, Dutch and RTL text, and notes truncation', () => {
    const [post, kees, , thanks, long, quote, , arabic] = comments;
    expect(post!.text).toBe('Nieuwe collectie online! Which jacket is your favourite? #winter');
    expect(kees).toEqual({
      id: id(1), platform: 'x', authorName: 'Kees de Klant', handle: 'klantkees', profileUrl: 'https://x.com/klantkees',
      text: 'Mijn bestelling is al twee weken onderweg en niemand reageert. Slechte service 😡', truncated: false,
      permalink: `https://x.com/klantkees/status/${id(1)}`, time: '2026-11-23T09:00:00.000Z', timeFrom: 'exact', timeText: '1d',
      parentId: id(0), depth: 1, isPost: false, byOwner: false,
    });
    expect(thanks!.text).toBe('Gedaan, @wintergear 👍');
    expect(long!.truncated).toBe(true);
    expect(quote!.text).toBe('This is exactly my experience: example.org/review…');
    expect(quote!.authorName).toBe('Quote Fan');
    expect(arabic).toMatchObject({ authorName: 'مستخدم عربي', text: 'المنتج رائع لكن التوصيل بطيء جدا' });
  });

  it('reads every post of a timeline as a standalone depth-0 post', () => {
    const doc = loadFixture('x/thread.html', 'https://x.com/home');
    const read = xAdapter.findComments(doc).map((el) => xAdapter.readComment(el)!);
    expect(read.every((c) => c.isPost && c.depth === 0 && c.parentId === undefined && !c.byOwner)).toBe(true);
  });

  it('reports health instead of throwing on markup it does not know', () => {
    const doc = loadFixture('x/thread.html', POST);
    doc.body.innerHTML = '<div><article><p>changed markup</p></article></div>';
    expect(xAdapter.findComments(doc)).toEqual([]);
    expect(xAdapter.readComment(doc.querySelector('article')!)).toBeNull();
    expect(xAdapter.health(doc, 0, 1)).toEqual({ platform: 'x', commentsFound: 0, missing: ['primaryColumn', 'tweet', 'focusedTweet'], unreadable: 1 });
  });
});
