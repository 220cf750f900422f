import { describe, expect, it } from 'vitest';
import { biffCheck } from '@/lib/templates/biff';
import { nearDuplicate, similarity } from '@/lib/templates/similarity';
import { ageInDays, stale } from '@/lib/templates/freshness';

const GOOD_EN = "Hi Jane, sorry your parcel is late. Send us a DM with order 4411 and we'll fix it today.";

describe('BIFF check', () => {
  it('passes a short, concrete, friendly, firm reply', () => {
    const r = biffCheck(GOOD_EN, 'en', { negative: 0.1, neutral: 0.5, positive: 0.4 });
    expect([r.brief.score, r.informative.score, r.friendly.score, r.firm.score]).toEqual([1, 1, 1, 1]);
    expect(r.overall).toBe(1);
  });

  it('Brief: flags a long, rambling reply', () => {
    const long = `${'We have looked at everything you said and we understand how you feel about all of it. '.repeat(6)}Thanks.`;
    const r = biffCheck(long, 'en');
    expect(r.brief.codes).toEqual(['too-long', 'too-many-sentences']);
    expect(r.brief.score).toBeLessThan(0.6);
  });

  it('Informative: asks for a fact and a next step', () => {
    const r = biffCheck('We hear you and we care about this.', 'en');
    expect(r.informative.codes).toEqual(['no-fact', 'no-next-step']);
    expect(r.informative.tips[1]).toMatch(/what happens next/);
  });

  it('Friendly: uses the scorer\'s tone and catches sarcasm, blame and shouting', () => {
    expect(biffCheck(GOOD_EN, 'en', { negative: 0.8, neutral: 0.1, positive: 0.1 }).friendly.codes).toEqual(['negative-tone']);
    const r = biffCheck('Obviously you should have read the label!! Send us a DM today.', 'en');
    expect(r.friendly.codes).toEqual(['blame', 'sarcasm', 'shouting']);
    expect(r.friendly.score).toBe(0);
  });

  it('Firm: flags over-apologising, hedging, arguing and a string of questions', () => {
    const r = biffCheck("Sorry, so sorry, we apologise! Maybe we could just try to look? Actually you're wrong? DM us today.", 'en');
    expect(r.firm.codes).toEqual(['over-apologising', 'hedging', 'arguing', 'too-many-questions']);
    expect(r.overall).toBe(r.firm.score);
  });

  it('does not count variables as text: the ? of [issue?] is no question, {name} no word, {source} a link to come', () => {
    const draft = 'Hi [name?], sorry about [issue?] and [order?]. Is this right? Send us a DM today: [source?]';
    expect(biffCheck(draft, 'en').firm.codes).toEqual([]);
    expect(biffCheck('[name?] [issue?] [timeframe?] Thanks, we will reply today.', 'en').firm.codes).toEqual([]);
    expect(biffCheck('Good question, {name}. {answer} Send us a DM.', 'en').informative.codes).toEqual([]);
    // 57 words the reader sees, in four sentences; counting the fifteen variables would make it 72, over the limit.
    const sentence = `${Array.from({ length: 18 }, () => 'word').join(' ')} {name} {brand} {agent} {handle} {place}.`;
    expect(biffCheck(`${sentence} ${sentence} ${sentence} DM us today.`, 'en').brief.codes).toEqual([]);
  });

  it('gives tips in the reader\'s language for a draft in another', () => {
    const r = biffCheck('We hear you and we care about this.', 'en', undefined, 'nl');
    expect(r.informative.tips[0]).toMatch(/^Noem één concreet feit/);
  });

  it('checks Dutch drafts with Dutch cues and gives Dutch tips', () => {
    const good = biffCheck('Hoi Jan, sorry dat je pakket te laat is. Stuur ons een DM met bestelling 4411, dan lossen we het vandaag op.', 'nl');
    expect(good.overall).toBe(1);
    const bad = biffCheck('Misschien had je moeten lezen, zoals gezegd. Eigenlijk klopt dat niet.', 'nl');
    expect(bad.friendly.codes).toEqual(['blame', 'sarcasm']);
    expect(bad.firm.codes).toEqual(['hedging', 'arguing']);
    expect(bad.firm.tips[0]).toMatch(/^Zeg het direct/);
  });
});

describe('near-duplicate check', () => {
  it('scores the same words in the same order as 1 and unrelated text near 0', () => {
    expect(similarity('Thanks so much, Jane!', 'thanks so much jane')).toBe(1);
    expect(similarity('Thanks so much, Jane!', 'Your parcel ships tomorrow from Utrecht')).toBe(0);
  });

  it('finds a copy with only the name changed, and ignores a genuinely different reply', () => {
    const sent = ["Hi Jane, sorry about the delay. Send us a DM with your order number and we'll sort it out today.", 'Thanks Omar!'];
    const copy = nearDuplicate("Hi Li, sorry about the delay. Send us a DM with your order number and we'll sort it out today.", sent);
    expect(copy?.match).toBe(sent[0]);
    expect(copy!.score).toBeGreaterThan(0.85);
    expect(nearDuplicate('Li, that should not have happened. Could you message us privately? We reply within an hour.', sent)).toBeUndefined();
  });
});

describe('freshness', () => {
  it('flags records at or past the period, oldest first; an unreadable date counts as stale', () => {
    const now = new Date('2026-06-01T00:00:00.000Z');
    expect(ageInDays('2026-05-31T00:00:00.000Z', now)).toBe(1);
    const records = [{ d: '2026-03-03T00:00:00.000Z' }, { d: '2026-03-04T00:00:00.000Z' }, { d: 'garbage' }, { d: '2026-01-01T00:00:00.000Z' }];
    expect(stale(records, (r) => r.d, 90, now).map((r) => r.d)).toEqual(['garbage', '2026-01-01T00:00:00.000Z', '2026-03-03T00:00:00.000Z']);
  });
});
