/**
 * The page side of the well-being shield: a veil over a toxic comment's text with a neutral one-line summary
 * and a "Show" button. It is the badge's own host stretched over the text container (a position:relative
 * container with no offsets moves nothing), so the page's layout never changes, and revealing is local.
 */
export interface VeilLabels {
  summary: string;
  reveal: string;
}

export const VEIL_STYLE = `
.veil { display: none; position: absolute; inset: 0; align-items: center; gap: 8px; padding: 0 8px;
  font: 500 13px/1.3 system-ui, sans-serif; color: #1b1b1f; background: rgba(240,240,244,.72);
  -webkit-backdrop-filter: blur(7px); backdrop-filter: blur(7px); border-radius: 6px; }
.veil button { font: inherit; font-weight: 600; border: 1px solid #8a8a96; background: #fff; color: #1b1b1f;
  border-radius: 6px; padding: 1px 8px; cursor: pointer; }
:host([data-veiled]) .veil { display: flex; }
:host([data-veiled]) .badge { display: none; }
`;

const BADGE_HOST = 'all: initial; position: absolute; z-index: 1; margin-left: 6px; pointer-events: auto;';
const VEIL_HOST = 'all: initial; position: absolute; inset: 0; z-index: 1; pointer-events: auto;';

/** Host style: a badge (no insets, takes no room) or, while veiled, a cover over the whole text container. */
export function hostStyle(veiled: boolean): string {
  return veiled ? VEIL_HOST : BADGE_HOST;
}

/** Builds the veil inside a badge's shadow root (hidden until the host is veiled). */
export function buildVeil(doc: Document, onReveal: () => void): HTMLElement {
  const veil = doc.createElement('div');
  veil.className = 'veil';
  veil.append(doc.createElement('span'), doc.createElement('button'));
  const button = veil.lastElementChild as HTMLButtonElement;
  button.type = 'button';
  button.addEventListener('click', onReveal);
  return veil;
}

/** Veils or unveils the text container; the user's "Show" is remembered on the host (`data-revealed`). */
export function setVeil(host: HTMLElement, anchor: HTMLElement, labels: VeilLabels | undefined): void {
  const veiled = !!labels && !host.hasAttribute('data-revealed');
  if (veiled && getComputedStyle(anchor).position === 'static') anchor.style.position = 'relative';
  host.toggleAttribute('data-veiled', veiled);
  host.setAttribute('style', hostStyle(veiled));
  if (!labels) return;
  const veil = host.shadowRoot!.querySelector('.veil')!;
  veil.firstElementChild!.textContent = labels.summary;
  veil.lastElementChild!.textContent = labels.reveal;
}
