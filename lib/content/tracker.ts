import type { Comment } from '../sites/site-adapter';
import type { Assessment } from '../scoring/assessment';

export interface Tracked {
  comment: Comment;
  /**
   * The element last seen showing the comment; virtual lists replace it, so it is updated on every sighting.
   * Held weakly: a node the page has thrown away must not be kept alive by Tactful.
   */
  el: WeakRef<Element>;
  assessment?: Assessment;
}

/**
 * Known comments keyed by the platform's stable id, never by DOM node: X and Facebook recycle and re-create
 * nodes as lists virtualise, so a node is only "where the comment is shown now".
 */
export class CommentTracker {
  private byId = new Map<string, Tracked>();
  private byEl = new WeakMap<Element, string>();

  /** Records a sighting. Returns true when the comment is new or its content changed (needs scoring). */
  see(comment: Comment, el: Element): boolean {
    const known = this.byId.get(comment.id);
    this.byEl.set(el, comment.id);
    if (known && known.comment.text === comment.text && known.comment.truncated === comment.truncated) {
      if (known.el.deref() !== el) known.el = new WeakRef(el);
      return false;
    }
    this.byId.set(comment.id, { comment, el: new WeakRef(el), assessment: undefined });
    return true;
  }

  assess(id: string, assessment: Assessment): Tracked | undefined {
    const t = this.byId.get(id);
    if (t) t.assessment = assessment;
    return t;
  }

  get(id: string): Tracked | undefined {
    return this.byId.get(id);
  }

  idOf(el: Element): string | undefined {
    return this.byEl.get(el);
  }

  /** The element for a comment, if it is still in the page and still shows that comment (cells are reused). */
  element(id: string): Element | undefined {
    const el = this.byId.get(id)?.el.deref();
    return el?.isConnected && this.byEl.get(el) === id ? el : undefined;
  }

  all(): IterableIterator<Tracked> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }

  clear(): void {
    this.byId.clear();
    this.byEl = new WeakMap();
  }
}
