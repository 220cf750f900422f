import { describe, expect, it } from 'vitest';
import { clip, LIMITS } from '@/lib/limits';
import { limitComment } from '@/lib/content/limit';
import { CommentSchema } from '@/lib/messaging/protocol';
import { isHttpsUrl, platformOfPage, platformUrl } from '@/lib/urls';
import type { Comment } from '@/lib/sites/site-adapter';

const base: Comment = {
  id: '42', platform: 'x', authorName: 'Ann', handle: 'ann', profileUrl: 'https://x.com/ann', text: 'hi', truncated: false,
  permalink: 'https://x.com/ann/status/42', timeText: '2h', timeFrom: 'unknown', depth: 1, isPost: false, byOwner: false,
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

describe('the canonical-address fast path', () => {
  it('gives exactly what the URL parser gives, for addresses built from every character class that matters', () => {
    const slow = (platform: 'x' | 'facebook', text: string): string | undefined => {
      try {
        const u = new URL(text);
        const hosts = platform === 'x' ? ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']
          : ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'];
        return u.protocol === 'https:' && !u.username && !u.password && u.href.length <= LIMITS.url && hosts.includes(u.hostname) ? u.href : undefined;
      } catch {
        return undefined;
      }
    };
    let seed = 7;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const pieces = ['a', 'Z', '0', '-', '.', '..', '/', '?', '#', '%2e', '%41', '&', '=', '+', ';', ',', ':', '@', '!', '$', "'", '(', '*', '~', '_',
      ' ', '"', '<', '`', '{', '|', '\\', '^', 'é', '\t', '\n', '/./', '/../', '//'];
    const hosts = ['x.com', 'X.com', 'www.facebook.com', 'evil.example', 'x.com.', 'x.com:443', 'x.com:8443', 'user@x.com'];
    for (let i = 0; i < 20_000; i++) {
      const tail = Array.from({ length: Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const text = `${next() < 0.1 ? 'http' : 'https'}://${hosts[Math.floor(next() * hosts.length)]}${next() < 0.9 ? '/' : ''}${tail}`;
      for (const platform of ['x', 'facebook'] as const) expect(platformUrl(platform, text), text).toBe(slow(platform, text));
    }
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
