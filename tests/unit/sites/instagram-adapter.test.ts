// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { instagramAdapter } from '@/lib/sites/instagram/adapter';
import { adapterFor, type Comment } from '@/lib/sites';
import { loadFixture } from './load';

const POST = 'https://www.instagram.com/p/DWinter123/';
const cid = (n: number): string => `1790000000000000${n}`;

describe('Instagram adapter on a post with an expanded reply thread', () => {
  let doc: Document;
  let comments: Comment[];
  beforeEach(() => {
    doc = loadFixture('instagram/post.html', POST);
    comments = instagramAdapter.findComments(doc).map((el) => instagramAdapter.readComment(el)!);
  });

  it('is chosen for www.instagram.com', () => {
    expect(adapterFor(POST)).toBe(instagramAdapter);
  });

  it('finds every comment and reply, not the caption, with thread structure and the owner', () => {
    expect(comments.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6].map(cid));
    expect(comments.map((c) => [c.depth, c.parentId])).toEqual([
      [1, 'DWinter123'], [2, cid(1)], [2, cid(1)], [1, 'DWinter123'], [1, 'DWinter123'], [1, 'DWinter123'],
    ]);
    expect(comments.map((c) => c.byOwner)).toEqual([false, true, false, false, false, false]);
  });

  it('reads every field', () => {
    expect(comments[0]).toEqual({
      id: cid(1), platform: 'instagram', authorName: 'klant.kees', handle: 'klant.kees',
      profileUrl: 'https://www.instagram.com/klant.kees/', text: 'Mijn jas is na 2 weken nog niet geleverd 😡 slechte service',
      truncated: false, permalink: `https://www.instagram.com/p/DWinter123/c/${cid(1)}/`,
      time: '2026-11-23T09:00:00.000Z', timeFrom: 'exact', timeText: '2d', parentId: 'DWinter123', depth: 1, isPost: false, byOwner: false,
    });
    expect(comments[1]!.text).toBe('@klant.kees sorry! Stuur ons een DM met je ordernummer 🙏');
    expect(comments[3]).toMatchObject({ truncated: true });
    expect(comments[3]!.text).toMatch(/and the…$/);
    expect(comments[4]!.text).toBe('Love it ❤️ #winter see https://review.example/jas');
    expect(comments[5]!.text).toBe('المعطف رائع');
  });

  it('maps a node inside a comment to its row, but not the like column', () => {
    const rows = instagramAdapter.findComments(doc);
    const text = rows[2]!.querySelectorAll('span[dir="auto"]')[3]!;
    expect(instagramAdapter.closestComment(text)).toBe(rows[2]);
    expect(instagramAdapter.closestComment(doc.querySelector('.side')!)).toBeNull();
  });
});
