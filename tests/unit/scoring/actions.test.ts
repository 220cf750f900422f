import { describe, expect, it } from 'vitest';
import type { Action } from '@/lib/scoring/assessment';
import { assess, assessBatch } from '@/lib/scoring/score';
import { REASON_CODES } from '@/lib/scoring/reasons';
import { DEFAULT_THRESHOLDS } from '@/lib/scoring/policy-settings';

const one = (text: string) => assess({ id: '1', text });

/** Per action, English and Dutch comments a person would agree on. */
const CASES: [Action, string][] = [
  ['thank', 'Love the new jacket, thanks for the quick delivery!'],
  ['thank', 'Dank je wel, de levering was super snel. Top service!'],
  ['thank', 'Dank voor de snelle reactie, opgelost!'],
  ['thank', 'Gefeliciteerd met jullie 10 jaar!'],
  ['thank', 'You guys killed it with this launch'],
  ['answer', 'When does the Amsterdam store open on Sundays?'],
  ['answer', 'Hoe laat gaat de winkel in Utrecht open op zondag?'],
  ['apologise', "My order #4411 still hasn't arrived after 3 weeks and support never answers. I want a refund."],
  ['apologise', 'Mijn bestelling is al 2 weken niet geleverd en de klantenservice reageert niet. Ik wil mijn geld terug.'],
  ['fact-check', 'Everyone knows these jackets are fake leather, they never tell you that.'],
  ['fact-check', 'Iedereen weet dat deze jassen van nep leer zijn, dat vertellen ze je nooit.'],
  ['fact-check', 'Dit is nep, iedereen weet dat'],
  ['ignore', 'LOL cry more 🤡🤡 nobody asked'],
  ['ignore', 'huil maar 🤡🤡 boeien'],
  ['mute', 'you idiot, cry more lol'],
  ['mute', 'jij sukkel, huil maar'],
  ['report', 'WHAT A JOKE OF A COMPANY, you clowns are idiots 🤡'],
  ['report', 'I know where you live, watch your back'],
  ['report', 'Ik weet waar je woont, pas maar op'],
  ['report', 'Vuile sukkels zijn jullie, stelletje oplichters'],
  ['report', 'immigrants are vermin, deport them all'],
  ['report', 'moslims zijn ongedierte'],
];

describe('recommended action per comment, English and Dutch', () => {
  it.each(CASES)('%s: %s', (action, text) => {
    const a = one(text);
    expect(a.action).toBe(action);
    expect(a.reasons.length).toBeGreaterThanOrEqual(1);
    expect(a.reasons.length).toBeLessThanOrEqual(4);
    for (const r of a.reasons) expect(REASON_CODES).toContain(r.code);
  });

  it('naming a group is not reported', () => {
    for (const text of ['Women in tech meetup tonight, all welcome', 'Refugees welcome at our store', 'Vrouwen verdienen gelijk loon']) {
      expect(one(text).action).not.toBe('report');
    }
  });

  it('detects the language', () => {
    expect(one('Dank je wel, de levering was super snel').language).toBe('nl');
    expect(one('Thanks, the delivery was really fast').language).toBe('en');
    expect(one('Gracias por todo, el servicio fue excelente y muy rápido').language).toBe('other');
  });
});

describe('self-deprecation and swearing in praise are not harassment', () => {
  it.each(['sorry, I was stupid', 'my bad, I am such an idiot, found it', 'sorry, ik was dom, gevonden', 'ik ben zo’n sukkel, mijn fout'])('%s', (text) => {
    const a = one(text);
    expect(['report', 'mute', 'ignore']).not.toContain(a.action);
    expect(a.toxicity).toBeLessThan(DEFAULT_THRESHOLDS.report);
    expect(a.reasons.map((r) => r.code)).toContain('self-deprecation');
  });
  it.each(['damn good burger', 'fucking amazing service, thank you', 'kut lekker dit', 'verdomd goed gedaan jongens'])('%s', (text) => {
    const a = one(text);
    expect(a.action).toBe('thank');
    expect(a.toxicity).toBeLessThan(0.5);
    expect(a.reasons.map((r) => r.code)).toContain('praise-swearing');
  });
  it('the same words aimed at someone are', () => {
    expect(one('you are stupid').action).toBe('report');
    expect(one('jij bent dom').action).toBe('report');
    expect(one('you f*cking m0r0n').action).toBe('report');
  });
});

describe('batch', () => {
  it('keeps order and flags the same author pasting the same text across a thread', () => {
    const spam = 'This brand is a scam, do not buy here';
    const inputs = [
      { id: '1', text: spam, author: 'troll' },
      { id: '2', text: 'Love it!', author: 'fan' },
      { id: '3', text: `${spam}!!`, author: 'troll' },
      { id: '4', text: spam, author: 'someone-else' },
    ];
    const out = assessBatch(inputs);
    expect(out.map((a) => a.action)).toEqual(['ignore', 'thank', 'ignore', out[3]!.action]);
    expect(out[0]!.reasons[0]).toEqual({ code: 'copy-paste' });
    expect(out[3]!.reasons.map((r) => r.code)).not.toContain('copy-paste');
    expect(out[0]!.troll).toBeGreaterThan(out[3]!.troll);
  });
  it('Dutch copy-paste too, and thresholds from settings change the action', () => {
    const text = 'Wat een oplichters zijn jullie, koop hier niks';
    const out = assessBatch([{ id: '1', text, author: 'x' }, { id: '2', text, author: 'x' }]);
    expect(out[1]!.reasons.map((r) => r.code)).toContain('copy-paste');
    const lenient = assessBatch([{ id: '1', text: 'LOL cry more 🤡🤡 nobody asked' }], { ...DEFAULT_THRESHOLDS, ignore: 0.99, mute: 0.99 });
    expect(lenient[0]!.action).not.toBe('ignore');
  });
  it('is pure: same input, same output', () => {
    const inputs = CASES.map(([, text], i) => ({ id: String(i), text }));
    expect(assessBatch(inputs)).toEqual(assessBatch(inputs));
  });
});

describe('comments made of emoji alone', () => {
  it.each(['🔥🔥🔥', '😍😍', '❤️', '👍'])('%s is praise', (text) => {
    const a = assessBatch([{ id: '1', text }])[0]!;
    expect(a.action).toBe('thank');
    expect(a.tone.positive).toBeGreaterThan(a.tone.negative);
  });

  it.each(['🤡🤡🤡', '😡😡', '🖕'])('%s is not praise', (text) => {
    const a = assessBatch([{ id: '1', text }])[0]!;
    expect(a.action).not.toBe('thank');
    expect(a.tone.negative).toBeGreaterThan(a.tone.positive);
  });
});

describe('a commenter owning a mistake', () => {
  it.each(['Sorry, my mistake, I entered the wrong address', 'Oeps, mijn fout, ik had het verkeerde adres opgegeven'])('%s needs no apology', (text) => {
    const a = assessBatch([{ id: '1', text }])[0]!;
    expect(a.action).not.toBe('apologise');
    expect(a.reasons.map((r) => r.code)).toContain('self-deprecation');
  });
});
