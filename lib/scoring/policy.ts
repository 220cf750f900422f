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

/** A rule that outranks the model, with the name its tests and the README use. */
interface Override {
  name: string;
  action: Action;
  applies: (c: Cues, p: readonly number[], copyPaste: boolean) => boolean;
}

const P = (a: Action, p: readonly number[]) => p[ACTIONS.indexOf(a)]!;

/** The rubric's "a threat outranks the complaint it comes with": a threat, self-harm call or doxxing phrase
 * that the model already finds plausible as abuse is reported, whatever else the comment says. */
export const OVERRIDES: readonly Override[] = [
  { name: 'threat-outranks-complaint', action: 'report', applies: (c, p) => c.threat.length + c.selfHarm.length + c.doxxing.length > 0 && P('report', p) >= 0.2 },
  // The corpus holds single comments: the same provocation posted again by the same author (copies.ts) is the
  // pattern the rubric mutes. A complaint posted twice stays a complaint.
  { name: 'repeated-provocation', action: 'mute', applies: (_c, p, copyPaste) => copyPaste && best(p) === ACTIONS.indexOf('ignore') },
  // "Sorry, my mistake, I typed the wrong address": nothing for the brand to apologise for (nor anything to
  // report, without a harm cue); they may need help.
  { name: 'own-mistake', action: 'answer', applies: (c, p) => c.ownFault.length > 0 && ['apologise', 'report', 'mute'].includes(ACTIONS[best(p)]!) && !harmCue(c) },
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

export function choose(p: readonly number[], c: Cues, copyPaste = false): Decision {
  const rule = OVERRIDES.find((o) => o.applies(c, p, copyPaste));
  const modelAction = ACTIONS[best(p)]!;
  const action = rule?.action ?? modelAction;
  return { action, modelAction, confidence: Math.round(P(action, p) * 1000) / 1000, probabilities: [...p], ...(rule ? { override: rule.name } : {}) };
}

/** The runner-up: what the reasons explain the action against. */
export function runnerUp(p: readonly number[], action: Action): Action {
  let best = -1;
  for (let i = 0; i < p.length; i++) if (ACTIONS[i] !== action && (best < 0 || p[i]! > p[best]!)) best = i;
  return ACTIONS[best]!;
}

interface Candidate {
  code: ReasonCode;
  weight: number;
  span?: Span;
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
export function reasonsFor(action: Action, contrib: Contributions, spans: Partial<Record<string, readonly Span[]>>, quote: (s: Span) => string, content: (token: number) => boolean, override?: string): Reason[] {
  const candidates: Candidate[] = [];
  ACTION_DENSE.forEach((feature, k) => {
    const code = FEATURE_REASON[feature];
    const w = contrib.dense[k]!;
    if (code && w > 0.15) candidates.push({ code, weight: w, span: spans[feature]?.[0] });
  });
  // A reason quotes a word that carries meaning ("refund", "🔪"), with the neighbours that pushed the same way.
  const order = Array.from(contrib.tokens.keys()).filter((i) => contrib.tokens[i]! > 0.2 && content(i)).sort((a, b) => contrib.tokens[b]! - contrib.tokens[a]!);
  for (const i of order.slice(0, 2)) candidates.push({ code: WORDS_REASON[action], weight: contrib.tokens[i]!, span: phraseAround(contrib.tokens, i) });
  if (override === 'repeated-provocation') candidates.push({ code: 'copy-paste', weight: Infinity });
  else if (override === 'own-mistake') candidates.push({ code: 'own-fault', weight: Infinity, span: spans['own-fault']?.[0] });
  else if (override) {
    const fired = (['threat', 'self-harm', 'doxxing'] as const).find((f) => spans[f]?.length) ?? 'threat';
    candidates.push({ code: fired, weight: Infinity, span: spans[fired]?.[0] });
  }
  candidates.sort((a, b) => b.weight - a.weight);
  const out: Reason[] = [];
  for (const c of candidates) {
    const evidence = c.span ? quote(c.span) : undefined;
    if (out.some((r) => r.code === c.code && (r.evidence === evidence || !evidence))) continue;
    // Overlapping quotes say one thing: a longer one replaces the shorter, a shorter one adds nothing.
    if (evidence && out.some((r) => r.evidence?.includes(evidence))) continue;
    const shorter = evidence ? out.findIndex((r) => r.code === c.code && r.evidence && evidence.includes(r.evidence)) : -1;
    if (shorter >= 0) out[shorter] = { code: c.code, evidence: evidence! };
    else out.push(evidence ? { code: c.code, evidence } : { code: c.code });
    if (out.length === 4) break;
  }
  return out.length ? out : [{ code: 'no-strong-cue' }];
}
