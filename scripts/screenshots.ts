/**
 * `npm run screenshots`: refreshes the README's images in docs/screenshots/ on purpose (the tests write theirs to
 * the ignored tests/e2e/artifacts/). The same tour as the demo and its browser test, on the sample threads
 * dressed as their platforms; the reply desk at 380 px in English and Dutch, light and dark.
 */
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ROOT } from '../tests/e2e/harness';
import { tour, type Shot, type TourOptions } from '../tests/e2e/tour';
import { contextTour, type ContextShot } from '../tests/e2e/context-tour';

const OUT = join(ROOT, 'docs/screenshots');
const PANEL: Shot[] = ['queue', 'draft', 'guide'];
// English on the X thread (English comments), Dutch on the Facebook one (Dutch comments, Dutch drafts).
const VARIANTS: Array<Pick<TourOptions, 'locale' | 'colorScheme' | 'thread' | 'shots'>> = [
  { locale: 'en-US', colorScheme: 'light', thread: 'x', shots: [...PANEL, 'veiled', 'reply', 'instagram-page'] },
  { locale: 'en-US', colorScheme: 'dark', thread: 'x', shots: ['queue', 'draft'] },
  { locale: 'nl', colorScheme: 'light', thread: 'facebook', shots: ['queue', 'draft', 'reply'] },
  { locale: 'nl', colorScheme: 'dark', thread: 'facebook', shots: ['queue', 'draft'] },
];

await mkdir(OUT, { recursive: true });
for (const v of VARIANTS) {
  const variant = `${v.locale.slice(0, 2)}-${v.colorScheme}`;
  const { files, external } = await tour({
    ...v, out: OUT, file: (shot) => (PANEL.includes(shot) ? `panel-${shot}-${variant}.png` : `${shot === 'reply' || shot === 'veiled' ? `${v.thread}-` : ''}${shot}-${variant}.png`),
  });
  if (external.length) throw new Error(`network requests attempted: ${external.join(', ')}`);
  for (const f of files) console.log(relative(ROOT, f));
}
// Context: the answered thread (the Facebook sample), a repeat offender and a wave (on X threads), English and Dutch.
const CONTEXT: ContextShot[] = ['answered-thread', 'repeat-offender', 'wave', 'people'];
for (const locale of ['en-US', 'nl'] as const) {
  const { files, external } = await contextTour({ out: OUT, locale, colorScheme: 'light', shots: locale === 'nl' ? CONTEXT.slice(0, 3) : CONTEXT,
    file: (shot) => `panel-${shot}-${locale.slice(0, 2)}-light.png` });
  if (external.length) throw new Error(`network requests attempted: ${external.join(', ')}`);
  for (const f of files) console.log(relative(ROOT, f));
}
console.log(JSON.stringify({ out: relative(ROOT, OUT), variants: VARIANTS.length + 2 }));
