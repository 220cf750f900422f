/**
 * Tactful's hosts on the page. A page script sees the DOM, so a host gives it nothing to go on: its element name is
 * random per page load (no selector or stylesheet can be written for it in advance), it has no attribute but one
 * inline style shared by every host, and its UI lives in a closed shadow root. What a host shows, and whether it
 * veils, is known only here. Readers skip hosts by identity (lib/sites/injected.ts).
 */
import { isInjected, markInjected } from '../sites/injected';

export interface Host {
  el: HTMLElement;
  root: ShadowRoot;
}

/** A valid custom-element name: lowercase letters and one hyphen (attachShadow needs one). */
function randomTag(): string {
  const letters = [...crypto.getRandomValues(new Uint8Array(10))].map((b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}

export const HOST_TAG = randomTag();

/**
 * An empty inline box at its place in the text: it takes no room (no font of its own to heighten the line), so the
 * page's layout never moves, and being relatively positioned it carries its absolutely positioned UI along when
 * the page scrolls a container.
 */
const HOST_STYLE = 'all: initial !important; display: inline !important; position: relative !important; font-size: 0 !important; line-height: 0 !important;';

export function createHost(doc: Document, css: string): Host {
  const el = doc.createElement(HOST_TAG);
  el.setAttribute('style', HOST_STYLE);
  const root = el.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  // The platform's article is clickable (it opens the post); a click on Tactful's UI must not navigate.
  el.addEventListener('click', (e) => { e.stopPropagation(); e.preventDefault(); });
  markInjected(el);
  return { el, root };
}

/** Copies of a host that the page made (cloneNode copies the element, never its closed shadow root): dead weight. */
export function removeCopies(anchor: Element): void {
  for (const child of [...anchor.children]) if (child.localName === HOST_TAG && !isInjected(child)) child.remove();
}

/** Every live host in the document (on teardown and navigation). */
export function removeHosts(doc: Document): void {
  for (const el of [...doc.getElementsByTagName(HOST_TAG)]) if (isInjected(el)) el.remove();
}
