/**
 * Phrase lists matched on tokens, not on a joined string with one big regex per list: every token is looked
 * up once in an index of first words, so a comment pays only for the phrases that could start at its words
 * (the cue lists grew to ~900 phrases; as regex alternations they cost more than the whole model).
 *
 * A phrase is written as space-separated slots, each matching one token (already normalised: lower case,
 * apostrophes dropped, so "I'll" is "ill"):
 *   word          that word                       a|b|c     one of these
 *   word?  (a|b)? an optional slot                 pre*      a token starting with "pre"
 *   *             any one token                    #         a number ("3", "4411", "90%")
 *   #%            a percentage written as one token ("90%")
 *   ~             zero to three tokens (a gap: "ik weet ~ woont" matches "ik weet waar je woont")
 */

export interface Span {
  /** First and last token index (inclusive). */
  from: number;
  to: number;
}

type Slot = { words?: ReadonlySet<string>; prefixes?: readonly string[]; any?: true; number?: true; percent?: true; gap?: true };

export interface Phrase {
  slots: Slot[];
  family: number;
}

export interface PhraseIndex {
  byWord: Map<string, Phrase[]>;
  byPrefix: { prefix: string; phrase: Phrase }[];
  byNumber: Phrase[];
  families: string[];
}

const NUMBER = /^#?\d+(?:[.,]\d+)?%?$/u;
const PERCENT = /^\d+(?:[.,]\d+)?%$/u;

function parseSlot(s: string): Slot {
  if (s === '*') return { any: true };
  if (s === '#') return { number: true };
  if (s === '#%') return { percent: true };
  if (s === '~') return { gap: true };
  const words = s.split('|').filter((a) => !a.endsWith('*'));
  const prefixes = s.split('|').filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1));
  return { ...(words.length ? { words: new Set(words) } : {}), ...(prefixes.length ? { prefixes } : {}) };
}

/** Splits a pattern on the spaces outside parentheses: "(is|are going to) here?" → ["(is|are going to)", "here?"]. */
function parts(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (const ch of pattern.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ' ' && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * "a b? c" → [[a, b, c], [a, c]]: optional slots expand at compile time, so matching never backtracks on them;
 * so do alternatives of several words ("(is|are going to)" → one slot "is", and the sequence "are going to").
 */
function expand(pattern: string): Slot[][] {
  let out: Slot[][] = [[]];
  for (const part of parts(pattern)) {
    const optional = part.endsWith('?') && part.length > 1;
    const body = (optional ? part.slice(0, -1) : part).replace(/^\((.*)\)$/u, '$1');
    const alts = body.split('|');
    const single = alts.filter((a) => !a.includes(' '));
    const choices: Slot[][] = [
      ...(single.length ? [[parseSlot(single.join('|'))]] : []),
      ...alts.filter((a) => a.includes(' ')).map((a) => a.split(' ').map(parseSlot)),
    ];
    out = out.flatMap((v) => [...choices.map((c) => [...v, ...c]), ...(optional ? [v] : [])]);
  }
  return out.filter((v) => v.length > 0);
}

/** Compiles named families of phrases into one index (families keep their order: results come per family). */
export function compilePhrases(families: Record<string, readonly string[]>): PhraseIndex {
  const index: PhraseIndex = { byWord: new Map(), byPrefix: [], byNumber: [], families: Object.keys(families) };
  index.families.forEach((name, family) => {
    for (const pattern of families[name]!) {
      for (const slots of expand(pattern)) {
        const first = slots[0]!;
        const phrase = { slots, family };
        if (first.any || first.gap) throw new Error(`phrase "${pattern}" must not start with * or ~`);
        if (first.number || first.percent) index.byNumber.push(phrase);
        for (const w of first.words ?? []) index.byWord.set(w, [...(index.byWord.get(w) ?? []), phrase]);
        for (const prefix of first.prefixes ?? []) index.byPrefix.push({ prefix, phrase });
      }
    }
  });
  return index;
}

function fits(slot: Slot, token: string): boolean {
  if (slot.any) return true;
  if (slot.number) return NUMBER.test(token);
  if (slot.percent) return PERCENT.test(token);
  if (slot.words?.has(token)) return true;
  return slot.prefixes?.some((p) => token.length > p.length && token.startsWith(p)) ?? false;
}

/** End index (exclusive) of `slots` matched from token `at`, or -1. A gap takes as few tokens as it can. */
function matchFrom(slots: readonly Slot[], tokens: readonly string[], at: number, s = 0): number {
  let i = at;
  for (let k = s; k < slots.length; k++) {
    const slot = slots[k]!;
    if (slot.gap) {
      for (let skip = 0; skip <= 3 && i + skip <= tokens.length; skip++) {
        const end = matchFrom(slots, tokens, i + skip, k + 1);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (i >= tokens.length || !fits(slot, tokens[i]!)) return -1;
    i++;
  }
  return i;
}

/** Per-family best end of the matches starting at the current token; reset for each token (no allocation). */
let bestEnd = new Int32Array(32);
const touched: number[] = [];

function tryPhrases(phrases: readonly Phrase[], tokens: readonly string[], at: number): void {
  for (const p of phrases) {
    const end = matchFrom(p.slots, tokens, at);
    if (end < 0 || end <= bestEnd[p.family]!) continue;
    if (bestEnd[p.family] === -1) touched.push(p.family);
    bestEnd[p.family] = end;
  }
}

/**
 * Every match, per family name (longest match per start token and family); families with none are absent.
 * `starts[i].phrases`, when given, lists the phrases that can start at token i (phrase-index.ts): no lookup here.
 */
export function matchPhrases(index: PhraseIndex, tokens: readonly string[], starts?: readonly { phrases?: readonly Phrase[] }[]): Map<string, Span[]> {
  const found = new Map<string, Span[]>();
  if (bestEnd.length < index.families.length) bestEnd = new Int32Array(index.families.length);
  bestEnd.fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    if (starts) {
      const candidates = starts[i]!.phrases;
      if (candidates) tryPhrases(candidates, tokens, i);
    } else {
      const t = tokens[i]!;
      const byWord = index.byWord.get(t);
      if (byWord) tryPhrases(byWord, tokens, i);
      if (index.byNumber.length && t.charCodeAt(0) <= 57 && NUMBER.test(t)) tryPhrases(index.byNumber, tokens, i);
      for (const { prefix, phrase } of index.byPrefix) if (t.length > prefix.length && t.startsWith(prefix)) tryPhrases([phrase], tokens, i);
    }
    for (const family of touched) {
      const name = index.families[family]!;
      const span = { from: i, to: bestEnd[family]! - 1 };
      bestEnd[family] = -1;
      const list = found.get(name);
      if (!list) {
        found.set(name, [span]);
        continue;
      }
      const last = list[list.length - 1]!;
      // Overlapping matches of one family are one piece of evidence: keep the longer.
      if (span.from <= last.to) last.to = Math.max(last.to, span.to);
      else list.push(span);
    }
    touched.length = 0;
  }
  return found;
}
