import { describe, expect, it } from 'vitest';
import { clip, LIMITS } from '@/lib/limits';
import { limitComment } from '@/lib/content/limit';
import { CommentSchema } from '@/lib/messaging/protocol';
import { isHttpsUrl, platformOfPage, platformUrl } from '@/lib/urls';
import type { Comment } from '@/lib/sites/site-adapter';

const base: Comment = {
  id: '42', platform: 'x', authorName: 'Ann', handle: 'ann', profileUrl: 'https://x.com/ann', text: 'hi', truncated: false,
  permalink: 'https://x.com/ann/status/42', timeText: '2h', depth: 1, isPost: false, byOwner: false,
};

describe('addresses', () => {
  it('keeps https addresses on the platform\'s own hosts, in canonical form, and nothing else', () => {
    expect(platformUrl('x', 'https://x.com/ann/status/42')).toBe('https://x.com/ann/status/42');
    expect(platformUrl('x', 'HTTPS://X.COM/ann')).toBe('https://x.com/ann');
    expect(platformUrl('facebook', 'https://www.facebook.com/acme/posts/1?comment_id=2')).toBe('https://www.facebook.com/acme/posts/1?comment_id=2');
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://x.com/ann', 'https://x.com.evil.example/ann',
      'https://x.com@evil.example/', 'https://user:pw@x.com/', '//x.com/ann', 'https://www.facebook.com/ann', `https://x.com/${'a'.repeat(LIMITS.url)}`, '']) {
      expect(platformUrl('x', bad), bad).toBeUndefined();
    }
    expect(isHttpsUrl('https://example.org/report')).toBe(true);
    expect(isHttpsUrl('http://example.org/report')).toBe(false);
    expect(isHttpsUrl('https://example.org')).toBe(false); // not canonical: the parser adds the slash
    expect(platformOfPage('https://www.instagram.com/p/abc/')).toBe('instagram');
    expect(platformOfPage('https://evil.example/?https://x.com/')).toBeUndefined();
  });
});

describe('limits', () => {
  it('cuts text without splitting an emoji', () => {
    expect(clip('abc', 5)).toEqual({ text: 'abc', cut: false });
    expect(clip('ab😀', 3)).toEqual({ text: 'ab', cut: true });
    expect(clip('ab😀c', 4)).toEqual({ text: 'ab😀', cut: true });
  });

  it('brings any comment a page can show within what the protocol accepts, and says what was cut', () => {
    const long = limitComment({ ...base, text: 'x'.repeat(LIMITS.text + 10), authorName: 'A'.repeat(5_000) })!;
    expect(long.text).toHaveLength(LIMITS.text);
    expect(long.authorName).toHaveLength(LIMITS.name);
    expect(long.truncated).toBe(true);
    expect(CommentSchema.safeParse(long).success).toBe(true);

    const hostile = limitComment({ ...base, permalink: 'javascript:alert(1)', profileUrl: 'https://evil.example/ann', time: 'x'.repeat(500) })!;
    expect(hostile).toMatchObject({ permalink: '', profileUrl: '', truncated: false });
    expect(hostile.time).toBeUndefined();
    expect(CommentSchema.safeParse(hostile).success).toBe(true);

    expect(limitComment({ ...base, text: 'x'.repeat(100_000) })).toMatchObject({ truncated: false }); // a 100 kB comment passes whole
    expect(limitComment({ ...base, id: '' })).toBeNull();
    expect(limitComment({ ...base, id: '1'.repeat(LIMITS.id + 1) })).toBeNull();
  });

  it('has the protocol refuse what was not brought within the limits', () => {
    expect(CommentSchema.safeParse({ ...base, permalink: 'javascript:alert(1)' }).success).toBe(false);
    expect(CommentSchema.safeParse({ ...base, profileUrl: 'https://facebook.com/ann' }).success).toBe(false);
    expect(CommentSchema.safeParse({ ...base, text: 'x'.repeat(LIMITS.text + 1) }).success).toBe(false);
    expect(CommentSchema.safeParse({ ...base, permalink: '' }).success).toBe(true);
  });
});
