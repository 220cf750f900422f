/**
 * The response policy: the action model's calibrated probabilities, moved by the user's thresholds, become one
 * action, a confidence and 1–4 reasons (docs/judgement.md is the rubric the model was trained on).
 *
 * Thresholds are per-action adjustments: each setting shifts its action's log-odds by
 * logit(default) − logit(setting), so the defaults change nothing, a higher "report" threshold reports less
 * and a lower one more. Hard overrides are few and named (OVERRIDES); each is tested.
 */
import { ACTIONS, type Action, type Reason } from './assessment';
import { ACTION_DENSE } from './action-features';
import type { Contributions } from './action-model';
import type { Cues } from './cues';
import type { Span } from './phrase-match';
import { DEFAULT_THRESHOLDS, type PolicyThresholds } from './policy-settings';
import { FEATURE_REASON, WORDS_REASON, type ReasonCode } from './reasons';
import { WAVE_MIN_ACCOUNTS } from './waves';

const logit = (p: number) => Math.log(Math.min(0.999, Math.max(0.001, p)) / (1 - Math.min(0.999, Math.max(0.001, p))));

const SETTING: Partial<Record<Action, keyof PolicyThresholds>> = {
  report: 'report', mute: 'mute', ignore: 'ignore', 'fact-check': 'factCheck', apologise: 'apologise',
};

/** Per action (ACTIONS order): what the user's thresholds add to its logit. */
export function adjustments(t: PolicyThresholds): number[] {
  return ACTIONS.map((a) => {
    const key = SETTING[a];
    return key ? logit(DEFAULT_THRESHOLDS[key]) - logit(t[key]) : 0;
  });
}

/** What a decision knows beyond the comment: the thread (copy-paste, waves) and the person. */
export interface Context {
  copyPaste: boolean;
  /** A comment of media alone (a GIF, a sticker, a photo): no words to judge. */
  mediaOnly?: string;
  /** Written in a language Tactful does not read (neither English nor Dutch). */
  unread?: boolean;
  wave?: number;
  person?: { ignoredProvocations: number; muteAfter: number };
  /** A follow-up to the owner's reply in its conversation, and the question that reply asked. */
  followUp?: { question?: string };
}

/** A rule that outranks the model, with the name its tests and the README use. */
interface Override {
  name: string;
  /** The action it gives, from the model's own probabilities. */
  action: (p: readonly number[]) => Action;
  applies: (c: Cues, p: readonly number[], x: Context) => boolean;
}

const P = (a: Action, p: readonly number[]) => p[ACTIONS.indexOf(a)]!;

/** Whether the model's own first choice is one of `actions`. */
const is = (p: readonly number[], ...actions: Action[]) => actions.includes(ACTIONS[best(p)]!);

export const OVERRIDES: readonly Override[] = [
  // A GIF, sticker or photo with no words: nothing to judge, so nothing is claimed about it — the friendliest
  // optional action, with the media named so the user looks at it before replying.
  { name: 'media-only', action: () => 'thank', applies: (_c, _p, x) => !!x.mediaOnly },
  // Neither English nor Dutch, and nothing Tactful can read in any language (a threat phrase, spam, a link,
  // abuse): the model's guess from letters alone is noise, so the comment goes to a person to read, as a
  // question would, and the reason says why — never a mute or a report on a guess.
  { name: 'unread-language', action: () => 'answer', applies: (c, p, x) => !!x.unread && !harmCue(c) && c.spam.length + c.links === 0 && Math.max(...p) < 0.5 },
  // The rubric's "a threat outranks the complaint it comes with": a threat, self-harm call or doxxing phrase
  // that the model already finds plausible as abuse is reported, whatever else the comment says.
  { name: 'threat-outranks-complaint', action: () => 'report', applies: (c, p) => c.threat.length + c.selfHarm.length + c.doxxing.length > 0 && P('report', p) >= 0.2 },
  // A wave (the same text from many accounts) is answered once for the audience when it is a claim, else its
  // bots are muted; threats stay reports.
  { name: 'wave', action: (p) => (is(p, 'fact-check') ? 'fact-check' : 'mute'), applies: (_c, p, x) => (x.wave ?? 0) >= WAVE_MIN_ACCOUNTS && !is(p, 'report') },
  // The corpus holds single comments: the same provocation posted again by the same author (copies.ts), or a
  // person whose provocations the user already ignored as often as the setting says, is the established troll
  // the rubric mutes. A complaint posted twice stays a complaint.
  { name: 'repeated-provocation', action: () => 'mute', applies: (_c, p, x) => x.copyPaste && is(p, 'ignore') },
  { name: 'established-troll', action: () => 'mute', applies: (_c, p, x) => !!x.person && x.person.ignoredProvocations >= x.person.muteAfter && is(p, 'ignore') },
  // "Sorry, my mistake, I typed the wrong address": nothing for the brand to apologise for (nor anything to
  // report, without a harm cue), and no praise to thank for unless they praise; they may need help.
  { name: 'own-mistake', action: () => 'answer', applies: (c, p) => c.ownFault.length > 0 && !harmCue(c) && (is(p, 'apologise', 'report', 'mute') || (is(p, 'thank') && c.praise.length + c.praiseIdiom.length === 0)) },
  // The corpus holds single comments, so "Nummer 4411, dank 🙏" reads as thanks; after the owner asked for the order
  // number in the same conversation it is the answer to that question, and the conversation goes on. A follow-up
  // that complains, claims or abuses keeps its own action; one after a reply that asked nothing is judged as it reads.
  { name: 'follow-up', action: () => 'answer', applies: (_c, p, x) => !!x.followUp?.question && is(p, 'thank', 'ignore') },
];

/** Any cue of harm a report could cite: a threat, doxxing, sexual remark, self-harm call, pile-on, slur, group
 * attack, insult or weapon emoji. */
export const harmCue = (c: Cues): boolean =>
  c.threat.length + c.doxxing.length + c.sexual.length + c.selfHarm.length + c.pileOn.length + c.slurs.length + c.identityAttack.length + c.insults.length + c.targeted.length + c.weaponEmoji > 0;

function best(p: readonly number[]): number {
  let b = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[b]!) b = i;
  return b;
}

export interface Decision {
  action: Action;
  confidence: number;
  /** Probability per action after the user's adjustments (ACTIONS order). */
  probabilities: number[];
  /** What the model alone recommends (differs from `action` under an override). */
  modelAction: Action;
  override?: string;
}

export function choose(p: readonly number[], c: Cues, x: Context = { copyPaste: false }): Decision {
  const rule = OVERRIDES.find((o) => o.applies(c, p, x));
  const modelAction = ACTIONS[best(p)]!;
  const action = rule?.action(p) ?? modelAction;
  return { action, modelAction, confidence: Math.round(P(action, p) * 1000) / 1000, probabilities: [...p], ...(rule ? { override: rule.name } : {}) };
}

/** The runner-up: what the reasons explain the action against. */
export function runnerUp(p: readonly number[], action: Action): Action {
  let best = -1;
  for (let i = 0; i < p.length; i++) if (ACTIONS[i] !== action && (best < 0 || p[i]! > p[best]!)) best = i;
  return ACTIONS[best]!;
}

/**
 * From this probability on, the runner-up is offered beside the recommendation (chosen on dev with a model that
 * never saw it: see the README's "second choice").
 */
export const ALTERNATIVE_MIN = 0.25;

/** The runner-up worth offering, if the model is torn; none under an override (a rule decided, not the model). */
export function alternativeOf(d: Decision): Action | undefined {
  if (d.override) return undefined;
  const a = runnerUp(d.probabilities, d.action);
  return P(a, d.probabilities) >= ALTERNATIVE_MIN ? a : undefined;
}

interface Candidate {
  code: ReasonCode;
  weight: number;
  span?: Span;
  /** Evidence that is not a quote (a count). */
  evidence?: string;
  /** The model's own words (no cue list behind them). */
  words?: true;
}

/** Neighbouring words that also pushed the action join the strongest one, up to five words. */
function phraseAround(tokens: Float64Array, at: number): Span {
  let from = at, to = at;
  const floor = tokens[at]! * 0.25;
  while (to - from < 4 && (tokens[from - 1] ?? 0) > floor) from--;
  while (to - from < 4 && (tokens[to + 1] ?? 0) > floor) to++;
  return { from, to };
}

/**
 * 1–4 reasons: the dense cues and the words that added most to the chosen action over the runner-up, strongest
 * first, each quoted from the comment (`quote` maps a token span to the text as written).
 */
export function reasonsFor(action: Action, contrib: Contributions, spans: Partial<Record<string, readonly Span[]>>, quote: (s: Span) => string, content: (token: number) => boolean, override?: string, x?: Context): Reason[] {
  // Rules whose reason stands alone: the model's own evidence would argue for what the rule overrules.
  if (override === 'media-only') return [{ code: 'media-only', evidence: x?.mediaOnly ?? '' }];
  if (override === 'unread-language') return [{ code: 'unread-language' }];
  if (override === 'own-mistake') {
    const span = spans['own-fault']?.[0];
    return [span ? { code: 'own-fault', evidence: quote(span) } : { code: 'own-fault' }];
  }
  const candidates: Candidate[] = [];
  ACTION_DENSE.forEach((feature, k) => {
    const code = FEATURE_REASON[feature];
    const w = contrib.dense[k]!;
    if (code && w > 0.15) candidates.push({ code, weight: w, span: spans[feature]?.[0] });
  });
  // A reason quotes a word that carries meaning ("refund", "🔪"), with the neighbours that pushed the same way.
  const order = Array.from(contrib.tokens.keys()).filter((i) => contrib.tokens[i]! > 0.2 && content(i)).sort((a, b) => contrib.tokens[b]! - contrib.tokens[a]!);
  for (const i of order.slice(0, 2)) candidates.push({ code: WORDS_REASON[action], weight: contrib.tokens[i]!, span: phraseAround(contrib.tokens, i), words: true });
  if (override === 'repeated-provocation') candidates.push({ code: 'copy-paste', weight: Infinity });
  else if (override === 'wave') candidates.push({ code: 'wave', weight: Infinity, evidence: String(x?.wave ?? '') });
  else if (override === 'established-troll') candidates.push({ code: 'repeat-offender', weight: Infinity, evidence: String(x?.person?.ignoredProvocations ?? '') });
  else if (override === 'follow-up') candidates.push({ code: 'follow-up', weight: Infinity, evidence: x?.followUp?.question ?? '' });
  else if (override === 'threat-outranks-complaint') {
    const fired = (['threat', 'self-harm', 'doxxing'] as const).find((f) => spans[f]?.length) ?? 'threat';
    candidates.push({ code: fired, weight: Infinity, span: spans[fired]?.[0] });
  }
  candidates.sort((a, b) => b.weight - a.weight);
  const out: (Reason & { span?: Span })[] = [];
  for (const c of candidates) {
    // Pieces of one phrase under one reason are quoted as that phrase: "order" and "hasn't arrived after 3
    // weeks" become "order #4411 still hasn't arrived after 3 weeks", not three overlapping quotes.
    const joined = c.span && out.find((r) => r.code === c.code && r.span && mergeable(r.span, c.span!));
    if (joined) {
      joined.span = union(joined.span!, c.span!);
      // The longer phrase may now reach another piece of the same reason.
      for (let k = out.length - 1; k >= 0; k--) {
        const r = out[k]!;
        if (r !== joined && r.code === c.code && r.span && mergeable(joined.span, r.span)) (joined.span = union(joined.span, r.span)), out.splice(k, 1);
      }
      joined.evidence = quote(joined.span);
      continue;
    }
    // The model's words, mostly the same words as a stronger reason already quotes: saying them twice adds
    // nothing (a cue keeps its place: its name says something the other reason does not).
    if (c.words && out.some((r) => r.span && covered(c.span!, r.span))) continue;
    const evidence = c.span ? quote(c.span) : c.evidence;
    if (out.some((r) => r.code === c.code && (r.evidence === evidence || !evidence))) continue;
    // Overlapping quotes say one thing: a longer one replaces the shorter, a shorter one adds nothing.
    if (evidence && out.some((r) => r.evidence?.includes(evidence))) continue;
    const shorter = evidence ? out.findIndex((r) => r.code === c.code && r.evidence && evidence.includes(r.evidence)) : -1;
    const reason = { code: c.code, ...(evidence ? { evidence } : {}), ...(c.span ? { span: c.span } : {}) };
    if (shorter >= 0) out[shorter] = reason;
    else out.push(reason);
    if (out.length === 4) break;
  }
  return out.length ? out.map(({ code, evidence }) => (evidence ? { code, evidence } : { code })) : [{ code: 'no-strong-cue' }];
}

/** Longest phrase two quotes of one reason may join into, in tokens (the quote itself stops at 80 characters). */
const MAX_JOINED = 10;

/** Spans that overlap, touch, or have one word between them ("onderweg en niemand"), short enough together. */
function mergeable(a: Span, b: Span): boolean {
  const u = union(a, b);
  return b.from <= a.to + 2 && a.from <= b.to + 2 && u.to - u.from < MAX_JOINED;
}

/** Whether at least half of `a`'s tokens lie inside `b`. */
function covered(a: Span, b: Span): boolean {
  const inside = Math.min(a.to, b.to) - Math.max(a.from, b.from) + 1;
  return inside * 2 >= a.to - a.from + 1;
}

const union = (a: Span, b: Span): Span => ({ from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) });
