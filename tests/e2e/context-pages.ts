/**
 * X threads for the context flows (person memory, waves, learning), built from plain data on their real URLs:
 * shared by the browser tests and `npm run screenshots`. Times are relative to now, so the person memory's
 * window (days) holds whenever the tests run.
 */
import { xThreadPage, type XReply } from '../fixtures/x/thread';
import type { Pages } from './harness';

const HOUR = 3_600_000;
const NOW = Date.now();
const ago = (hours: number): string => new Date(NOW - hours * HOUR).toISOString();
/** Status ids like X's (19 digits), one per number. */
export const idOf = (n: number): string => `19100000000000${String(n).padStart(5, '0')}`;
/** A thread page with X's "More" menu stand-in, so mute, block and report open a menu as on x.com. */
const thread = (p: XReply, replies: XReply[]): { html: string } =>
  ({ html: xThreadPage(p, replies).replace('</body>', '<script src="/__fixtures/x-page.js"></script>\n</body>') });
const reply = (id: number, handle: string, name: string, text: string, hoursAgo: number): XReply =>
  ({ id: idOf(id), handle, name, text, iso: ago(hoursAgo), rel: `${Math.max(1, Math.round(hoursAgo))}h` });
const post = (id: number): XReply => ({ id: idOf(id), handle: 'acmeshop', name: 'Acme Shop', text: 'Our winter collection is live! Free shipping this week ❄️', iso: ago(30) });
const url = (id: number): string => `https://x.com/acmeshop/status/${idOf(id)}`;

/** The same account provoking across three threads, between honest comments. */
export const TROLL = { handle: 'trollface99', name: 'Troll Face' };
export const PROVOCATIONS = ['lol nobody asked, cope harder 🤡', 'imagine buying this lmao', 'this brand is a total joke lmao', 'ratio + L, nobody cares'];
export const REPEAT = {
  first: url(100), second: url(200), third: url(300),
  /** Comment ids of the provocations, in order (two on the first thread, one on each of the others). */
  provocations: [idOf(101), idOf(102), idOf(201), idOf(301)],
};
const repeatPages: Pages = {
  [REPEAT.first]: thread(post(100), [
    reply(101, TROLL.handle, TROLL.name, PROVOCATIONS[0]!, 50),
    reply(103, 'janedoe', 'Jane Doe', "My order #4411 still hasn't arrived after 3 weeks. I want a refund.", 49),
    reply(102, TROLL.handle, TROLL.name, PROVOCATIONS[1]!, 26),
  ]),
  [REPEAT.second]: thread(post(200), [
    reply(201, TROLL.handle, TROLL.name, PROVOCATIONS[2]!, 20),
    reply(202, 'kees', 'Kees', 'Do you ship to Belgium?', 19),
  ]),
  [REPEAT.third]: thread(post(300), [
    reply(301, TROLL.handle, TROLL.name, PROVOCATIONS[3]!, 2),
    reply(302, 'anne', 'Anne', 'Love the new jacket, the colour is perfect!', 1),
  ]),
};

/** A rumour posted by many accounts across two threads, and a bot run of the same spam. */
export const RUMOUR = 'They are closing all 40 stores next month, share before they delete this';
export const SPAM = 'DM me now for free followers, check the link in my bio 💸💸';
export const WAVE = {
  first: url(400), second: url(500),
  rumourFirst: [401, 402, 403, 404, 405].map(idOf), rumourSecond: [501, 502].map(idOf), bots: [411, 412, 413, 414].map(idOf),
};
const wavePages: Pages = {
  [WAVE.first]: thread(post(400), [
    ...[401, 402, 403, 404, 405].map((n, i) => reply(n, `worried${i + 1}`, `Worried ${i + 1}`, i % 2 ? `${RUMOUR}!!` : `@acmeshop ${RUMOUR}`, 5 - i * 0.5)),
    reply(406, 'janedoe', 'Jane Doe', 'Where is my order #4411? It is two weeks late.', 4),
    ...[411, 412, 413, 414].map((n, i) => reply(n, `promo_bot${i + 1}`, `Promo ${i + 1}`, SPAM, 3 - i * 0.2)),
  ]),
  [WAVE.second]: thread(post(500), [
    reply(501, 'worried6', 'Worried 6', RUMOUR, 2),
    reply(502, 'worried7', 'Worried 7', `${RUMOUR} 😡`, 1),
    reply(503, 'kees', 'Kees', 'Do you ship to Belgium?', 1),
  ]),
};

/** A musician's team answers the "who's still here in 2026" chatter (with the tour dates) that the model ignores. */
export const CHATTER = {
  url: url(600),
  corrected: [601, 602, 603, 604, 605].map(idOf),
  similar: [606, 607].map(idOf),
  unrelated: [608, 609].map(idOf),
};
const chatterPages: Pages = {
  [CHATTER.url]: thread(post(600), [
    reply(601, 'fan1', 'Fan 1', "who's still listening in 2026?", 9),
    reply(602, 'fan2', 'Fan 2', 'here before 1 million views', 8),
    reply(603, 'fan3', 'Fan 3', 'who is watching this in 2026 🙋', 7),
    reply(604, 'fan4', 'Fan 4', 'anyone else here from tiktok', 6),
    reply(605, 'fan5', 'Fan 5', 'anyone here in 2026', 5),
    reply(606, 'fan6', 'Fan 6', 'who else is listening in 2026?', 4),
    reply(607, 'fan7', 'Fan 7', 'anyone here from tiktok in 2026', 3),
    reply(608, 'janedoe', 'Jane Doe', "My order #4411 still hasn't arrived after 3 weeks. I want a refund.", 2),
    reply(609, 'anne', 'Anne', 'Love the new jacket, thanks!', 1),
  ]),
};

export const CONTEXT_PAGES: Pages = { ...repeatPages, ...wavePages, ...chatterPages };
