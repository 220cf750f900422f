/**
 * The small per-comment badge. It lives in its own shadow root (page CSS cannot restyle it) on a host that is
 * absolutely positioned at its static position, so it takes no space and never reflows the page's elements.
 * All text goes in through textContent: page text never reaches an HTML parser.
 */
import type { Assessment } from '../scoring/assessment';
import { buildVeil, hostStyle, setVeil, VEIL_STYLE, type VeilLabels } from './veil';

export const BADGE_TAG = 'tactful-badge';

const STYLE = `
:host { all: initial; }
.badge { display: inline-flex; align-items: center; gap: 4px; font: 600 11px/16px system-ui, sans-serif;
  padding: 0 6px; border-radius: 8px; color: #fff; background: var(--c); white-space: nowrap; cursor: default;
  box-shadow: 0 0 0 1px rgba(0,0,0,.08); }
.dot { width: 6px; height: 6px; border-radius: 50%; background: rgba(255,255,255,.85); }
${VEIL_STYLE}`;

const COLORS: Record<Assessment['action'], string> = {
  thank: '#2e7d32', answer: '#1565c0', apologise: '#ef6c00', 'fact-check': '#6a1b9a',
  ignore: '#616161', mute: '#5d4037', report: '#c62828',
};

export interface BadgeLabels {
  action: (a: Assessment['action']) => string;
  reason: (r: Assessment['reasons'][number]) => string;
}

/**
 * Creates or updates the badge of one comment under `anchor`. Idempotent: re-renders reuse the host. With
 * `veil`, the well-being shield covers the text until the user presses "Show".
 */
export function renderBadge(anchor: Element, commentId: string, assessment: Assessment, labels: BadgeLabels, veil?: VeilLabels): Element {
  let host = [...anchor.children].find((c) => c.localName === BADGE_TAG && c.getAttribute('data-comment') === commentId);
  if (!host) {
    host = anchor.ownerDocument.createElement(BADGE_TAG);
    host.setAttribute('data-comment', commentId);
    host.setAttribute('style', hostStyle(false));
    const root = host.attachShadow({ mode: 'open' });
    const style = anchor.ownerDocument.createElement('style');
    style.textContent = STYLE;
    const badge = anchor.ownerDocument.createElement('span');
    badge.className = 'badge';
    badge.setAttribute('role', 'status');
    badge.append(anchor.ownerDocument.createElement('span'), anchor.ownerDocument.createElement('span'));
    badge.firstElementChild!.className = 'dot';
    const shown = host;
    root.append(style, badge, buildVeil(anchor.ownerDocument, () => {
      shown.setAttribute('data-revealed', '');
      setVeil(shown as HTMLElement, anchor as HTMLElement, undefined);
    }));
    // The platform's article is clickable (it opens the post); a click on the badge must not navigate.
    host.addEventListener('click', (e) => { e.stopPropagation(); e.preventDefault(); });
    anchor.append(host);
  }
  const badge = host.shadowRoot!.querySelector('.badge') as HTMLElement;
  badge.style.setProperty('--c', COLORS[assessment.action]);
  badge.lastElementChild!.textContent = labels.action(assessment.action);
  badge.title = assessment.reasons.map(labels.reason).join(' · ');
  host.setAttribute('data-action', assessment.action);
  setVeil(host as HTMLElement, anchor as HTMLElement, veil);
  return host;
}

export function removeBadges(doc: Document): void {
  for (const host of doc.querySelectorAll(BADGE_TAG)) host.remove();
}
