import { describe, expect, it } from 'vitest';
import guide from '@/assets/guide/default-guide.json';
import { assessBatch } from '@/lib/scoring/score';
import { parseGuide } from '@/lib/store/guide-file';
import { biffCheck } from '@/lib/templates/biff';
import { TIPS } from '@/lib/templates/biff-cues';
import { gapsIn, render, type Values } from '@/lib/templates/render';
import { SITUATIONS, TEMPLATE_LANGUAGES, type TemplateLanguage } from '@/lib/templates/situations';

/** What a social media manager's panel fills in: the comment's facts, settings, a chosen source, typed fields. */
const FILLED: Record<TemplateLanguage, Values> = {
  en: { name: 'Jane', handle: '@janedoe', order: '4411', product: 'jacket', place: 'Utrecht', issue: 'the late parcel',
    answer: 'We ship to Belgium in 2 to 3 working days.', timeframe: '2 hours', brand: 'Acme', agent: 'Sam',
    source: 'https://acme.example/materials', claim: 'Our jackets are fake leather' },
  nl: { name: 'Kees', handle: '@klant.kees', order: '4411', product: 'jas', place: 'Utrecht', issue: 'de late levering',
    answer: 'We versturen binnen 2 werkdagen naar België.', timeframe: '2 uur', brand: 'Acme', agent: 'Sam',
    source: 'https://acme.example/materials', claim: 'Onze jassen zijn van nepleer' },
};

describe('the default guide', () => {
  const parsed = parseGuide(guide);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const { templates, codeOfConduct } = parsed.guide;
  const variants = templates.flatMap((t) => t.variants.map((text) => ({ id: t.id, situation: t.situation, language: t.language, text })));

  it('is a valid guide file with at least three variants per situation and language', () => {
    for (const situation of SITUATIONS) {
      for (const language of TEMPLATE_LANGUAGES) {
        const own = variants.filter((v) => v.situation === situation && v.language === language).map((v) => v.text);
        expect(own.length, `${situation}/${language}`).toBeGreaterThanOrEqual(3);
        expect(new Set(own).size).toBe(own.length);
      }
    }
  });

  it('ships a code of conduct in English and Dutch', () => {
    expect(codeOfConduct?.en).toMatch(/^Our house rules/);
    expect(codeOfConduct?.nl).toMatch(/^Onze huisregels/);
  });

  it('ships no sources and no web address of its own: every link in a reply is one the team added', () => {
    expect(parsed.guide.sources).toEqual([]);
    expect(JSON.stringify(guide)).not.toMatch(/https?:|www\.|\.(com|org|nl|example)\b/);
  });

  it('never asks for what the comment tells: no {issue} to retype, Answer needs no source, Fact-check always cites one', () => {
    for (const v of variants) {
      expect(v.text, v.id).not.toContain('{issue}');
      if (v.situation === 'answer') expect(v.text, v.id).toMatch(/\{answer\}/);
      if (v.situation === 'answer') expect(v.text, v.id).not.toMatch(/\{source\}/);
      if (v.situation === 'fact-check') expect(v.text, v.id).toMatch(/\{claim\}.*\{source\}/);
    }
  });

  // The whole starter guide through the same check the panel shows, with the same scorer tone the panel asks the
  // worker for: as written (variables not counted) and as filled in. No letter may show a tip.
  it.each(TEMPLATE_LANGUAGES)('every %s variant passes its own BIFF check, as written and filled in', (language) => {
    const own = variants.filter((v) => v.language === language);
    const filled = own.map((v) => render(v.text, FILLED[language]));
    const tones = assessBatch(filled.map((f, i) => ({ id: String(i), text: f.text })));
    own.forEach((v, i) => {
      expect(filled[i]!.missing, v.text).toEqual([]);
      for (const [text, tone] of [[v.text, undefined], [filled[i]!.text, tones[i]!.tone]] as const) {
        const biff = biffCheck(text, language, tone);
        const codes = [...biff.brief.codes, ...biff.informative.codes, ...biff.friendly.codes, ...biff.firm.codes];
        expect({ text, codes }).toEqual({ text, codes: [] });
        expect(biff.overall).toBe(1);
      }
    });
  });

  it('writes each draft in one language: the scorer reads every filled variant as the template\'s language', () => {
    const filled = variants.map((v) => render(v.text, FILLED[v.language]).text);
    const read = assessBatch(filled.map((text, i) => ({ id: String(i), text })));
    variants.forEach((v, i) => expect({ text: filled[i], language: read[i]!.language }).toEqual({ text: filled[i], language: v.language }));
  });

  it('its tips never show a raw variable', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      for (const tip of Object.values(TIPS[language])) expect(gapsIn(tip), tip).toEqual([]);
    }
  });
});
