/** Tactful's own de-obfuscation stays ahead of the obscenity library on the side-by-side cases (README). */
import { describe, expect, it } from 'vitest';
import { obfuscationSideBySide } from '../../../scripts/data/obfuscation';

describe('obfuscated abuse, side by side with obscenity', () => {
  it('catches more and flags fewer innocent look-alikes', () => {
    const r = obfuscationSideBySide();
    expect(r.tactful.caught).toBeGreaterThan(r.obscenity.caught);
    expect(r.tactful.falseAlarms).toBeLessThanOrEqual(r.obscenity.falseAlarms);
    expect(r.flaggedByTactful).toEqual([]);
  });
});
