/**
 * How the scorer decides, beyond single comments (judgement.test.ts has those): batches, copy-paste, the
 * user's thresholds as per-action adjustments, the named overrides, reasons quoted as written, the second choice,
 * emoji-only comments and purity.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '@/lib/scoring/assessment';
import { adjustments, ALTERNATIVE_MIN, alternativeOf, OVERRIDES, type Decision } from '@/lib/scoring/policy';
import { DEFAULT_THRESHOLDS } from '@/lib/scoring/policy-settings';
import { REASON_CODES, describeReason } from '@/lib/scoring/reasons';
import { assess, assessBatch } from '@/lib/scoring/score';

const one = (text: string) => assess({ id: '1', text });

describe('the user\'s thresholds are per-action adjustments', () => {
  it('the defaults change nothing; a higher threshold lowers its action\'s odds, a lower one raises them', () => {
    expect(adjustments(DEFAULT_THRESHOLDS).every((x) => Math.abs(x) < 1e-9)).toBe(true);
    const strict = adjustments({ ...DEFAULT_THRESHOLDS, report: 0.95 });
    const eager = adjustments({ ...DEFAULT_THRESHOLDS, report: 0.3 });
    const at = ACTIONS.indexOf('report');
    expect(strict[at]).toBeLessThan(0);
    expect(eager[at]).toBeGreaterThan(0);
    expect(strict.filter((_, i) => i !== at).every((x) => x === 0)).toBe(true);
  });

  it('move the recommendation of a borderline comment, and only in their direction', () => {
    const text = 'Wat een grap';
    expect(one(text).action).toBe('ignore');
    expect(assess({ id: '1', text }, { ...DEFAULT_THRESHOLDS, ignore: 0.99 }).action).not.toBe('ignore');
    expect(assess({ id: '1', text }, { ...DEFAULT_THRESHOLDS, report: 0.99 }).action).toBe('ignore');
    const complaint = "My parcel is two weeks late and nobody answers my emails";
    expect(assess({ id: '1', text: complaint }, { ...DEFAULT_THRESHOLDS, apologise: 0.2 }).action).toBe('apologise');
  });
});

describe('named overrides', () => {
  it('are few and named', () => {
    expect(OVERRIDES.map((o) => o.name)).toEqual(['media-only', 'unread-language', 'threat-outranks-complaint', 'wave', 'repeated-provocation', 'established-troll', 'own-mistake', 'follow-up']);
  });
  it('threat-outranks-complaint: a threat inside a complaint is reported, with the threat quoted', () => {
    const a = one('Third parcel lost this month. I know where your driver lives and he will regret it.');
    expect(a.action).toBe('report');
    expect(a.reasons[0]!.code).toBe('threat');
    expect(a.reasons[0]!.evidence).toMatch(/know where your driver lives/u);
  });
  it('repeated-provocation: the same provocation posted twice by one author is muted; a complaint posted twice is not', () => {
    const troll = 'lol cope harder, nobody asked 🤡';
    const out = assessBatch([{ id: '1', text: troll, author: 'x' }, { id: '2', text: 'Love it!', author: 'fan' }, { id: '3', text: `${troll}!!`, author: 'x' }]);
    expect(out.map((a) => a.action)).toEqual(['mute', 'thank', 'mute']);
    expect(out[0]!.reasons[0]).toEqual({ code: 'copy-paste' });
    const complaint = 'Still no refund for order #5521, three weeks now. Please answer my emails.';
    const twice = assessBatch([{ id: '1', text: complaint, author: 'y' }, { id: '2', text: complaint, author: 'y' }]);
    expect(twice.map((a) => a.action)).toEqual(['apologise', 'apologise']);
  });
  it('follow-up: the answer to the owner\'s question is answer (with that question as the reason), not thank; as it reads otherwise', () => {
    const text = 'Nummer 4411, dank 🙏';
    expect(one(text).action).toBe('thank'); // alone, it reads as thanks
    const followUp = { question: 'Stuur ons je ordernummer?' };
    const a = assess({ id: '1', text, followUp });
    expect(a.action).toBe('answer');
    expect(a.reasons[0]).toEqual({ code: 'follow-up', evidence: 'Stuur ons je ordernummer?' });
    // After a reply that asked nothing, thanks are thanks; a follow-up complaint or abuse keeps its own action.
    expect(assess({ id: '1', text, followUp: {} }).action).toBe('thank');
    expect(assess({ id: '1', text: 'Still nothing after two weeks, my parcel is lost and nobody answers my emails', followUp }).action).toBe('apologise');
    expect(assess({ id: '1', text: 'I know where your driver lives and he will regret it', followUp }).action).toBe('report');
  });
});

describe('reasons', () => {
  it('quote the comment as written, not the normalised text', () => {
    const a = one("My order #4411 still hasn't arrived after 3 weeks and support never answers");
    const quoted = a.reasons.map((r) => r.evidence ?? '').join(' ');
    expect(quoted).not.toMatch(/hasnt/u);
    for (const r of a.reasons) if (r.evidence) expect("My order #4411 still hasn't arrived after 3 weeks and support never answers".toLowerCase()).toContain(r.evidence.toLowerCase().replace(/…$/u, ''));
  });
  it('quote the pieces of one phrase under one reason once, as that phrase', () => {
    const text = "My order #4411 still hasn't arrived after 3 weeks and support never answers. I want a refund.";
    const issue = one(text).reasons.filter((r) => r.code === 'concrete-issue');
    expect(issue).toHaveLength(1);
    expect(issue[0]!.evidence).toContain("hasn't arrived after 3 weeks");
    // No two quotes of one reason overlap or sit one word apart, in either language.
    for (const t of [text, 'Mijn pakket is al twee weken onderweg en niemand neemt de telefoon op, belachelijk', 'Three calls, two emails, no refund, and the app still charges me twice every month']) {
      const reasons = one(t).reasons;
      for (const a of reasons) for (const b of reasons) {
        if (a === b || a.code !== b.code || !a.evidence || !b.evidence) continue;
        const [x, y] = [t.indexOf(a.evidence), t.indexOf(b.evidence)].sort((m, n) => m - n);
        const first = x === t.indexOf(a.evidence) ? a.evidence : b.evidence;
        expect(t.slice(x! + first.length, y).trim().split(/\s+/u).length, `${a.evidence} / ${b.evidence}`).toBeGreaterThan(1);
      }
    }
  });
  it('do not quote the same words twice under another name, unless a cue names them', () => {
    const threat = one('Ik weet waar jij woont, Kevin. Ik sta morgen om 8 uur voor je deur.').reasons;
    expect(threat[0]).toEqual({ code: 'threat', evidence: 'Ik weet waar jij woont' });
    expect(threat.filter((r) => r.evidence?.includes('waar jij woont'))).toHaveLength(1);
    // A cue keeps its own name beside a longer quote: "what happened to them" says what "concrete issue" does not.
    const order = one('Mijn bestelling van vorige week is nog steeds niet binnen en de klantenservice neemt niet op. Ik wil mijn geld terug.').reasons;
    expect(order.map((r) => r.code)).toEqual(expect.arrayContaining(['concrete-issue', 'personal-experience']));
  });
  it('never quote a lone pronoun or auxiliary as the evidence', () => {
    for (const text of ["Nice shop you've got there. Would be a shame if someone put a brick through the window tonight.",
      "Vaccinated kids from this school all got sick after the trip, they're hiding it from the parents",
      'Hij heeft gezegd dat jullie de prijzen verdubbelen, zij weet het ook']) {
      for (const r of one(text).reasons) expect(["you've", "they're", 'hij', 'zij', 'heeft'], r.evidence).not.toContain(r.evidence?.toLowerCase());
    }
  });
  it('are 1–4 known codes, each with wording', () => {
    for (const text of ['DM me for free followers!!!', 'Do you ship to Belgium?', 'ratio', '🔥🔥', 'Ik weet waar je woont']) {
      const a = one(text);
      expect(a.reasons.length).toBeGreaterThanOrEqual(1);
      expect(a.reasons.length).toBeLessThanOrEqual(4);
      for (const r of a.reasons) {
        expect(REASON_CODES).toContain(r.code);
        expect(describeReason(r)).not.toBe(r.code.includes('-') ? r.code : '');
      }
    }
  });
});

describe('comments made of emoji alone', () => {
  it.each(['🔥🔥🔥', '😍😍', '❤️', '👍'])('%s is praise', (text) => {
    const a = one(text);
    expect(a.action).toBe('thank');
    expect(a.tone.positive).toBeGreaterThan(a.tone.negative);
  });
  it.each(['🤡🤡🤡', '😡😡', '🖕'])('%s is not praise', (text) => {
    const a = one(text);
    expect(a.action).not.toBe('thank');
    expect(a.tone.negative).toBeGreaterThan(a.tone.positive);
  });
});

describe('own-mistake: a commenter owning a mistake needs no apology', () => {
  it.each(['Sorry, my mistake, I entered the wrong address', 'Oeps, mijn fout, ik had het verkeerde adres opgegeven'])('%s', (text) => {
    const a = one(text);
    expect(a.action).not.toBe('apologise');
    expect(a.reasons.map((r) => r.code)).toContain('own-fault');
  });
});

describe('batch', () => {
  it('keeps order and is pure: same input, same output', () => {
    const inputs = ['Love it!', 'Do you ship to Belgium?', 'ratio', 'Mijn pakket is kapot aangekomen'].map((text, i) => ({ id: String(i), text }));
    const a = assessBatch(inputs);
    expect(a).toEqual(assessBatch(inputs));
    expect(a.map((x) => x.action)).toEqual(inputs.map((x) => one(x.text).action));
  });
  it('probabilities behind the bars: complaint and misinformation follow the decision', () => {
    const c = one("My order #4411 still hasn't arrived after 3 weeks. I want a refund.");
    expect(c.action).toBe('apologise');
    expect(c.complaint).toBeGreaterThan(0.5);
    const f = one('Everyone knows this shampoo causes cancer, they just don’t tell you');
    expect(f.misinformation).toBeGreaterThan(0.5);
  });
});

describe('media-only: a GIF, sticker or photo with no words', () => {
  it('is judged, never skipped: the optional friendly action, with the media named', () => {
    const a = assess({ id: '1', text: '', media: ['gif'] });
    expect(a.action).toBe('thank');
    expect(a.reasons).toEqual([{ code: 'media-only', evidence: 'GIF' }]);
    // With words, the words are judged.
    expect(assess({ id: '1', text: 'ratio + L, nobody asked', media: ['gif'] }).action).toBe('ignore');
  });
});

describe('unread-language: neither English nor Dutch', () => {
  it('goes to a person to read when nothing in it can be read, with that as its reason', () => {
    const a = assess({ id: '1', text: 'الجاكيت جميل جدا' });
    expect(a.language).toBe('other');
    expect(a.action).toBe('answer');
    expect(a.reasons).toEqual([{ code: 'unread-language' }]);
  });
  it('still mutes spam with a link and keeps what the cues can read, in any language', () => {
    expect(assess({ id: '1', text: 'Gana dinero desde casa, escríbeme por DM 💰 https://bit.ly/x' }).action).toBe('mute');
    // A link placeholder is never quoted: the quote stops short of it.
    expect(JSON.stringify(assess({ id: '1', text: 'Gana dinero desde casa, escríbeme por DM 💰 https://bit.ly/x' }).reasons)).not.toContain('httpurl');
  });
});

describe('second choice: offered beside the recommendation when the model is torn', () => {
  const decision = (p: number[], override?: string): Decision =>
    ({ action: 'thank', modelAction: 'thank', confidence: p[0]!, probabilities: p, ...(override ? { override } : {}) });
  it('is the runner-up once it reaches ALTERNATIVE_MIN, and never under an override (a rule decided)', () => {
    expect(alternativeOf(decision([0.5, 0.1, ALTERNATIVE_MIN, 0.1, 0.05, 0, 0]))).toBe('apologise');
    expect(alternativeOf(decision([0.7, 0.1, ALTERNATIVE_MIN - 0.01, 0.1, 0.09, 0, 0]))).toBeUndefined();
    expect(alternativeOf(decision([0.5, 0.1, 0.3, 0.1, 0, 0, 0], 'wave'))).toBeUndefined();
  });
  it('comes with what speaks for it, quoted as written; a clear comment has none', () => {
    const text = 'your livechat bot has sent me to the same FAQ page 6 times now';
    const a = one(text);
    expect(a.alternative).toBeDefined();
    const alt = a.alternative!;
    expect(alt.action).not.toBe(a.action);
    expect(['report', 'apologise']).toContain(alt.action);
    expect(alt.confidence).toBeGreaterThanOrEqual(ALTERNATIVE_MIN);
    expect(alt.confidence).toBeLessThanOrEqual(a.confidence);
    expect(alt.reasons.length).toBeGreaterThan(0);
    for (const r of alt.reasons) if (r.evidence) expect(text).toContain(r.evidence);
    expect(one('Do you ship to Belgium?').alternative).toBeUndefined();
    expect(one('ratio + L, nobody asked').alternative).toBeUndefined();
  });
});
