// @vitest-environment happy-dom
/**
 * "You" beyond the post's author: the logged-in account replying in someone else's conversation is the user too —
 * on X from the side navigation's profile link (present on the real logged-in page), on Facebook from the viewer's own
 * comment menu ("Edit or delete this", in the fixtures' UI languages). Without those signals, only the author counts.
 */
import { describe, expect, it } from 'vitest';
import { xAdapter } from '@/lib/sites/x/adapter';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';
import { xThreadPage, type XReply } from '../../fixtures/x/thread';
import { fbPage } from '../../fixtures/facebook/pages';
import { GROUP_DIALOG_VI, PAGE_POST_EN } from '../../fixtures/facebook/threads';
import { loadHtml } from './load';

const url = 'https://x.com/kees/status/1870000000000000000';
const post: XReply = { id: '1870000000000000000', handle: 'kees', name: 'Kees', text: 'Where is my parcel @acmeshop?' };
const replies: XReply[] = [
  { id: '1870000000000000001', handle: 'acmeshop', name: 'Acme Shop', text: '@kees So sorry! Can you DM us the order number?' },
  { id: '1870000000000000002', handle: 'bystander', name: 'By Stander', text: 'Same here' },
];
const NAV = '<header role="banner"><nav role="navigation"><a href="/AcmeShop" data-testid="AppTabBar_Profile_Link" role="link">Profile</a></nav></header>';

describe('the logged-in account on X', () => {
  const read = (html: string) => {
    loadHtml(html, url);
    return xAdapter.findComments(document).map((el) => xAdapter.readComment(el)!);
  };
  it('its reply in a customer\'s conversation is the owner\'s, whatever the handle\'s case; others\' are not', () => {
    const comments = read(xThreadPage(post, replies).replace('<main role="main">', `${NAV}<main role="main">`));
    expect(comments.map((c) => [c.handle, c.byOwner])).toEqual([['kees', true], ['acmeshop', true], ['bystander', false]]);
  });
  it('logged out (no profile link), only the conversation\'s author is', () => {
    expect(read(xThreadPage(post, replies)).map((c) => c.byOwner)).toEqual([true, false, false]);
  });
});

describe('the logged-in account on Facebook', () => {
  const read = (spec: typeof PAGE_POST_EN) => {
    loadHtml(fbPage(spec), spec.url);
    return facebookAdapter.findComments(document).map((el) => facebookAdapter.readComment(el)!);
  };
  const SAM = { name: 'Sam Jansen', href: 'https://www.facebook.com/sam.jansen' };

  it.each([['English', PAGE_POST_EN], ['Vietnamese', { ...GROUP_DIALOG_VI, comments: PAGE_POST_EN.comments }]] as const)(
    '%s: a reply whose menu offers to edit it is the user\'s, though someone else wrote the post', (_l, base) => {
      const spec = { ...base, comments: [{ id: '7501', author: { name: 'Jane Doe', href: 'https://www.facebook.com/jane.doe.77' }, time: '2h', text: ['Where is my order?'], replies: [
        { id: '7502', author: SAM, time: '1h', mine: true, text: ['Hi Jane, could you DM me the number?'] },
        { id: '7503', author: { name: 'Bo', href: 'https://www.facebook.com/bo' }, time: '1h', text: ['Same'] },
      ] }] };
      const comments = read(spec).filter((c) => !c.isPost);
      expect(comments.map((c) => [c.id, c.byOwner])).toEqual([['7501', false], ['7502', true], ['7503', false]]);
    });
});
