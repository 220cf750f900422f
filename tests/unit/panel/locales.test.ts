import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';
import nl from '@/public/_locales/nl/messages.json';
import { reasonLabel } from '@/lib/i18n';
import { assessBatch } from '@/lib/scoring/score';

type Messages = Record<string, { message: string }>;
const placeholders = (m: string) => (m.match(/\$\d/g) ?? []).sort();

describe('UI strings', () => {
  it('exist in English and Dutch with the same keys and placeholders', () => {
    const e = en as Messages;
    const n = nl as Messages;
    expect(Object.keys(n).sort()).toEqual(Object.keys(e).sort());
    for (const key of Object.keys(e)) {
      expect(placeholders(n[key]!.message), key).toEqual(placeholders(e[key]!.message));
      expect(n[key]!.message.trim(), key).not.toBe('');
    }
  });
});

describe('the Dutch interface', () => {
  const e = en as Messages;
  const n = nl as Messages;
  /** Words that are the same in both languages. */
  const SAME = new Set(['extName', 'variable_product', 'reason_link']); // "link" is Dutch too

  it('translates every string', () => {
    for (const key of Object.keys(e)) if (!SAME.has(key)) expect(n[key]!.message, key).not.toBe(e[key]!.message);
  });

  it('has no English sentence left in it, and no Dutch one in the English (as the scorer\'s language reader sees them)', () => {
    const long = (m: Messages) => Object.keys(m).filter((k) => m[k]!.message.split(/\s+/).length >= 4);
    const read = (m: Messages, keys: string[]) => assessBatch(keys.map((k) => ({ id: k, text: m[k]!.message }))).map((a) => a.language);
    const nlKeys = long(n);
    read(n, nlKeys).forEach((language, i) => expect({ key: nlKeys[i], language }).not.toEqual({ key: nlKeys[i], language: 'en' }));
    const enKeys = long(e);
    read(e, enKeys).forEach((language, i) => expect({ key: enKeys[i], language }).not.toEqual({ key: enKeys[i], language: 'nl' }));
  });

  it('never shows template syntax to the person reading it', () => {
    for (const m of [e, n]) for (const [key, { message }] of Object.entries(m)) expect(message, key).not.toMatch(/\{\w+\}|\[\w+\?\]/);
  });
});

describe('reason wording', () => {
  it('reads a reason code the strings do not know yet as words, never as a raw key', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (en as Messages)[key]?.message ?? '');
    expect(reasonLabel({ code: 'insult', evidence: 'clown' })).toBe("insult: 'clown'");
    expect(reasonLabel({ code: 'tone-shift', evidence: 'Great… not' })).toBe("tone shift: 'Great… not'");
    expect(reasonLabel({ code: 'new_rule' })).toBe('new rule');
  });

  it('has a translated label for every reason code the scorer emits', async () => {
    const { REASON_CODES } = await import('@/lib/scoring/reasons');
    for (const code of REASON_CODES) {
      const key = `reason_${code.replace(/-/g, '_')}`;
      expect((en as Messages)[key]?.message, key).toBeTruthy();
      expect((nl as Messages)[key]?.message, key).toBeTruthy();
    }
  });
});
