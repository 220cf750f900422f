/**
 * The page side of the well-being shield: an opaque cover over everything a toxic comment shows (its text with
 * "See more", its media) with a neutral one-line summary and a "Show" button. It sits in the comment's host's
 * closed shadow root, absolutely positioned over the union of the targets' boxes, so the page's layout never changes
 * and no attribute says a comment is covered. Opaque, not blurred: no word can be read through it.
 */
export interface VeilLabels {
  summary: string;
  reveal: string;
}

export const VEIL_STYLE = `
.veil { position: absolute; z-index: 2147483646; box-sizing: border-box; display: flex; align-items: center; gap: 8px;
  padding: 0 8px; overflow: hidden; border-radius: 8px; font: 500 12px/1.25 system-ui, sans-serif; white-space: nowrap;
  background: #e4e6eb; color: #1c1e21; box-shadow: 0 0 0 1px rgba(0,0,0,.12); cursor: default; }
.veil.dark { background: #3a3b3c; color: #e4e6eb; box-shadow: 0 0 0 1px rgba(255,255,255,.16); }
.veil span { overflow: hidden; text-overflow: ellipsis; }
.veil button { font: inherit; font-weight: 600; border: 1px solid #8a8d91; background: #fff; color: #1c1e21;
  border-radius: 6px; padding: 0 8px; cursor: pointer; flex: none; }
.veil.dark button { background: #242526; color: #e4e6eb; }`;

/** Room around the targets, so that rounding never leaves a sliver of a glyph outside the cover. */
const PAD = 3;

/** Light text means a dark page (the platforms' own dark themes do not always follow the system's). */
function onDarkPage(el: Element): boolean {
  const [r = 0, g = 0, b = 0] = (getComputedStyle(el).color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140;
}

/** Covers `targets` with the veil in `root`, measured from the host's own box (the veil's containing block). */
export function showVeil(root: ShadowRoot, host: Element, targets: Element[], labels: VeilLabels, onReveal: () => void): void {
  let veil = root.querySelector<HTMLElement>('.veil');
  if (!veil) {
    const doc = root.ownerDocument;
    veil = doc.createElement('div');
    veil.className = 'veil';
    veil.append(doc.createElement('span'), doc.createElement('button'));
    const button = veil.lastElementChild as HTMLButtonElement;
    button.type = 'button';
    button.addEventListener('click', onReveal);
    root.append(veil);
  }
  veil.firstElementChild!.textContent = labels.summary;
  veil.lastElementChild!.textContent = labels.reveal;
  placeVeil(root, host, targets);
}

/** Moves the veil over its targets again (the comment was re-laid out: an image loaded, the window was resized). */
export function placeVeil(root: ShadowRoot, host: Element, targets: Element[]): void {
  const veil = root.querySelector<HTMLElement>('.veil');
  if (!veil) return;
  const boxes = targets.filter((t) => t.isConnected).map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  veil.style.display = boxes.length ? '' : 'none';
  if (!boxes.length) return;
  const left = Math.min(...boxes.map((r) => r.left));
  const top = Math.min(...boxes.map((r) => r.top));
  const right = Math.max(...boxes.map((r) => r.right));
  const bottom = Math.max(...boxes.map((r) => r.bottom));
  const origin = host.getBoundingClientRect();
  Object.assign(veil.style, {
    left: `${left - origin.left - PAD}px`, top: `${top - origin.top - PAD}px`,
    width: `${right - left + 2 * PAD}px`, height: `${bottom - top + 2 * PAD}px`,
  });
  veil.classList.toggle('dark', onDarkPage(targets[0]!));
}

export function hideVeil(root: ShadowRoot): void {
  root.querySelector('.veil')?.remove();
}
