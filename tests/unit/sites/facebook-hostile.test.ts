// @vitest-environment happy-dom
/** What a page can put in its hrefs never names a person, a comment or a link Tactful would open. */
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';
import { commentIdOf, identityOf } from '@/lib/sites/facebook/links';
import { absoluteUrl } from '@/lib/sites/dom-text';
import { fbPage } from '../../fixtures/facebook/pages';
import { PAGE_POST_EN } from '../../fixtures/facebook/threads';
import { TH } from '../../fixtures/facebook/locales';
import { loadHtml } from './load';

describe('Facebook links a page controls', () => {
  it('only Facebook hosts name profiles and comments; outbound, off-site and script links never do', () => {
    expect(identityOf('https://www.facebook.com/jane.doe?__cft__[0]=x')?.handle).toBe('jane.doe');
    expect(identityOf('https://web.facebook.com/jane.doe')?.profileUrl).toBe('https://web.facebook.com/jane.doe');
    expect(identityOf('/jane.doe', 'web.facebook.com')?.profileUrl).toBe('https://web.facebook.com/jane.doe');
    for (const href of ['https://evil.example/jane.doe', 'https://l.facebook.com/l.php?u=x', 'javascript:alert(1)', '//evil.example/jane',
      'https://www.facebook.com/photo.php?fbid=1', 'https://www.facebook.com/hashtag/x', 'https://facebook.com.evil.example/jane']) {
      expect(identityOf(href), href).toBeNull();
    }
    expect(identityOf('https://www.facebook.com/profile.php?id=1000123&__tn__=R')).toEqual(
      { handle: '1000123', profileUrl: 'https://www.facebook.com/profile.php?id=1000123' });
    expect(identityOf('/groups/hikers/user/555/?__cft__=x')).toEqual({ handle: '555', profileUrl: 'https://www.facebook.com/groups/hikers/user/555/' });
    expect(identityOf('https://www.facebook.com/jane.doe/#top')?.profileUrl).toBe('https://www.facebook.com/jane.doe');
    for (const href of ['https:///jane.doe', 'HTTPS://www.facebook.com/jane.doe', 'https://www.facebook.com?jane', 'https://www.facebook.com/profile.php',
      'https://www.facebook.com/login.php', 'jane.doe', 'https://www.facebook.com/jane/posts/1', '']) {
      expect(identityOf(href), href).toBeNull();
    }
    expect(commentIdOf('https://www.facebook.com/p/posts/1?comment_id=5&reply_comment_id=6')).toEqual({ id: '6', parentId: '5' });
    expect(commentIdOf('https://evil.example/p?comment_id=5')).toBeNull();
    expect(commentIdOf('javascript:void(0)//?comment_id=5')).toBeNull();
    expect(absoluteUrl('javascript:alert(1)', 'https://www.facebook.com/')).toBe('');
    expect(absoluteUrl('data:text/html,<script>', 'https://www.facebook.com/')).toBe('');
  });

  it('a comment whose time link is a script or off-site keeps its real id, and its permalink stays on Facebook', () => {
    const html = fbPage(PAGE_POST_EN)
      .replace('https://www.facebook.com/acmeoutdoor/posts/pfbid02AcmeOutdoorPost?comment_id=7004&amp;', 'javascript:alert(1)//?comment_id=7004&amp;')
      .replace('https://www.facebook.com/acmeoutdoor/posts/pfbid02AcmeOutdoorPost?comment_id=7005&amp;', 'https://evil.example/steal?comment_id=7001&amp;');
    loadHtml(html, PAGE_POST_EN.url);
    const comments = facebookAdapter.findComments(document).map((el) => facebookAdapter.readComment(el)!);
    const tom = comments.find((c) => c.authorName === 'Tom Baker')!;
    const mia = comments.find((c) => c.authorName === 'Mia Chen')!;
    expect([tom.id, mia.id]).toEqual(['7004', '7005']); // from their author links (base64 comment ids)
    for (const c of comments) expect(c.permalink).toMatch(/^https:\/\/www\.facebook\.com\//);
    expect(new Set(comments.map((c) => c.id)).size).toBe(comments.length);
  });
});

describe('Facebook actions in a UI language no label table knows (Thai)', () => {
  it('still reads every comment, but refuses to guess the Reply button and presses nothing', async () => {
    const spec = { ...PAGE_POST_EN, locale: TH };
    loadHtml(fbPage(spec), spec.url);
    const els = facebookAdapter.findComments(document);
    expect(els.map((el) => facebookAdapter.readComment(el)!.id)).toEqual(['pfbid02AcmeOutdoorPost', '7001', '7002', '7003', '7004', '7005', '7006', '7007', '7008', '7009', '7010']);
    const clicked: string[] = [];
    document.addEventListener('click', (e) => clicked.push((e.target as Element).textContent ?? ''), true);
    const result = await facebookAdapter.insertReply(els[1]!, 'Hello');
    expect(result).toEqual({ ok: false, reason: 'no-reply-box', detail: 'reply button not recognised' });
    expect(clicked).toEqual([]);
  });
});
