import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import nl from '@/public/_locales/nl/messages.json';

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

describe('reason wording', () => {
  it('has a translated label for every reason code the scorer emits', async () => {
    const { REASON_CODES } = await import('@/lib/scoring/reasons');
    for (const code of REASON_CODES) {
      const key = `reason_${code.replace(/-/g, '_')}`;
      expect((en as Messages)[key]?.message, key).toBeTruthy();
      expect((nl as Messages)[key]?.message, key).toBeTruthy();
    }
  });
});
