// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';
import { adapterFor, type Comment } from '@/lib/sites';
import { loadFixture } from './load';

const POST = 'https://www.facebook.com/wintergearnl/posts/pfbid0WinterGearPost1';
const PERMA = 'https://www.facebook.com/wintergearnl/posts/pfbid0WinterGearPost1';

describe('Facebook adapter on a Dutch post dialog', () => {
  let doc: Document;
  let comments: Comment[];
  beforeEach(() => {
    doc = loadFixture('facebook/post-nl.html', POST);
    comments = facebookAdapter.findComments(doc).map((el) => facebookAdapter.readComment(el)!);
  });

  it('is chosen for www.facebook.com and web.facebook.com (the same Comet site), not m.facebook.com', () => {
    expect(adapterFor(POST)).toBe(facebookAdapter);
    expect(adapterFor('https://web.facebook.com/wintergearnl/posts/1')).toBe(facebookAdapter);
    expect(adapterFor('https://m.facebook.com/x')).toBeUndefined();
  });

  it('finds the post and every comment and reply by structure, skipping the unavailable one', () => {
    expect(comments.map((c) => c.id)).toEqual(['pfbid0WinterGearPost1', '5001', '5002', '5003', '5004', '5005', '5006']);
    expect(comments.map((c) => [c.depth, c.parentId ?? null])).toEqual([
      [0, null], [1, 'pfbid0WinterGearPost1'], [2, '5001'], [3, '5002'], [1, 'pfbid0WinterGearPost1'], [1, 'pfbid0WinterGearPost1'], [1, 'pfbid0WinterGearPost1'],
    ]);
    expect(comments.map((c) => c.byOwner)).toEqual([true, false, true, false, false, false, false]);
  });

  it('reads every field of a comment', () => {
    expect(comments[1]).toEqual({
      id: '5001', platform: 'facebook', authorName: 'Kees de Klant', handle: 'kees.klant',
      profileUrl: 'https://www.facebook.com/kees.klant',
      text: 'Al twee weken wachten op mijn jas. Slechte service 😡\nWie helpt mij?', truncated: false,
      permalink: `${PERMA}?comment_id=5001`, time: expect.any(String), timeFrom: 'label', timeText: '2 d',
      parentId: 'pfbid0WinterGearPost1', depth: 1, isPost: false, byOwner: false,
    });
    expect(comments[0]).toMatchObject({ isPost: true, authorName: 'Winter Gear NL', handle: 'wintergearnl', text: 'Onze wintercollectie is online! Welke jas is jouw favoriet?', permalink: PERMA });
    expect(comments[3]).toMatchObject({ permalink: `${PERMA}?comment_id=5001&reply_comment_id=5003`, text: 'Nummer 4411, dank 🙏' });
  });

  it('reads each comment\'s waiting time from its Dutch label ("2 d", "1 d", "3 u"), the post\'s from its date', () => {
    const before = Date.now();
    comments = facebookAdapter.findComments(doc).map((el) => facebookAdapter.readComment(el)!);
    const after = Date.now();
    const HOUR = 3_600_000, DAY = 24 * HOUR;
    const ago = [2 * DAY, 2 * DAY, DAY, 2 * DAY, DAY, 3 * HOUR];
    comments.slice(1).forEach((c, i) => {
      expect(c.timeFrom, c.id).toBe('label');
      const t = Date.parse(c.time!);
      expect(t).toBeGreaterThanOrEqual(before - ago[i]!);
      expect(t).toBeLessThanOrEqual(after - ago[i]!);
    });
    // "23 november om 09:00": the most recent 23 November before today, at 09:00 local time.
    const posted = new Date(comments[0]!.time!);
    expect(comments[0]!.timeFrom).toBe('label');
    expect([posted.getMonth(), posted.getDate(), posted.getHours(), posted.getMinutes()]).toEqual([10, 23, 9, 0]);
    expect(posted.getTime()).toBeLessThanOrEqual(after);
  });

  it('keeps mentions, hashtags and links, notes "see more", reads numeric, group and RTL profiles', () => {
    expect(comments[2]!.text).toBe('Kees de Klant wat vervelend! Stuur ons je ordernummer?');
    expect(comments[4]).toMatchObject({ handle: '100012345', profileUrl: 'https://www.facebook.com/profile.php?id=100012345', truncated: true,
      text: 'Ik wil even uitgebreid uitleggen waarom de nieuwe rits slechter is dan de oude, want de trekker' });
    expect(comments[5]!.text).toBe('Kijk #winter en Bram B: https://review.example/jas');
    expect(comments[6]).toMatchObject({ authorName: 'سارة', handle: '100077', profileUrl: 'https://www.facebook.com/groups/987/user/100077/', text: 'الجاكيت جميل جدا' });
  });

  it('maps any node inside a reply to that reply, and reports health on unknown markup', () => {
    const text = [...doc.querySelectorAll('span[lang]')].find((s) => s.textContent?.startsWith('Nummer'))!;
    expect(facebookAdapter.readComment(facebookAdapter.closestComment(text.firstChild!)!)?.id).toBe('5003');
    doc.body.innerHTML = '<div role="article"><p>new layout</p></div>';
    expect(facebookAdapter.findComments(doc)).toEqual([]);
    expect(facebookAdapter.health(doc, 0, 0).missing).toEqual(['commentAuthor']);
    doc.body.innerHTML = '<div role="main"><p>no articles at all</p></div>';
    expect(facebookAdapter.health(doc, 0, 0).missing).toEqual(['article']);
  });
});
