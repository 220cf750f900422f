/**
 * Dresses a fixture page to look like its platform for the demo and the README's screenshots: the platform's
 * colours and type (`tests/fixtures/<platform>/skin.css`, light and dark), and pictures where the fixture has
 * empty `data:,` images and grey circles (the real ones come from the platforms' CDNs, which are never fetched).
 * Only presentation changes: markup, text and structure stay exactly what the adapters read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, type Pages } from './harness';
import type { Sample } from './samples';

const PALETTE = ['#1d9bf0', '#f91880', '#00ba7c', '#ff7a00', '#7856ff', '#e0245e', '#17a2b8', '#8e5cd9'];

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.codePointAt(0)!) >>> 0;
  return h;
}

const svg = (body: string, size: number): string =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 40 40">${body}</svg>`)}`;

const colour = (handle: string): string => PALETTE[hash(handle) % PALETTE.length]!;

/** A round avatar with the person's initial, coloured from their handle, as the platforms show for new accounts. */
function avatar(handle: string, size: number): string {
  return svg(`<circle cx="20" cy="20" r="20" fill="${colour(handle)}"/>`
    + `<text x="20" y="21" font-family="system-ui,sans-serif" font-size="19" font-weight="600" fill="#fff" text-anchor="middle" dominant-baseline="middle">${(handle.match(/\p{L}/u)?.[0] ?? '?').toUpperCase()}</text>`, size);
}

/** An emoji drawn as the picture the platform would load (X and Facebook show emoji as images). */
const emoji = (e: string, size: number): string =>
  svg(`<text x="20" y="22" font-size="32" text-anchor="middle" dominant-baseline="middle">${e}</text>`, size);

/** The profile the markup just before `at` links to: whose picture this is. */
function handleBefore(html: string, at: number): string {
  const links = [...html.slice(Math.max(0, at - 400), at).matchAll(/href="(?:https:\/\/www\.facebook\.com)?\/([\w.-]+)/g)];
  return links.at(-1)?.[1] ?? 'someone';
}

/** An empty image (emoji or avatar) or a grey avatar circle (Facebook's fixture) in the fixture's markup. */
const BLANK = /<img alt="([^"]*)" src="data:,"([^>]*)>|<circle cx="(\d+)" cy="\3" r="\3" fill="#(?:ccc|ddd)"><\/circle>/g;

export function dress(html: string, platform: Sample['platform']): string {
  const skin = readFileSync(join(FIXTURES, platform, 'skin.css'), 'utf8');
  const pictured = html.replace(BLANK, (_tag, alt: string | undefined, rest: string | undefined, r: string | undefined, at: number) => {
    // Drawn as an <image> inside the same <svg>: no text is added, so the adapters read exactly what they did.
    if (r !== undefined) return `<image href="${avatar(handleBefore(html, at), 2 * Number(r))}" width="${2 * Number(r)}" height="${2 * Number(r)}"></image>`;
    const size = Number(/width="(\d+)"/.exec(rest!)?.[1] ?? 20);
    const picture = alt && !/\p{L}/u.test(alt) ? emoji(alt, size) : avatar(/^(\S+)'s profile picture$/.exec(alt!)?.[1] ?? handleBefore(html, at), size);
    return `<img alt="${alt}" src="${picture}"${rest}>`;
  });
  return pictured.replace('</head>', `<style>${skin}</style></head>`);
}

/** The samples as dressed pages for the harness. */
export const dressedPages = (samples: readonly Sample[]): Pages =>
  Object.fromEntries(samples.map((s) => [s.url, { html: dress(readFileSync(join(FIXTURES, s.fixture), 'utf8'), s.platform) }]));
