/** Site-agnostic helpers for reading text out of platform markup. */
import { isInjected } from './injected';

const BLOCK = new Set(['DIV', 'P', 'BR', 'LI']);
const TEXT = 3;
const ELEMENT = 1;
const never = (): boolean => false;

/**
 * One walk's pieces, kept at module level: readableText runs for every comment and name of a scan, and two closures
 * plus a fresh array per call were the largest allocation of a first scan (bench:dom). Walks never nest (`skip` is
 * a plain test), so one buffer serves them all.
 */
const pieces: string[] = [];
/** The last character put: asking a growing string whether it ends with '\n' flattens it each time. */
let last = '';

function put(s: string): void {
  if (!s) return;
  pieces.push(s);
  last = s[s.length - 1]!;
}

function walk(node: Node, skip: (el: Element) => boolean): void {
  if (node.nodeType === TEXT) return put(node.nodeValue ?? '');
  if (node.nodeType !== ELEMENT) return;
  const el = node as Element;
  // svg <title>s are icon names ("Verified"), not what the person wrote.
  if (el.localName === 'svg' || isInjected(el) || skip(el)) return;
  if (el.localName === 'img') return put(el.getAttribute('alt') ?? '');
  if (el.localName === 'br') return put('\n');
  if (BLOCK.has(el.tagName) && pieces.length > 0 && last !== '\n') put('\n');
  for (let c = el.firstChild; c; c = c.nextSibling) walk(c, skip);
}

/** Spaces, line breaks and blank lines as a reader sees them. */
const tidy = (s: string): string => s.replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();

/**
 * Visible text of an element as a person reads it: emoji images become their `alt`, line breaks and block
 * boundaries become newlines, and Tactful's own injected hosts are skipped.
 */
export function readableText(root: Node, skip: (el: Element) => boolean = never): string {
  // Most names and short comments are one text node: no walk needed.
  const only = root.firstChild;
  if (only && !only.nextSibling && only.nodeType === TEXT && root.nodeType === ELEMENT && (root as Element).localName !== 'svg'
    && !isInjected(root as Element)
    && !skip(root as Element)) return tidy(only.nodeValue ?? '');
  pieces.length = 0;
  last = '';
  walk(root, skip);
  const text = pieces.join('');
  pieces.length = 0;
  return tidy(text);
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
