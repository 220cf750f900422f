/** Site-agnostic helpers for reading text out of platform markup. */
import { isInjected } from './injected';

const BLOCK = new Set(['DIV', 'P', 'BR', 'LI']);
/** Node.TEXT_NODE and Node.ELEMENT_NODE, without a global lookup per node. */
const TEXT = 3;
const ELEMENT = 1;
const never = (): boolean => false;

/**
 * Appends what `node` shows to `pieces`. A plain function, not closures made per call: readableText runs for every
 * comment and name of a scan, and those closures were the largest allocation of a first scan (bench:dom).
 */
function walk(node: Node, skip: (el: Element) => boolean, pieces: string[]): void {
  if (node.nodeType === TEXT) {
    if (node.nodeValue) pieces.push(node.nodeValue);
    return;
  }
  if (node.nodeType !== ELEMENT) return;
  const el = node as Element;
  // svg <title>s are icon names ("Verified"), not what the person wrote.
  if (el.localName === 'svg' || isInjected(el) || skip(el)) return;
  if (el.localName === 'img') {
    const alt = el.getAttribute('alt');
    if (alt) pieces.push(alt);
    return;
  }
  if (el.localName === 'br') {
    pieces.push('\n');
    return;
  }
  // The last piece's last character, not the joined string's: asking a growing string flattens it each time.
  if (BLOCK.has(el.tagName) && pieces.length > 0 && !pieces[pieces.length - 1]!.endsWith('\n')) pieces.push('\n');
  for (let c = el.firstChild; c; c = c.nextSibling) walk(c, skip, pieces);
}

/**
 * Visible text of an element as a person reads it: emoji images become their `alt`, line breaks and block
 * boundaries become newlines, and Tactful's own injected hosts are skipped.
 */
export function readableText(root: Node, skip: (el: Element) => boolean = never): string {
  const pieces: string[] = [];
  walk(root, skip, pieces);
  return pieces.join('').replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Absolute http(s) URL for an href on the page, or '' when there is none. A page controls its hrefs: `javascript:`,
 * `data:` and other schemes never leave here, so no link Tactful shows or stores can run code.
 */
export function absoluteUrl(href: string | null | undefined, base: string): string {
  if (!href) return '';
  // Fast path for the common root-relative href: asked for every comment, and URL parsing dominated scans.
  // An absolute http(s) href of plain printable ASCII is already what URL parsing would give back.
  if (/^https?:\/\/[\w.-]+(?::\d+)?\/[\x21-\x7e]*$/.test(href) && !href.includes('\\')) return href;
  const origin = /^https?:\/\/[^/?#]+/.exec(base)?.[0];
  if (origin && /^\/(?![/\\])[\x21-\x7e]*$/.test(href) && !href.includes('\\')) return origin + href;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}
