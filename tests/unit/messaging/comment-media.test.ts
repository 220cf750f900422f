import { describe, expect, it } from 'vitest';
import { CommentSchema } from '@/lib/messaging/protocol';

const gif = { id: 'fb-1a2b', platform: 'facebook', authorName: 'Lan', handle: '1', profileUrl: '', text: '', media: ['gif'], truncated: false,
  permalink: 'https://www.facebook.com/groups/g/posts/1/', timeText: '4 giờ', timeFrom: 'label', depth: 1, isPost: false, byOwner: false };

describe('a media-only comment crosses the message boundary', () => {
  it('keeps its media note and empty text', () => {
    expect(CommentSchema.parse(gif)).toEqual(gif);
    const { media: _, ...plain } = gif;
    expect(CommentSchema.parse(plain)).toEqual(plain);
  });

  it('refuses unknown media kinds and padded lists', () => {
    expect(CommentSchema.safeParse({ ...gif, media: ['<img>'] }).success).toBe(false);
    expect(CommentSchema.safeParse({ ...gif, media: Array(50).fill('gif') }).success).toBe(false);
  });
});
