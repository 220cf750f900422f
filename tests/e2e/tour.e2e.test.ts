/**
 * The tour behind the demo and the README's screenshots, run as a test: on the dressed sample pages, the veiled
 * page, the queue, a draft filled from the comment and the manager's fields, and that draft in the platform's reply box
 * (each step checks what it shows), in English/light on X and Dutch/dark on Facebook. Its pictures go to the ignored artifacts folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from './harness';
import { tour, type Shot } from './tour';

const SHOTS: Shot[] = ['veiled', 'queue', 'draft', 'reply', 'guide', 'facebook-page', 'instagram-page'];

describe.each([
  { locale: 'en-US', colorScheme: 'light', thread: 'x' },
  { locale: 'nl', colorScheme: 'dark', thread: 'facebook' },
] as const)('the tour in $locale, $colorScheme, on the $thread thread', ({ locale, colorScheme, thread }) => {
  it('shows the veiled page, the queue, a filled draft and that draft in the reply box, with no network request', async () => {
    const out = join(SCREENSHOTS, 'tour');
    const { files, external } = await tour({ out, locale, colorScheme, thread, shots: SHOTS, file: (s) => `${s}-${locale}-${colorScheme}.png` });
    // On the Facebook thread its page is the reply shot; the other two are shown as they are.
    const expected = SHOTS.filter((s) => s !== `${thread}-page`);
    expect(files.map((f) => f.slice(out.length + 1))).toEqual(expected.map((s) => `${s}-${locale}-${colorScheme}.png`));
    for (const f of files) expect(existsSync(f)).toBe(true);
    expect(external).toEqual([]);
  });
});
