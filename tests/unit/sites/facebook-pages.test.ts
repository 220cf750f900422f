// @vitest-environment happy-dom
/**
 * The Facebook reader on one fixture per page type and UI language (tests/fixtures/facebook/threads.ts): every
 * comment found from structure, every field read, media-only comments kept with their media, no label needed.
 */
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';
import type { Comment } from '@/lib/sites';
import { fbPage } from '../../fixtures/facebook/pages';
import { FB_FIXTURES, GROUP_DIALOG_VI, PAGE_POST_EN, PHOTO_VIEWER_NL, REEL_AR } from '../../fixtures/facebook/threads';
import { TH } from '../../fixtures/facebook/locales';
import type { FbPageSpec } from '../../fixtures/facebook/pages';
import { loadHtml } from './load';

function read(spec: FbPageSpec): Comment[] {
  loadHtml(fbPage(spec), spec.url);
  return facebookAdapter.findComments(document).map((el) => facebookAdapter.readComment(el)!);
}

/** id, author, handle, depth, parent, byOwner, text, media, truncated, time text. */
type Row = [string, string, string, number, string | undefined, boolean, string, string[] | undefined, boolean, string];
const rows = (comments: Comment[]): Row[] => comments.map((c) =>
  [c.id, c.authorName, c.handle, c.depth, c.parentId, c.byOwner, c.text, c.media, c.truncated, c.timeText]);

/** What each fixture label means, written out here (not by the parser under test). */
const MIN = 60_000, HOUR = 60 * MIN, DAY = 24 * HOUR;
const MEANS: Record<string, number> = {
  '2d': 2 * DAY, '1d': DAY, '20h': 20 * HOUR, '18h': 18 * HOUR, '5h': 5 * HOUR, '3h': 3 * HOUR, '1h': HOUR, '30m': 30 * MIN,
  '4 giờ': 4 * HOUR, '3 giờ': 3 * HOUR, '2 giờ': 2 * HOUR, '1 giờ': HOUR, '30 phút': 30 * MIN, '20 phút': 20 * MIN, '10 phút': 10 * MIN,
  '1 d': DAY, '20 u': 20 * HOUR, '3 u': 3 * HOUR, '٢ س': 2 * HOUR, '١ س': HOUR, '٥٠ د': 50 * MIN, '٤٠ د': 40 * MIN, '١٠ د': 10 * MIN,
};

describe('Facebook comment times from the labels of each UI language', () => {
  it.each(FB_FIXTURES.map((f) => [f.kind, f] as const))('%s: every comment\'s time is its label counted back from when it was read', (_kind, spec) => {
    const before = Date.now();
    const comments = read(spec).filter((c) => !c.isPost);
    const after = Date.now();
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) {
      const ago = MEANS[c.timeText];
      expect(ago, `label ${c.timeText}`).toBeDefined();
      expect(c.timeFrom).toBe('label');
      expect(Date.parse(c.time!)).toBeGreaterThanOrEqual(before - ago!);
      expect(Date.parse(c.time!)).toBeLessThanOrEqual(after - ago!);
    }
  });

  it('a UI language no table knows (Thai): the time is unknown, not a guess', () => {
    const comments = read({ ...PAGE_POST_EN, locale: TH, comments: [{ id: '7101', author: { name: 'Somchai', href: 'https://www.facebook.com/somchai' }, time: '2 ชั่วโมง', text: ['สวัสดี'] }] });
    expect(comments[1]).toMatchObject({ timeFrom: 'unknown', timeText: '2 ชั่วโมง' });
    expect(comments[1]!.time).toBeUndefined();
  });
});

describe('Facebook reader on real-shaped pages', () => {
  it('page post (English): the post, nested replies, GIF / sticker / photo / video comments, See more, link preview', () => {
    const comments = read(PAGE_POST_EN);
    const post = 'pfbid02AcmeOutdoorPost';
    expect(comments[0]).toMatchObject({ id: post, isPost: true, depth: 0, handle: 'acmeoutdoor', authorName: 'Acme Outdoor',
      text: 'Our winter range is live! Which jacket is your favourite?', permalink: 'https://www.facebook.com/acmeoutdoor/posts/pfbid02AcmeOutdoorPost' });
    expect(rows(comments.slice(1))).toEqual([
      ['7001', 'Jane Doe', 'jane.doe.77', 1, post, false, 'My order #4411 still hasn\'t arrived after three weeks.\nCan someone help?', undefined, false, '2d'],
      ['7002', 'Acme Outdoor', 'acmeoutdoor', 2, '7001', true, 'So sorry Jane! Could you send us your order number in a DM?', undefined, false, '2d'],
      ['7003', 'Jane Doe', 'jane.doe.77', 2, '7001', false, '', ['gif'], false, '1d'],
      ['7004', 'Tom Baker', '100012345', 1, post, false, 'Love the new jackets', ['sticker'], false, '1d'],
      ['7005', 'Mia Chen', 'mia.chen', 1, post, false, '', ['sticker'], false, '20h'],
      ['7006', 'Rob Stone', 'rob.stone', 1, post, false, 'This is what arrived.', ['photo'], false, '18h'],
      ['7007', 'Long Talker', 'long.talker', 1, post, false, 'I want to explain in detail why the new zipper is worse than the old one, because the puller', undefined, true, '5h'],
      ['7008', 'Deal Hunter', 'deal.hunter', 1, post, false, 'Found it cheaper here: https://shop.example/', undefined, false, '3h'],
      ['7009', 'Video Fan', 'video.fan', 1, post, false, '', ['video'], false, '1h'],
      ['7010', 'Angry Troll', 'angry.troll.1', 1, post, false, 'You stupid idiots, worst shop ever, you are all morons', ['gif'], false, '30m'],
    ]);
    expect(comments[3]).toMatchObject({ platform: 'facebook', isPost: false, profileUrl: 'https://www.facebook.com/jane.doe.77', timeFrom: 'label',
      permalink: 'https://www.facebook.com/acmeoutdoor/posts/pfbid02AcmeOutdoorPost?comment_id=7001&reply_comment_id=7003' });
    expect(comments[4]!.profileUrl).toBe('https://www.facebook.com/profile.php?id=100012345');
  });

  it('group post in its dialog (Vietnamese): the post is no article, ten GIF comments with one comment id on the page', () => {
    const comments = read(GROUP_DIALOG_VI);
    const post = '7771234567';
    const permalink = 'https://www.facebook.com/groups/hoimeoviet/posts/7771234567/';
    expect(comments).toHaveLength(13);
    expect(comments.every((c) => !c.isPost)).toBe(true);
    expect(comments[0]).toMatchObject({ id: '8001', media: ['gif'], text: '', permalink: `${permalink}?comment_id=8001`, parentId: post });
    const gifs = comments.slice(0, 10);
    expect(gifs.map((c) => [c.authorName, c.media, c.text, c.depth, c.parentId])).toEqual(
      ['Lan Phạm', 'Hùng Trần', 'Thảo Nguyễn', 'Quân Lê', 'Vy Đặng', 'Bảo Võ', 'Hà Bùi', 'Khoa Đỗ', 'Khoa Đỗ', 'Nhi Hồ'].map((n) => [n, ['gif'], '', 1, post]));
    // Without a comment id in the markup, the id comes from what the comment shows; the same GIF twice stays two comments.
    expect(new Set(comments.map((c) => c.id)).size).toBe(13);
    expect(gifs.slice(1).every((c) => /^fb-[0-9a-z]+(-\d+)?$/.test(c.id) && c.permalink === permalink)).toBe(true);
    expect(comments[8]!.id).toBe(`${comments[7]!.id}-2`);
    expect(rows(comments.slice(10))).toEqual([
      [comments[10]!.id, 'Tuấn Phan', '100055511', 1, post, false, 'Mèo nhà mình cũng vậy, ngủ suốt 😴', undefined, false, '30 phút'],
      [comments[11]!.id, 'Minh Anh', '100055501', 2, comments[10]!.id, true, 'Haha đúng rồi bạn', undefined, false, '20 phút'],
      [comments[12]!.id, 'Mai Trương', '100055512', 1, post, false, '', ['sticker'], false, '10 phút'],
    ]);
    expect(comments[11]!.profileUrl).toBe('https://www.facebook.com/groups/hoimeoviet/user/100055501/');
  });

  it('ids made from content are stable across a re-render and differ when the content does', () => {
    const first = read(GROUP_DIALOG_VI).map((c) => c.id);
    expect(read(GROUP_DIALOG_VI).map((c) => c.id)).toEqual(first);
    const edited = { ...GROUP_DIALOG_VI, comments: GROUP_DIALOG_VI.comments.map((c) => c.id === '8011' ? { ...c, text: ['Đã sửa'] } : c) };
    const again = read(edited).map((c) => c.id);
    expect(again.filter((id) => !first.includes(id))).toHaveLength(1);
  });

  it('photo viewer (Dutch): comments in the side pane, owner from the pane\'s header, the photo\'s permalink kept', () => {
    const comments = read(PHOTO_VIEWER_NL);
    const post = '1122334455';
    expect(rows(comments)).toEqual([
      ['9001', 'Kees de Klant', 'kees.klant', 1, post, false, 'Mooie jas, maar mijn bestelling is nog steeds niet binnen.', undefined, false, '1 d'],
      ['9002', 'Winter Gear NL', 'wintergearnl', 2, '9001', true, 'Vervelend Kees, stuur je ons een bericht?', undefined, false, '1 d'],
      ['9003', 'Anna Vries', 'anna.vries', 1, post, false, '', ['sticker'], false, '20 u'],
      ['9004', 'Bram B', 'bram.b', 1, post, false, 'Zo voelt het om te wachten', ['gif'], false, '3 u'],
    ]);
    expect(comments[1]!.permalink).toBe('https://www.facebook.com/photo/?fbid=1122334455&comment_id=9001&reply_comment_id=9002');
  });

  it('reel (Arabic, right to left): replies in a container after their parent', () => {
    const comments = read(REEL_AR);
    const post = '5566778899';
    expect(rows(comments)).toEqual([
      ['9101', 'سارة أحمد', 'sara.ahmed', 1, post, false, 'الجاكيت جميل جدا، متى يتوفر المقاس الكبير؟', undefined, false, '٢ س'],
      ['9102', 'متجر الشتاء', 'winterstore.ar', 2, '9101', true, 'قريبا جدا، شكرا لك!', undefined, false, '١ س'],
      ['9103', 'سارة أحمد', 'sara.ahmed', 2, '9101', false, '', ['gif'], false, '٥٠ د'],
      ['9104', 'عمر خالد', 'omar.khaled', 1, post, false, '', ['sticker'], false, '٤٠ د'],
      ['9105', 'ليلى حسن', '100077', 1, post, false, 'رائع 👍', undefined, false, '١٠ د'],
    ]);
  });

  it('flat replies without any comment id are placed by structure alone', () => {
    const unlinked = { ...REEL_AR, comments: REEL_AR.comments.map(function strip(c): typeof c {
      return { ...c, linked: false, replies: c.replies?.map(strip) };
    }) };
    const comments = read(unlinked);
    expect(comments.map((c) => [c.authorName, c.depth])).toEqual([['سارة أحمد', 1], ['متجر الشتاء', 2], ['سارة أحمد', 2], ['عمر خالد', 1], ['ليلى حسن', 1]]);
    expect([comments[1]!.parentId, comments[2]!.parentId]).toEqual([comments[0]!.id, comments[0]!.id]);
    expect([comments[3]!.parentId, comments[4]!.parentId]).toEqual(['5566778899', '5566778899']);
  });

  it('finds the badge place and what the shield covers: the text with See more, and the media', () => {
    loadHtml(fbPage(PAGE_POST_EN), PAGE_POST_EN.url);
    const els = facebookAdapter.findComments(document);
    const byId = (id: string) => els.find((el) => facebookAdapter.readComment(el)!.id === id)!;
    expect(facebookAdapter.badgeAnchor(byId('7001'))!.textContent).toBe('Jane Doe');
    const long = facebookAdapter.veilTargets(byId('7007'));
    expect(long.map((t) => t.textContent)).toEqual(['I want to explain in detail why the new zipper is worse than the old one, because the puller See more']);
    const blocks = (id: string) => facebookAdapter.veilTargets(byId(id)).map((t) => [t.localName, t.querySelectorAll('img').length]);
    expect(blocks('7003')).toEqual([['div', 1]]); // the GIF's block
    expect(blocks('7006')).toEqual([['span', 0], ['div', 1]]); // the text and the photo
    expect(facebookAdapter.veilTargets(byId('7008'))[1]!.querySelector('h3')?.textContent).toBe('Shop'); // the link preview, title too
  });
});
