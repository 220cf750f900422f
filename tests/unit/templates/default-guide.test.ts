import { describe, expect, it } from 'vitest';
import guide from '@/assets/guide/default-guide.json';
import { parseGuide } from '@/lib/store/guide-file';
import { biffCheck } from '@/lib/templates/biff';
import { render } from '@/lib/templates/render';
import { SITUATIONS, TEMPLATE_LANGUAGES } from '@/lib/templates/situations';

describe('the default guide', () => {
  const parsed = parseGuide(guide);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const { templates, codeOfConduct } = parsed.guide;

  it('is a valid guide file with at least three variants per situation and language', () => {
    for (const situation of SITUATIONS) {
      for (const language of TEMPLATE_LANGUAGES) {
        const variants = templates.filter((t) => t.situation === situation && t.language === language).flatMap((t) => t.variants);
        expect(variants.length, `${situation}/${language}`).toBeGreaterThanOrEqual(3);
        expect(new Set(variants).size).toBe(variants.length);
      }
    }
  });

  it('ships a code of conduct in English and Dutch', () => {
    expect(codeOfConduct?.en).toMatch(/^Our house rules/);
    expect(codeOfConduct?.nl).toMatch(/^Onze huisregels/);
  });

  it('every variant, fully filled, passes its own BIFF check (friendly and firm, no braces left)', () => {
    const values = { name: 'Jane', handle: '@jane', issue: 'the late parcel', brand: 'Acme', source: 'https://example.org/facts', timeframe: '2 hours', agent: 'Sam' };
    for (const t of templates) {
      for (const v of t.variants) {
        const r = render(v, values);
        expect(r.missing).toEqual([]);
        const biff = biffCheck(r.text, t.language);
        expect({ text: r.text, friendly: biff.friendly.codes, firm: biff.firm.codes, brief: biff.brief.codes })
          .toEqual({ text: r.text, friendly: [], firm: [], brief: [] });
      }
    }
  });
});
