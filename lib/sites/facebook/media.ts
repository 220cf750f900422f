/**
 * What a Facebook comment shows besides its words: GIFs, stickers, photos, videos. Told from structure and image
 * sources, never from (localised) alt text: a GIF is an image proxied from GIPHY/Tenor, a sticker comes from the
 * sticker CDN path or is a sprite, a photo is any other picture; a link preview's thumbnail is not the comment's media.
 */
import type { MediaKind } from '../site-adapter';
import { FB } from './selectors';
import { isOwnLink, isProfileHref } from './links';
import { ownOf } from './structure';

/** Icons, emoji, reaction and badge glyphs are drawn at 12–24 px and say nothing about the comment's content. */
function isGlyph(el: Element): boolean {
  if (el.getAttribute('role') === 'presentation') return true;
  const src = el.getAttribute('src') ?? '';
  if (src.includes('/emoji.php/') || src.includes('/rsrc.php/')) return true;
  const w = Number(el.getAttribute('width') ?? Infinity);
  const h = Number(el.getAttribute('height') ?? Infinity);
  return w <= 24 || h <= 24;
}

/** The link around `el` inside its article, if any (bounded: an unbounded closest() walks to the document root). */
function linkAround(el: Element): Element | null {
  for (let up = el.parentElement; up && up.getAttribute('role') !== 'article'; up = up.parentElement) if (up.localName === 'a' && up.hasAttribute('href')) return up;
  return null;
}

/** The kind of one picture or video, or null when it is not the comment's own media (a link preview's thumbnail). */
function kindOf(el: Element): MediaKind | null {
  if (el.localName === 'video') return el.hasAttribute('loop') && !el.hasAttribute('controls') ? 'gif' : 'video';
  // Read as served: the proxied original stays URL-encoded, and a domain or ".gif%3F" reads the same encoded.
  const src = el.getAttribute('src') ?? el.getAttribute('style') ?? '';
  if (FB.gifSrc.test(src)) return 'gif';
  if (FB.stickerSrc.test(src) || el.localName !== 'img') return 'sticker';
  // Pictures from other sites are proxied (external…fbcdn.net/emg1/…?url=): a link preview's thumbnail, as is any
  // picture inside an outbound link. Photos people attach are served from Facebook's own CDN.
  if (FB.proxiedSrc.test(src)) return null;
  const link = linkAround(el);
  return link && !isOwnLink(link.getAttribute('href')) ? null : 'photo';
}

/** The comment's media elements (outside avatars, the action row and the text's own emoji), in document order. */
export function mediaOf(article: Element, row: Element | null): Element[] {
  return ownOf(article).media.filter((el) => {
    if (!(el instanceof HTMLElement) || isGlyph(el) || (row && row.contains(el))) return false; // svg icons and avatars
    // A sprite sticker is a role=img box with a background image; other role=img boxes are icons.
    if (el.localName !== 'img' && el.localName !== 'video' && !/background-image/.test(el.getAttribute('style') ?? '')) return false;
    const link = linkAround(el);
    return !link || !isProfileHref(link.getAttribute('href')); // the avatar links to the profile
  });
}

/** Kinds of the comment's media, each once, in order of appearance. */
export function mediaKinds(media: Element[]): MediaKind[] {
  const kinds: MediaKind[] = [];
  for (const el of media) {
    const kind = kindOf(el);
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}
