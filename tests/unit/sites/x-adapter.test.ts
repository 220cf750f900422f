// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { xAdapter } from '@/lib/sites/x/adapter';
import { adapterFor } from '@/lib/sites';

const FIXTURE = readFileSync(join(import.meta.dirname, '../../fixtures/x/conversation.html'), 'utf8');
const POST = 'https://x.com/acmeshop/status/1850000000000000001';

function load(html: string, url: string): Document {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, '');
  return document;
}

describe('X adapter on the conversation fixture', () => {
  let doc: Document;
  beforeEach(() => { doc = load(FIXTURE, POST); });

  it('is chosen for x.com and twitter.com only', () => {
    expect(adapterFor(POST)).toBe(xAdapter);
    expect(adapterFor('https://twitter.com/a/status/1')).toBe(xAdapter);
    expect(adapterFor('https://example.com/x.com')).toBeUndefined();
    expect(adapterFor('not a url')).toBeUndefined();
  });

  it('finds the post and its replies, not the "Discover more" posts', () => {
    const ids = xAdapter.findComments(doc).map((el) => xAdapter.readComment(el)?.id);
    expect(ids).toEqual(['1850000000000000001', '1850000000000000002', '1850000000000000003', '1850000000000000004', '1850000000000000005']);
  });

  it('reads every field of a reply', () => {
    const [post, jane, troll] = xAdapter.findComments(doc).map((el) => xAdapter.readComment(el));
    expect(post).toMatchObject({ isPost: true, depth: 0, byOwner: true, authorName: 'Acme Shop', handle: 'acmeshop' });
    expect(post?.text).toBe('Our winter collection is live! Free shipping this week ❄️');
    expect(jane).toEqual({
      id: '1850000000000000002',
      platform: 'x',
      authorName: 'Jane Doe',
      handle: 'janedoe',
      profileUrl: 'https://x.com/janedoe',
      text: "My order #4411 still hasn't arrived after 3 weeks and support never answers. I want a refund.",
      truncated: false,
      permalink: 'https://x.com/janedoe/status/1850000000000000002',
      time: '2026-11-24T10:15:00.000Z',
      timeFrom: 'exact',
      timeText: '23h',
      parentId: '1850000000000000001',
      depth: 1,
      isPost: false,
      byOwner: false,
    });
    expect(troll?.text).toBe('WHAT A JOKE OF A COMPANY, you clowns are idiots 🤡');
  });
});
