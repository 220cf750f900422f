/**
 * The context tour behind the README's walk-through, run as a test in Dutch on a dark panel (the English UI is
 * checked step by step in context.e2e.test.ts and thread.e2e.test.ts): Kees's answered complaint and his follow-up, a
 * repeat offender muted because of the pattern, and a wave of seven accounts as one card. Its pictures go to the ignored artifacts folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SCREENSHOTS } from './harness';
import { contextTour, type ContextShot } from './context-tour';

const SHOTS: ContextShot[] = ['answered-thread', 'repeat-offender', 'people', 'wave'];

it('shows the answered thread, the repeat offender and the wave in Dutch, with no network request', async () => {
  const out = join(SCREENSHOTS, 'tour');
  const { files, external } = await contextTour({ out, locale: 'nl', colorScheme: 'dark', shots: SHOTS, file: (s) => `context-${s}-nl-dark.png` });
  expect(files.map((f) => f.slice(out.length + 1))).toEqual(SHOTS.map((s) => `context-${s}-nl-dark.png`));
  for (const f of files) expect(existsSync(f)).toBe(true);
  expect(external).toEqual([]);
});
