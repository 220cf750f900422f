/**
 * The site-agnostic content runtime: observe → read → dedupe → limit → deliver to the background (delivery.ts: in
 * order, retried until answered) → badge and veil.
 * It runs on pages that may be hostile: it takes no orders from page events (lifecycle.ts), keeps every verdict out
 * of the page's DOM (marks.ts), and handles each comment on its own, so one element the page broke or cloned never
 * costs the rest of a burst.
 */
import type { Comment, SiteAdapter } from '../sites/site-adapter';
import type { Assessment } from '../scoring/assessment';
import { isInjected } from '../sites/injected';
import { handle, send } from '../messaging/transport';
import { actionLabel, reasonLabel, t, type MessageKey } from '../i18n';
import { CommentTracker } from './tracker';
import { Marks } from './marks';
import { Delivery } from './delivery';
import { limitComment } from './limit';
import { highlight } from './highlight';
import { lifecycle, watchLocation } from './lifecycle';
import { shielded, shieldKind, type ShieldLevel } from '../panel/shield';

/** The shield's neutral summary for a comment at this level, or undefined when it is not covered. */
function veilFor(assessment: Assessment, level: ShieldLevel) {
  return shielded(assessment, level)
    ? { summary: t(`shield_${shieldKind(assessment)}` as MessageKey), reveal: t('shield_reveal') }
    : undefined;
}

/** Drops roots inside other roots of the same burst: each subtree is scanned once. */
function outermost(roots: Set<Node>): Node[] {
  return [...roots].filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (roots.has(p)) return false;
    return true;
  });
}

/** Runs `fn` for one element; a failure stays with that element (counted, never thrown at the page). */
function isolated(fn: () => void): boolean {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
}

export function startTactful(adapter: SiteAdapter): void {
  const doc = document;
  const life = lifecycle();
  const tracker = new CommentTracker();
  const marks = new Marks(doc, { action: actionLabel, reason: reasonLabel, alternative: (a) => t('card_alternative', actionLabel(a)) });
  let pendingRoots = new Set<Node>();
  let scheduled = false;
  let unreadable = 0;
  let shield: ShieldLevel = 'off'; // the background says which level the user chose with every batch

  // The post and the owner's own replies are context, not comments to answer: they get no badge.
  const badge = (id: string, el: Element, assessment: Assessment): void => {
    const comment = tracker.get(id)?.comment;
    if (!comment || comment.isPost || comment.byOwner) return;
    const anchor = adapter.badgeAnchor(el);
    if (anchor) marks.render(id, el, anchor, adapter.veilTargets(el), assessment, veilFor(assessment, shield));
  };

  /** Reads every comment at or under the roots; returns those that are new or changed. */
  const collect = (roots: Iterable<Node>): Comment[] => {
    const fresh: Comment[] = [];
    const seen = new Set<Element>();
    for (const root of roots) {
      if (!root.isConnected) continue;
      const els = root instanceof Element || root instanceof Document ? adapter.findComments(root) : [];
      const around = adapter.closestComment(root);
      if (around && adapter.findComments(around).includes(around)) els.push(around);
      for (const el of els) {
        if (seen.has(el)) continue;
        seen.add(el);
        const ok = isolated(() => {
          const read = adapter.readComment(el);
          const comment = read && limitComment(read);
          if (!comment) throw new Error('unreadable');
          if (tracker.see(comment, el)) {
            marks.changed(comment.id);
            fresh.push(comment);
          } else {
            const known = tracker.get(comment.id);
            if (known?.assessment) badge(comment.id, el, known.assessment); // re-rendered node: re-attach
          }
        });
        if (!ok) unreadable++;
      }
    }
    return fresh;
  };

  const delivery = new Delivery({
    send: (request) => send('page/comments', request),
    health: () => adapter.health(doc, tracker.size, unreadable),
    // A retry due after the extension went away (updated, reloaded) finds the lifecycle stopped and does nothing.
    later: (fn, ms) => void setTimeout(() => {
      if (!life.stopped) fn();
    }, ms),
    answered(comments, answer) {
      if (life.stopped) return;
      shield = answer.shield;
      answer.assessments.forEach((assessment, i) => {
        const id = comments[i]!.id;
        const el = tracker.assess(id, assessment) && tracker.element(id);
        if (el) isolated(() => badge(id, el, assessment));
      });
    },
    resync: () => resyncAll(),
  });
  // The worker lost this tab's comments: start its state afresh from everything the page has shown.
  const resyncAll = (): void => {
    delivery.reset();
    delivery.offer([...tracker.all()].map((t) => t.comment));
  };

  const flush = async (): Promise<void> => {
    scheduled = false;
    if (life.stopped) return;
    const roots = outermost(pendingRoots);
    pendingRoots = new Set();
    delivery.offer(collect(roots));
    await delivery.flush();
  };

  const queue = (node: Node): void => {
    pendingRoots.add(node);
    if (scheduled) return;
    scheduled = true;
    // One scan per burst of mutations: platforms add cells in many small steps.
    setTimeout(() => void flush().catch(() => undefined), 80); // never an error in the page's console
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      // Edited text (React updates text nodes in place) is a change inside a known comment.
      if (r.type === 'characterData') {
        if (r.target.parentElement) queue(r.target.parentElement);
        continue;
      }
      for (const n of r.addedNodes) {
        if (n.nodeType === Node.ELEMENT_NODE && !isInjected(n as Element)) queue(n);
        else if (n.nodeType === Node.TEXT_NODE) queue(r.target);
      }
    }
  });

  const observe = (): void => {
    observer.disconnect();
    observer.observe(adapter.observeRoot(doc), { childList: true, subtree: true, characterData: true });
  };

  watchLocation(life, () => {
    tracker.clear();
    unreadable = 0;
    marks.clear();
    delivery.reset();
    observe();
    queue(doc);
  });

  const stopHandling = handle({
    'content/insert-reply': async ({ commentId, text }) => {
      const el = tracker.element(commentId);
      return el ? adapter.insertReply(el, text) : { ok: false, reason: 'no-comment' };
    },
    'content/moderate': async ({ commentId, kind }) => {
      const el = tracker.element(commentId);
      return el ? adapter.openModeration(el, kind) : { ok: false, reason: 'no-comment' };
    },
    'content/reveal': ({ commentId }) => {
      const el = tracker.element(commentId);
      if (el) {
        el.scrollIntoView({ block: 'center', behavior: 'smooth' });
        highlight(el);
      }
      return { found: !!el };
    },
    'content/settings': ({ shield: level }) => {
      shield = level;
      for (const { comment, assessment } of tracker.all()) {
        const el = assessment && tracker.element(comment.id);
        if (el) isolated(() => badge(comment.id, el, assessment!));
      }
      return null;
    },
    // The worker judged comments again (the user's decision, a wave grown in another thread): badges follow.
    'content/assessments': ({ assessments }) => {
      for (const { id, assessment } of assessments) {
        const el = tracker.assess(id, assessment) && tracker.element(id);
        if (el) badge(id, el, assessment);
      }
      return null;
    },
    'content/resync': () => {
      resyncAll();
      void delivery.flush().catch(() => undefined);
      return null;
    },
  });
  life.onStop(() => {
    observer.disconnect();
    stopHandling();
    marks.clear();
  });

  observe();
  queue(doc);
}
