/** Site-agnostic helpers for reading text out of platform markup. */
import { isInjected } from './injected';

const BLOCK = new Set(['DIV', 'P', 'BR', 'LI']);

/**
 * Visible text of an element as a person reads it: emoji images become their `alt`, line breaks and block
 * boundaries become newlines, and Tactful's own injected hosts are skipped.
 */
export function readableText(root: Node, skip: (el: Element) => boolean = () => false): string {
  // Parts plus the last character seen: asking a growing string whether it ends with '\n' flattens it each
  // time, which made a long text quadratic.
  const parts: string[] = [];
  let last = '';
  const put = (s: string): void => {
    if (!s) return;
    parts.push(s);
    last = s[s.length - 1]!;
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      put(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    // svg <title>s are icon names ("Verified"), not what the person wrote.
    if (el.localName === 'svg' || isInjected(el) || skip(el)) return;
    if (el.localName === 'img') {
      put(el.getAttribute('alt') ?? '');
      return;
    }
    if (el.localName === 'br') {
      put('\n');
      return;
    }
    if (BLOCK.has(el.tagName) && parts.length > 0 && last !== '\n') put('\n');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return parts.join('').replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
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
