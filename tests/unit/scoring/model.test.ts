import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS, decodeBase64, loadModel, type ModelFile } from '@/lib/scoring/model';
import { DENSE_SIZE } from '@/lib/scoring/features';
import { REASON_CODES, describeReason } from '@/lib/scoring/reasons';
import { assess } from '@/lib/scoring/score';

const dir = join(__dirname, '..', '..', '..', 'assets', 'model');
const file = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as ModelFile;

describe('the shipped model', () => {
  it('fits the 3 MB budget for all model assets together (heads and action model)', () => {
    const total = readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
    expect(total).toBeLessThanOrEqual(3 * 1024 * 1024);
  });
  it('has the columns and sizes this scorer reads', () => {
    const m = loadModel(file);
    expect(m.w.length).toBe((1 << file.bits) * COLUMNS.length);
    expect(m.dense.length).toBe(COLUMNS.length * DENSE_SIZE);
    expect(m.lexicon.nl.get('goed')).toBeGreaterThan(0);
    expect(m.lexicon.en.get('terrible')).toBeLessThan(0);
    // VADER's words beside Pattern's adjectives (English), inflected adjectives (Dutch).
    expect(m.lexicon.en.get('hate')).toBeLessThan(0);
    expect(m.lexicon.nl.get('slechte')).toBe(m.lexicon.nl.get('slecht'));
    // Quantised weights use the int8 range, not a handful of values.
    expect(new Set(m.w.subarray(0, 100_000)).size).toBeGreaterThan(50);
  });
  it('refuses a model file from another scorer version', () => {
    expect(() => loadModel({ ...file, columns: ['a', 'b'] })).toThrow(/npm run train/);
    expect(() => loadModel({ ...file, weights: 'AAAA' })).toThrow(/wrong size/);
    // The lexicon format before version 2 (an object per language).
    expect(() => loadModel({ ...file, lexicon: { en: { good: 0.7 }, nl: {} } } as unknown as ModelFile)).toThrow(/npm run train/);
  });
});

describe('Dutch tone through the lexicon', () => {
  it.each([
    ['Wat een slechte service, nooit meer!', 'negative'],
    ['Super bedankt voor de snelle hulp', 'positive'],
  ] as const)('%s reads %s', (text, tone) => {
    const t = assess({ id: '1', text }).tone;
    expect(Object.entries(t).sort((a, b) => b[1] - a[1])[0]![0]).toBe(tone);
  });
});

describe('base64 decoding without atob or Buffer', () => {
  it.each([[[]], [[1]], [[1, 2]], [[1, 2, 3]], [[255, 0, 128, 127, 7]]])('round-trips %j', (bytes) => {
    const encoded = Buffer.from(Uint8Array.from(bytes)).toString('base64');
    expect(Array.from(decodeBase64(encoded))).toEqual(Array.from(Int8Array.from(bytes.map((b) => (b << 24) >> 24))));
  });
  it('round-trips every byte value at every offset', () => {
    const bytes = Uint8Array.from({ length: 1027 }, (_, i) => (i * 37 + (i >> 3)) & 255);
    for (const n of [1021, 1022, 1023, 1024]) {
      expect(Array.from(decodeBase64(Buffer.from(bytes.subarray(0, n)).toString('base64')))).toEqual(Array.from(new Int8Array(bytes.buffer, 0, n)));
    }
  });
  it.each(['QUJD!', 'QU JD', 'QUJDé', 'Q', 'QUJDR'])('refuses %j: damaged weights are an error', (text) => {
    expect(() => decodeBase64(text)).toThrow(/not valid base64/u);
  });
});

describe('reasons', () => {
  it('every code has wording and evidence is quoted', () => {
    for (const code of REASON_CODES) expect(describeReason({ code })).not.toBe(code.includes('-') ? code : '');
    expect(describeReason({ code: 'insult', evidence: 'clown' })).toBe("insult: 'clown'");
  });
});
