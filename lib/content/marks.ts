/**
 * What Tactful shows on each comment: one host beside the author's name holding the badge and, while the shield
 * covers the comment, the veil. State lives here, keyed by the platform's comment id and by node identity, never in
 * the page's DOM: a page that clones a badged cell copies an empty host (removed on sight), not a verdict.
 */
import type { Assessment } from '../scoring/assessment';
import { createHost, removeCopies, removeHosts, type Host } from './hosts';
import { BADGE_STYLE, renderBadge, type BadgeLabels } from './badge';
import { hideVeil, placeVeil, showVeil, VEIL_STYLE, type VeilLabels } from './veil';

interface Mark { id: string; host: Host; targets: Element[]; watched: Element[] }

const badgeOf = (mark: Mark): HTMLElement => mark.host.root.querySelector<HTMLElement>('.badge')!;

export class Marks {
  private byAnchor = new WeakMap<Element, Mark>();
  private byWatched = new WeakMap<Element, Mark>();
  private revealed = new Set<string>();
  // Veils follow their comment's layout (images loading, "See more", a resized window) without polling.
  private resize = new ResizeObserver((entries) => {
    for (const e of entries) {
      const mark = this.byWatched.get(e.target);
      if (mark) placeVeil(mark.host.root, mark.host.el, mark.targets);
    }
  });

  constructor(private readonly doc: Document, private readonly labels: BadgeLabels) {}

  /** Badges (and veils, with `veil`) one comment. Idempotent: a re-rendered anchor gets a fresh host. */
  render(id: string, el: Element, anchor: Element, targets: Element[], assessment: Assessment, veil?: VeilLabels): void {
    let mark = this.byAnchor.get(anchor);
    if (!mark || mark.id !== id || !mark.host.el.isConnected) {
      if (mark) this.unwatch(mark);
      removeCopies(anchor);
      mark?.host.el.remove();
      mark = { id, host: createHost(this.doc, BADGE_STYLE + VEIL_STYLE), targets, watched: [] };
      this.byAnchor.set(anchor, mark);
      anchor.append(mark.host.el);
    }
    mark.targets = targets;
    renderBadge(mark.host.root, assessment, this.labels);
    this.unwatch(mark);
    if (!veil || this.revealed.has(id)) return this.unveil(mark);
    const shown = mark;
    showVeil(mark.host.root, mark.host.el, targets, veil, () => this.reveal(shown));
    // Where the badge sits in the text (X), the veil's summary stands in for it; beside the name it stays.
    badgeOf(mark).hidden = targets.some((t) => t.contains(anchor));
    mark.watched = [el, ...targets];
    for (const t of mark.watched) {
      this.byWatched.set(t, mark);
      this.resize.observe(t);
    }
  }

  private unwatch(mark: Mark): void {
    for (const t of mark.watched) this.resize.unobserve(t);
    mark.watched = [];
  }

  private reveal(mark: Mark): void {
    this.revealed.add(mark.id);
    this.unwatch(mark);
    this.unveil(mark);
  }

  private unveil(mark: Mark): void {
    hideVeil(mark.host.root);
    badgeOf(mark).hidden = false;
  }

  /** The comment's words changed: a "Show" given for the old text does not carry over to the new. */
  changed(id: string): void {
    this.revealed.delete(id);
  }

  clear(): void {
    this.resize.disconnect();
    removeHosts(this.doc);
    this.byAnchor = new WeakMap();
    this.byWatched = new WeakMap();
    this.revealed.clear();
  }
}
