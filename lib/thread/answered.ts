/**
 * What the page owner already answered in a tab's threads, and which later comments are a customer's follow-up to
 * that answer. Pure and DOM-free over the plain comments the adapters read: the worker uses it to judge a follow-up
 * with the owner's reply as context, the panel to take answered comments out of *Needs a reply* and to show a
 * follow-up inside its conversation.
 *
 * A conversation is a top-level comment and every reply under it. An owner reply answers the comment it replies to,
 * the conversation's opener, and the earlier comments in it by the same person or that it names (@handle, or the
 * name Facebook puts first). A reply the user wrote through Tactful (the response log) answers its comment too.
 */
import type { Comment } from '../sites/site-adapter';

export type ThreadComment = Pick<Comment, 'id' | 'platform' | 'handle' | 'authorName' | 'text' | 'time' | 'parentId' | 'depth' | 'isPost' | 'byOwner'>;

/** A reply of the owner's: on the page, or inserted through Tactful (known from the response log). */
export interface OwnerReply {
  /** The reply's comment id on the page; absent for one known only from the log. */
  id?: string;
  text?: string;
  /** Epoch ms, when known. */
  at?: number;
  via: 'page' | 'tactful';
}

export interface FollowUp {
  /** The customer's earlier comment that the owner answered. */
  to: string;
  reply: OwnerReply;
  /** What the owner's reply asked the customer ("Stuur ons je ordernummer?", "DM us your order number"), if anything:
   * the follow-up is probably the answer to it. */
  question?: string;
}

export interface ThreadContext {
  answered: ReadonlyMap<string, OwnerReply>;
  followUps: ReadonlyMap<string, FollowUp>;
}

/** A reply logged through Tactful: when, and what was written into the box. */
export interface LoggedReply {
  at: number;
  text?: string;
}

const MAX_DEPTH = 100;

/**
 * Asking the customer for something without a question mark: "Stuur ons je ordernummer via DM", "DM us your order
 * number", "let us know". English and Dutch, the languages Tactful drafts in; only for an owner's own reply.
 */
const REQUEST = /(^|[\s,!.])(stuur|send|dm|pm|mail|e-mail|bel|call|geef|give|deel|share|tell|vertel|let us know|laat (het )?(ons|even) weten)(?=[\s,!.]|$)/i;

/** The last sentence of the owner's `text` that asks the customer something (a question in any script, or a
 * request), cut to a quotable length. */
export function questionIn(text: string): string | undefined {
  const asks = text.split(/(?<=[.!?？؟\n])\s+/).filter((s) => /[?？؟]/.test(s) || REQUEST.test(s));
  const last = asks.at(-1)?.trim();
  return last ? (last.length > 120 ? `${last.slice(0, 119)}…` : last) : undefined;
}

const timeOf = (c: ThreadComment): number | undefined => {
  const t = c.time ? Date.parse(c.time) : NaN;
  return Number.isFinite(t) ? t : undefined;
};

/** The same person: by handle where the platform has one, else by the name shown. */
const samePerson = (a: ThreadComment, b: ThreadComment): boolean =>
  a.platform === b.platform && (a.handle ? a.handle.toLowerCase() === b.handle.toLowerCase() : !!a.authorName && a.authorName === b.authorName);

/** An owner reply that names the comment's author: "@kees" (X, Instagram) or "Kees de Klant …" (a Facebook mention). */
function names(reply: ThreadComment, c: ThreadComment): boolean {
  const text = reply.text.toLowerCase();
  return (!!c.handle && text.includes(`@${c.handle.toLowerCase()}`)) || (!!c.authorName && reply.text.startsWith(c.authorName));
}

export function threadContext(comments: readonly ThreadComment[], viaTactful: ReadonlyMap<string, LoggedReply> = new Map()): ThreadContext {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const index = new Map(comments.map((c, i) => [c.id, i]));
  // Times decide order when both are known and differ; else the page's order (replies are shown oldest first).
  const before = (a: ThreadComment, b: ThreadComment): boolean => {
    const ta = timeOf(a), tb = timeOf(b);
    return ta !== undefined && tb !== undefined && ta !== tb ? ta < tb : index.get(a.id)! < index.get(b.id)!;
  };
  const roots = new Map<string, string>();
  const rootOf = (c: ThreadComment): string => {
    const known = roots.get(c.id);
    if (known) return known;
    let cur = c;
    for (let i = 0; i < MAX_DEPTH && cur.depth > 1 && cur.parentId; i++) {
      const parent = byId.get(cur.parentId);
      if (!parent || parent.isPost) {
        if (!parent) cur = { ...cur, id: cur.parentId }; // a parent not on the page: its id still names the conversation
        break;
      }
      cur = parent;
    }
    roots.set(c.id, cur.id);
    return cur.id;
  };

  const voices = comments.filter((c) => !c.isPost && !c.byOwner);
  // Conversations are looked at one at a time: a tab of thousands of comments stays linear.
  const inRoot = new Map<string, ThreadComment[]>();
  for (const c of voices) {
    const list = inRoot.get(rootOf(c));
    if (list) list.push(c);
    else inRoot.set(rootOf(c), [c]);
  }
  const answered = new Map<string, OwnerReply>();
  const answer = (c: ThreadComment, r: OwnerReply) => { if (!answered.has(c.id)) answered.set(c.id, r); };
  const ownerReplies = comments.filter((c) => c.byOwner && !c.isPost);
  for (const r of ownerReplies) {
    const reply: OwnerReply = { id: r.id, text: r.text, via: 'page', ...(timeOf(r) !== undefined ? { at: timeOf(r) } : {}) };
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    const target = parent && !parent.isPost && !parent.byOwner ? parent : undefined;
    const root = rootOf(r);
    if (target) answer(target, reply);
    for (const c of inRoot.get(root) ?? []) {
      if (c === target || (rootOf(c) === root && before(c, r) && (c.id === root || names(r, c) || (!!target && samePerson(c, target))))) answer(c, reply);
    }
  }
  for (const [id, logged] of viaTactful) {
    const c = byId.get(id);
    if (c && !c.isPost && !c.byOwner) answer(c, { via: 'tactful', at: logged.at, ...(logged.text ? { text: logged.text } : {}) });
  }

  const followUps = new Map<string, FollowUp>();
  for (const f of voices) {
    if (answered.has(f.id)) continue;
    let best: { to: string; reply: OwnerReply } | undefined;
    for (const c of inRoot.get(rootOf(f)) ?? []) {
      const reply = answered.get(c.id);
      if (!reply || !samePerson(c, f)) continue;
      const to = c.id;
      const shown = reply.id ? byId.get(reply.id) : undefined;
      const after = shown ? before(shown, f) : reply.at !== undefined && (timeOf(f) ?? -Infinity) > reply.at;
      if (!after) continue;
      if (!best || (best.reply.at ?? -Infinity) < (reply.at ?? -Infinity)) best = { to, reply };
    }
    const question = best && questionIn(best.reply.text ?? '');
    if (best) followUps.set(f.id, { ...best, ...(question ? { question } : {}) });
  }
  return { answered, followUps };
}
