/**
 * The thread logic in Node, on plain comments shaped as each adapter reads them: Facebook's nested replies,
 * Instagram's flat "@mention" replies, X's chains; replies through Tactful from the response log; and the comments
 * that must not count as answered or as a follow-up.
 */
import { describe, expect, it } from 'vitest';
import { questionIn, threadContext, type ThreadComment } from '@/lib/thread/answered';

const H = 3_600_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const iso = (hoursAgo: number) => new Date(NOW - hoursAgo * H).toISOString();

function c(id: string, who: string, text: string, over: Partial<ThreadComment> = {}): ThreadComment {
  return { id, platform: 'facebook', handle: who.toLowerCase().replace(/ /g, '.'), authorName: who, text, parentId: 'post', depth: 1, isPost: false, byOwner: false, ...over };
}
const owner = (id: string, text: string, over: Partial<ThreadComment> = {}) => c(id, 'Winter Gear NL', text, { byOwner: true, ...over });

describe('answered in the thread, on the page', () => {
  // The Dutch Facebook fixture (tests/fixtures/facebook/post-nl.html): Kees complains, the brand asks for the order
  // number in a reply nested under his comment, Kees answers under the brand's reply.
  const thread = [
    c('post', 'Winter Gear NL', 'Onze wintercollectie is online!', { isPost: true, byOwner: true, depth: 0, parentId: undefined }),
    c('5001', 'Kees de Klant', 'Al twee weken wachten op mijn jas. Slechte service 😡', { time: iso(48) }),
    owner('5002', 'Kees de Klant wat vervelend! Stuur ons je ordernummer?', { parentId: '5001', depth: 2, time: iso(47) }),
    c('5003', 'Kees de Klant', 'Nummer 4411, dank 🙏', { parentId: '5002', depth: 3, time: iso(24) }),
    c('5004', 'Lang Verhaal', 'De nieuwe rits is slechter', { time: iso(48) }),
  ];

  it('the owner\'s reply answers the complaint; the customer\'s later comment under it is a follow-up to it, with the question as context', () => {
    const { answered, followUps } = threadContext(thread);
    expect([...answered.keys()]).toEqual(['5001']);
    expect(answered.get('5001')).toEqual({ id: '5002', text: 'Kees de Klant wat vervelend! Stuur ons je ordernummer?', at: NOW - 47 * H, via: 'page' });
    expect([...followUps.keys()]).toEqual(['5003']);
    expect(followUps.get('5003')).toMatchObject({ to: '5001', question: 'Stuur ons je ordernummer?', reply: { id: '5002' } });
  });

  it('another person\'s comment, or one in another conversation, is neither answered nor a follow-up', () => {
    const more = [...thread,
      c('5005', 'Anna Vries', 'Ik heb hetzelfde probleem', { parentId: '5001', depth: 2, time: iso(20) }),
      c('5006', 'Kees de Klant', 'En mijn andere bestelling?', { time: iso(10) })];
    const { answered, followUps } = threadContext(more);
    expect([...answered.keys()]).toEqual(['5001']);
    expect([...followUps.keys()]).toEqual(['5003']);
  });

  it('an owner reply that asks nothing makes a follow-up with no question to answer', () => {
    const done = thread.map((x) => (x.id === '5002' ? { ...x, text: 'Je jas is vandaag verstuurd!' } : x));
    expect(threadContext(done).followUps.get('5003')).toMatchObject({ to: '5001' });
    expect(threadContext(done).followUps.get('5003')!.question).toBeUndefined();
  });

  it('times decide the order when the page lists a later reply first', () => {
    const shuffled = [thread[0]!, thread[3]!, thread[2]!, thread[1]!, thread[4]!];
    expect([...threadContext(shuffled).followUps.keys()]).toEqual(['5003']);
    // Without times the page's order is all there is: the comment listed before the owner's reply is no follow-up.
    const untimed = shuffled.map(({ time: _t, ...x }) => x);
    expect([...threadContext(untimed).followUps.keys()]).toEqual([]);
  });

  it('Instagram: replies sit flat under the first comment; "@bob" answers Bob, the reply answers the opener too', () => {
    const ig = (id: string, who: string, text: string, over: Partial<ThreadComment> = {}) => c(id, who, text, { platform: 'instagram', handle: who, authorName: who, ...over });
    const list = [
      ig('1', 'anna', 'Waar blijft mijn bestelling?', { parentId: 'CODE' }),
      ig('2', 'bob', 'Bij mij ook!', { parentId: '1', depth: 2 }),
      ig('3', 'winterwear', '@bob @anna sorry, stuur ons een DM?', { parentId: '1', depth: 2, byOwner: true }),
      ig('4', 'anna', '@winterwear gedaan', { parentId: '1', depth: 2 }),
      ig('5', 'carl', 'Mooie jas', { parentId: 'CODE' }),
    ];
    const { answered, followUps } = threadContext(list);
    expect([...answered.keys()].sort()).toEqual(['1', '2']);
    expect([...followUps.entries()]).toEqual([['4', expect.objectContaining({ to: '1', question: '@bob @anna sorry, stuur ons een DM?' })]]);
  });

  it('X: a chain under the brand\'s reply, and a reply whose parent is not on the page still shares its conversation', () => {
    const x = (id: string, who: string, text: string, over: Partial<ThreadComment> = {}) => c(id, who, text, { platform: 'x', handle: who, authorName: who, ...over });
    const list = [
      x('11', 'kees', 'Where is my order?', { depth: 2, parentId: 'gone' }),
      x('12', 'brand', '@kees Can you DM us the number?', { depth: 3, parentId: '11', byOwner: true }),
      x('13', 'kees', 'Sent!', { depth: 4, parentId: '12' }),
      x('14', 'kees', 'Also: still nothing', { depth: 2, parentId: 'gone' }),
    ];
    const { answered, followUps } = threadContext(list);
    expect([...answered.keys()]).toEqual(['11']);
    expect([...followUps.keys()].sort()).toEqual(['13', '14']);
  });
});

describe('answered through Tactful (the response log)', () => {
  const list = [
    c('1', 'Jane Doe', 'My order #4411 never arrived', { time: iso(30) }),
    c('2', 'Jane Doe', 'It is order 4411', { parentId: '1', depth: 2, time: iso(2) }),
    c('3', 'Jane Doe', 'Hello??', { parentId: '1', depth: 2, time: iso(29) }),
  ];

  it('a reply inserted through the panel answers its comment; the same person\'s later comment in that conversation is a follow-up', () => {
    const { answered, followUps } = threadContext(list, new Map([['1', { at: NOW - 5 * H, text: 'Sorry Jane! What is your order number?' }]]));
    expect(answered.get('1')).toEqual({ via: 'tactful', at: NOW - 5 * H, text: 'Sorry Jane! What is your order number?' });
    expect([...followUps.keys()]).toEqual(['2']); // "Hello??" came before the reply
    expect(followUps.get('2')).toMatchObject({ to: '1', question: 'What is your order number?', reply: { via: 'tactful' } });
  });

  it('without a time the follow-up cannot be placed after a logged reply, so it is not claimed to be one', () => {
    const untimed = list.map(({ time: _t, ...x }) => x);
    expect(threadContext(untimed, new Map([['1', { at: NOW - 5 * H }]])).followUps.size).toBe(0);
  });

  it('the owner\'s own comments and the post are never answered or follow-ups', () => {
    const mine = [owner('9', 'Welcome!', { time: iso(3) }), c('p', 'Winter Gear NL', 'Post', { isPost: true, byOwner: true, depth: 0 })];
    const { answered, followUps } = threadContext(mine, new Map([['9', { at: NOW }], ['p', { at: NOW }]]));
    expect(answered.size + followUps.size).toBe(0);
  });
});

describe('what the owner asked', () => {
  it('a question in any script, or a request to send, DM or tell something (English, Dutch); the last one is quoted', () => {
    expect(questionIn('Kees de Klant wat vervelend! Stuur ons je ordernummer?')).toBe('Stuur ons je ordernummer?');
    expect(questionIn('Sorry Kees! Stuur ons je ordernummer via DM, dan zoeken we het uit.')).toBe('Stuur ons je ordernummer via DM, dan zoeken we het uit.');
    expect(questionIn('@klant.kees sorry! Stuur ons een DM met je ordernummer 🙏')).toBe('Stuur ons een DM met je ordernummer 🙏');
    expect(questionIn('So sorry! Could you DM us your order number?')).toBe('Could you DM us your order number?');
    expect(questionIn('قريبا جدا، هل تريد الحجز؟')).toBe('قريبا جدا، هل تريد الحجز؟');
    expect(questionIn('Let us know how it fits!')).toBe('Let us know how it fits!');
    expect(questionIn(`${'Why? '.repeat(40)}`)!.length).toBeLessThanOrEqual(120);
  });
  it('a reply that asks nothing: none', () => {
    for (const text of ['Je jas is vandaag verstuurd!', 'Thanks Jane, enjoy the jacket 🙌', 'Fijne dag!', '']) expect(questionIn(text), text).toBeUndefined();
  });
});
