/**
 * Delivers a page's comments to the background, one batch at a time and in order. A comment counts as delivered
 * only when the worker has answered for it: a batch that fails (worker unreachable or failing) goes back to the
 * front of the queue and is retried with backoff, and a `reset` is never lost with it.
 */
import { LIMITS } from '../limits';
import type { Reply, RequestOf, ResponseOf } from '../messaging/protocol';
import type { AdapterHealth, Comment } from '../sites/site-adapter';

export type Answer = ResponseOf<'page/comments'>;

export interface DeliveryDeps {
  send(request: RequestOf<'page/comments'>): Promise<Reply<Answer>>;
  health(): AdapterHealth;
  /** Runs `fn` after `ms` (the content script's `ctx.setTimeout`, so nothing outlives the script). */
  later(fn: () => void, ms: number): void;
  /** The worker answered for these comments (badge them). */
  answered(comments: Comment[], answer: Answer): void;
  /** The worker no longer knows the page's earlier comments: offer every tracked comment again. */
  resync(): void;
}

/** Errors worth retrying: the worker was stopped, restarting, or failed inside (e.g. storage). */
const RETRY = new Set(['unreachable', 'internal']);
export const FIRST_RETRY_MS = 500;
export const MAX_RETRY_MS = 30_000;

export class Delivery {
  /** Comments not yet answered for, in the order they were found (a newer version replaces an older one). */
  private pending = new Map<string, Comment>();
  private resetNext = true;
  /** Bumped by `reset()`: answers for batches of an earlier page are dropped. */
  private generation = 0;
  private sending = false;
  private retryMs = 0;
  private retryScheduled = false;

  constructor(private readonly deps: DeliveryDeps) {}

  /** New or changed comments to deliver. */
  offer(comments: Iterable<Comment>): void {
    for (const c of comments) {
      this.pending.delete(c.id);
      this.pending.set(c.id, c);
    }
  }

  /** A new page (first scan, SPA navigation): the next batch starts the tab afresh. */
  reset(): void {
    this.pending.clear();
    this.resetNext = true;
    this.generation++;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Sends what is pending, batch after batch; a call while a batch is in flight or a retry is due waits for it. */
  async flush(): Promise<void> {
    if (this.sending || this.retryScheduled) return;
    this.sending = true;
    try {
      while (this.pending.size || this.resetNext) {
        const generation = this.generation;
        const reset = this.resetNext;
        const batch = this.take();
        this.resetNext = false;
        const reply = await this.deps.send({ reset, comments: batch, health: this.deps.health() });
        if (generation !== this.generation) continue; // navigated meanwhile: this page's comments are gone
        if (!reply.ok) {
          if (!RETRY.has(reply.error.code)) {
            // Refused as malformed: the same bytes cannot pass, so they are not resent; a reset waits for the next scan.
            if (!reset) continue;
            this.resetNext = true;
            return;
          }
          this.resetNext ||= reset;
          this.putBack(batch);
          this.scheduleRetry();
          return;
        }
        this.retryMs = 0;
        // A comment that changed while its batch was in flight is pending again; its fresh answer will come.
        const fresh = batch.map((c) => !this.pending.has(c.id));
        this.deps.answered(batch.filter((_, i) => fresh[i]), { ...reply.data, assessments: reply.data.assessments.filter((_, i) => fresh[i]) });
        if (reply.data.resync) this.deps.resync();
      }
    } finally {
      this.sending = false;
    }
  }

  /** The next batch: in order, at most LIMITS.batchComments comments and LIMITS.batchChars of text. */
  private take(): Comment[] {
    const batch: Comment[] = [];
    let chars = 0;
    for (const [id, c] of this.pending) {
      if (batch.length === LIMITS.batchComments || (batch.length && chars + c.text.length > LIMITS.batchChars)) break;
      batch.push(c);
      chars += c.text.length;
      this.pending.delete(id);
    }
    return batch;
  }

  private putBack(batch: Comment[]): void {
    const again = batch.filter((c) => !this.pending.has(c.id)).map((c) => [c.id, c] as const);
    this.pending = new Map([...again, ...this.pending]);
  }

  private scheduleRetry(): void {
    this.retryMs = Math.min(MAX_RETRY_MS, Math.max(FIRST_RETRY_MS, this.retryMs * 2));
    this.retryScheduled = true;
    this.deps.later(() => {
      this.retryScheduled = false;
      void this.flush();
    }, this.retryMs);
  }
}
