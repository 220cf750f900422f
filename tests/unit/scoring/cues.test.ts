import { describe, expect, it } from 'vitest';
import { readCues, type Cues } from '@/lib/scoring/cues';
import type { Span } from '@/lib/scoring/phrase-match';
import { quoteSpan } from '@/lib/scoring/quote';
import { normalise } from '@/lib/scoring/text';
import { detectLanguage } from '@/lib/scoring/language';

const cues = (text: string) => {
  const norm = normalise(text);
  return readCues(text, norm, detectLanguage(norm));
};
/** The cue's spans as the reasons quote them. */
const quoted = (text: string, pick: (c: Cues) => readonly Span[]) => {
  const norm = normalise(text);
  return pick(readCues(text, norm, detectLanguage(norm))).map((s) => quoteSpan(text, norm, s));
};

describe('obfuscated profanity is read as what it says', () => {
  it.each([
    ['you id1ot', 'idiot'],
    ['f.u.c.k you', 'fuck'],
    ['f u c k you', 'fuck'],
    ['what a stuuuupid m0r0n', 'moron'],
    ['you f*cking clown', 'clown'],
    ['jij 1d10ot', 'idioot'],
    ['s.u.k.k.e.l ben je', 'sukkel'],
  ])('%s', (text, word) => {
    expect(normalise(text).tokens).toContain(word);
    const c = cues(text);
    expect([...c.insults, ...c.swears, ...c.targeted].length).toBeGreaterThan(0);
  });

  it('reads a row of asterisks as a star rating, not a hidden insult', () => {
    for (const text of ['Great product *****', 'Loved it ***']) {
      const c = cues(text);
      expect([...c.insults, ...c.swears, ...c.targeted]).toEqual([]);
    }
  });

  it('replaces links and mentions, in any case', () => {
    expect(normalise('see HTTPS://EXAMPLE.COM/x and www.shop.nl, @Brand').tokens).toEqual(['see', 'httpurl', 'and', 'httpurl', 'mentionuser']);
  });

  it('leaves numbers and order ids alone', () => {
    expect(normalise('order #4411 since 2024').tokens).toEqual(['order', '4411', 'since', '2024']);
  });
});

describe('insults: aimed at someone, or at oneself', () => {
  it.each(['you are such an idiot', '@jan you clown', 'jij sukkel', 'je bent een idioot', 'fuck you'])('targeted: %s', (t) => {
    expect(cues(t).targeted.length).toBeGreaterThan(0);
  });
  it.each(['you clowns', 'you still sell this trash', 'jullie zijn een grap'])('an insult at the brand, not aimed at a person: %s', (t) => {
    const c = cues(t);
    expect(c.insults.length).toBeGreaterThan(0);
    expect(c.targeted).toEqual([]);
  });
  it.each(['sorry, I was stupid', 'my bad, I am an idiot', 'sorry, ik was dom', 'ik ben zo’n sukkel, mijn fout'])('self-deprecation: %s', (t) => {
    const c = cues(t);
    expect(c.selfDeprecation.length).toBeGreaterThan(0);
    expect(c.insults).toEqual([]);
  });
  it.each(['You guys killed it with this launch', 'nailed it 🔥', 'Echt ziek goed!', 'Te gek dit'])('praise in slang: %s', (t) => {
    expect(cues(t).praiseIdiom.length).toBe(1);
  });
  it('a threat is no slang praise', () => {
    expect(cues('I will kill you').praiseIdiom).toEqual([]);
  });
  it.each(['damn good burger', 'fucking amazing service', 'kut lekker dit', 'verdomd goed gedaan'])('praise-swearing: %s', (t) => {
    const c = cues(t);
    expect(c.praiseSwearing.length).toBe(1);
    expect(c.swears).toEqual([]);
  });
});

describe('threats, group attacks and trolling, in English and Dutch', () => {
  it.each(['I know where you live', 'hope you die', 'ik weet waar je woont', 'ik maak je af'])('threat: %s', (t) => {
    expect(cues(t).threat.length).toBeGreaterThan(0);
  });
  it.each(['people like you tend to have unfortunate accidents', 'your driver might meet the wrong person one day'])('veiled threat without a threat word: %s', (t) => {
    expect(cues(t).threat.length).toBeGreaterThan(0);
  });
  it.each(['we had an unfortunate accident with the paint', 'people like you have made this shop great', 'see you at the school fair!',
    'doe de groeten aan je moeder!', 'die kaarsen branden lekker lang'])('everyday words of veiled threats are no threat: %s', (t) => {
    const c = cues(t);
    expect([...c.threat, ...c.doxxing]).toEqual([]);
  });
  it.each(['new haircut looks good from the bus stop', 'I was two rows behind you again', 'jij logeert deze week in dat huisje op Texel'])('watching a person: %s', (t) => {
    expect(cues(t).doxxing.length).toBeGreaterThan(0);
  });
  it.each(['go play in traffic', 'hope he slits his wrists', 'de wereld is beter af zonder jou'])('self-harm incitement without "kill": %s', (t) => {
    expect(cues(t).selfHarm.length).toBeGreaterThan(0);
  });
  it.each(['1488 proud of the lads', 'RaHoWa 🇬🇧'])('a hate code is a slur: %s', (t) => {
    expect(cues(t).slurs.length).toBeGreaterThan(0);
  });
  it('threat needs the phrase, not the word', () => {
    expect(cues('this price is killing me').threat).toEqual([]);
    expect(cues('ik kom morgen langs').threat).toEqual([]);
  });
  it.each(['immigrants are vermin', 'vrouwen zijn walgelijk', 'moslims zijn ongedierte'])('identity attack: %s', (t) => {
    expect(cues(t).identityAttack.length).toBeGreaterThan(0);
  });
  it('naming a group is not attacking it', () => {
    expect(cues('women in tech meetup tonight').identityAttack).toEqual([]);
    expect(cues('vrouwen verdienen gelijk loon').identityAttack).toEqual([]);
  });
  it.each(['cry more', 'nobody asked lol', 'huil maar', 'boeien, wie vroeg dit'])('provocation: %s', (t) => {
    expect(cues(t).provocation.length).toBeGreaterThan(0);
  });
  it('mocking emoji, shouting and punctuation runs', () => {
    const c = cues('WORST SHOP EVER!!!! 🤡🤡');
    expect(c.mockingEmoji).toBe(2);
    expect(c.shouting).toBe(true);
    expect(c.punctuationRun).toBe(1);
    const nl = cues('SLECHTSTE WINKEL OOIT???? 🙄');
    expect(nl.shouting).toBe(true);
    expect(nl.mockingEmoji).toBe(1);
    expect(cues('Ok, thanks NASA').shouting).toBe(false);
  });
});

describe('complaint and claim signals', () => {
  it.each([
    ["My order #4411 still hasn't arrived after 3 weeks", ['order', "still hasn't", '3 weeks']],
    ['I was charged twice, I want a refund', ['charged twice', 'refund']],
    ['Mijn bestelling is al 2 weken niet geleverd', ['bestelling', 'al 2 weken', 'geleverd']],
    ['Het pakket is kapot aangekomen, geld terug graag', ['pakket', 'kapot', 'geld terug']],
  ])('concrete issue: %s', (t, expected) => {
    expect(quoted(t, (c) => c.concreteIssue)).toEqual(expected);
  });
  it.each([
    ['Love it, thanks for the quick delivery!', []],
    ['Bedankt voor de snelle levering 😊', []],
    ["quick delivery my foot, it's been 3 weeks", ['3 weeks']],
  ])('a praised topic is no issue, a failure beside it still is: %s', (t, expected) => {
    expect(quoted(t, (c) => c.concreteIssue)).toEqual(expected);
  });
  it.each([
    ['Everyone knows these jackets are fake', ['Everyone knows', 'fake']],
    ['They never tell you that 90% of it is sugar', ['They never tell you', '90%']],
    ['Iedereen weet dat het nep is', ['Iedereen weet', 'nep']],
    ['Onderzoek toont aan dat 5G dit veroorzaakt', ['5G', 'veroorzaakt']],
  ])('claim: %s', (t, expected) => {
    expect(quoted(t, (c) => c.claim)).toEqual(expected);
  });
  it.each(['Lekker 😋 volg @foodie.dagelijks', "I made a video on this, it's on my channel.", 'My debut album is out on all platforms', 'Message for a price list',
    'gg on the tourney. running a bracket saturday, discord in bio', 'shameless plug but I do birthday cakes', 'Need a plumber? Message me for a quote',
    "love this 🥹 also I'm selling my crochet frogs at the fair", '2 tix for saturday, cashapp only, need gone', 'ik deel dagelijks tips, zet je meldingen aan', 'search my name and hit follow',
    'I make handmade greeting cards, at the church hall fair Saturday', 'Ik geef yoga voor 60-plussers, eerste les gratis!', 'car boot sale on the 22nd, pitches still available'])(
    'sending readers elsewhere: %s', (t) => {
      expect(cues(t).spam.length).toBeGreaterThan(0);
    });
  it.each(['Can someone DM me about my order?', 'I follow you for years, love the new range', 'Mijn nieuwe jas is binnen, top!',
    'Are you selling the blue one again?', 'my shop cant take card payments, please call me back', 'stuur me een bericht als mijn pakket er is',
    'I hit the bell at the counter and nobody came', 'Ik stuur je een tikkie voor de kaartjes',
    'kan je bij jullie ook een proefles boeken?', 'I make a lot of returns, is there a limit?', 'Zijn er nog plekken vrij voor de rondleiding?'])('no spam in an ordinary comment: %s', (t) => {
    expect(cues(t).spam).toEqual([]);
  });
  it('no signals in small talk', () => {
    const c = cues('Have a nice weekend everyone');
    expect([...c.concreteIssue, ...c.claim, ...c.insults, ...c.threat, ...c.provocation, ...c.spam, ...c.rumour]).toEqual([]);
  });
});

describe('Dutch group attacks, threats and curse compounds', () => {
  it.each([
    'Ik walg van transgenders.',
    'Ik kan vrouwen niet uitstaan.',
    'Moslims horen hier niet.',
    'Alle vluchtelingen moeten het land uit.',
    'Ik heb een hekel aan buitenlanders.',
    'Ik ga al die moslims neerschieten.',
  ])('group attack: %s', (text) => {
    expect(cues(text).identityAttack.length).toBeGreaterThan(0);
  });

  it.each(['Joden moeten vergast worden.', 'Die lui verdienen de kogel.'])('threat: %s', (text) => {
    expect(cues(text).threat.length).toBeGreaterThan(0);
  });

  it('reads a curse compound aimed at the reader as a targeted insult, and one with a group as a slur', () => {
    expect(quoted('Je bent een kankerhoer.', (c) => c.targeted)).toEqual(['kankerhoer']);
    expect(quoted('Weer zo een tyfusturk.', (c) => c.identityAttack)).toEqual(['tyfusturk']);
  });

  it.each([
    'Het kankeronderzoek krijgt eindelijk geld.',
    'Ik hou van mijn moslim buren.',
    "Homo's hebben dezelfde rechten.",
    'Mijn pakket moet het land uit, maar het staat al drie dagen stil.',
  ])('no attack: %s', (text) => {
    const c = cues(text);
    expect([...c.identityAttack, ...c.insults, ...c.threat]).toEqual([]);
  });
});
