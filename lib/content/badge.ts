/**
 * The small per-comment badge: the recommended action, with the reasons (and a second choice, if any) as its
 * tooltip. It lives in a host's closed shadow root, absolutely positioned beside the author's name, so it takes no
 * room and page CSS cannot restyle it. All text goes in through textContent: page text never reaches an HTML parser.
 */
import type { Assessment } from '../scoring/assessment';

export const BADGE_STYLE = `
.badge { position: absolute; inset-inline-start: 6px; bottom: -4px; z-index: 1; display: inline-flex; align-items: center;
  gap: 4px; font: 600 11px/16px system-ui, sans-serif; padding: 0 6px; border-radius: 8px; color: #fff; background: var(--c);
  white-space: nowrap; cursor: default; box-shadow: 0 0 0 1px rgba(0,0,0,.08); }
.badge[hidden] { display: none; }
.dot { width: 6px; height: 6px; border-radius: 50%; background: rgba(255,255,255,.85); }`;

const COLORS: Record<Assessment['action'], string> = {
  thank: '#2e7d32', answer: '#1565c0', apologise: '#ef6c00', 'fact-check': '#6a1b9a',
  ignore: '#616161', mute: '#5d4037', report: '#c62828',
};

export interface BadgeLabels {
  action: (a: Assessment['action']) => string;
  reason: (r: Assessment['reasons'][number]) => string;
  /** "Or perhaps: Apologise.", when the model is torn between two actions. */
  alternative: (a: Assessment['action']) => string;
}

/** Creates or updates the badge inside a host's shadow root. */
export function renderBadge(root: ShadowRoot, assessment: Assessment, labels: BadgeLabels): void {
  let badge = root.querySelector<HTMLElement>('.badge');
  if (!badge) {
    const doc = root.ownerDocument;
    badge = doc.createElement('span');
    badge.className = 'badge';
    badge.setAttribute('role', 'status');
    badge.append(doc.createElement('span'), doc.createElement('span'));
    badge.firstElementChild!.className = 'dot';
    root.append(badge);
  }
  badge.style.setProperty('--c', COLORS[assessment.action]);
  badge.lastElementChild!.textContent = labels.action(assessment.action);
  const alt = assessment.alternative;
  badge.title = assessment.reasons.map(labels.reason).join(' · ') + (alt ? `\n${labels.alternative(alt.action)}` : '');
}
