/**
 * The scorer: the heads (model.ts: tone, offensive, hate, complaint, trained on public data) and the cues
 * (cues.ts) feed the action model (action-model.ts, trained on the action corpus), whose calibrated
 * probabilities the policy (policy.ts) turns into one action with reasons. Harm scores for the shield come from
 * the heads and the cues (harm.ts). Pure and synchronous: the same input always gives the same assessment, in
 * Node, the worker and tests alike.
 */
import actionsFile from '../../assets/model/actions.json';
import modelFile from '../../assets/model/model.json';
import { ACTIONS, type Action, type Assessment, type ScoreInput } from './assessment';
import { actionLogits, contributions, loadActionModel, softmax, type ActionModel, type ActionModelFile } from './action-model';
import { findCopies } from './copies';
import { spansOf } from './action-features';
import type { Span } from './phrase-match';
import { loadModel, type Model, type ModelFile } from './model';
import { adjustments, alternativeOf, choose, reasonsFor, runnerUp } from './policy';
import { DEFAULT_THRESHOLDS, type PolicyThresholds } from './policy-settings';
import { isContentWord, quoteSpan } from './quote';
import { personalLogits, wordFeatures, type DecisionExample, type PersonalLayer } from './personal';
import { stack } from './stack';
import { waveSizes } from './waves';

let bundled: Model | undefined;
let bundledActions: ActionModel | undefined;
/** The models shipped in assets/model, decoded on first use (the worker pays this once). */
export function defaultModel(): Model {
  return (bundled ??= loadModel(modelFile as unknown as ModelFile));
}
export function defaultActionModel(): ActionModel {
  return (bundledActions ??= loadActionModel(actionsFile as unknown as ActionModelFile));
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
const P = (p: readonly number[], a: (typeof ACTIONS)[number]) => p[ACTIONS.indexOf(a)]!;

export interface Models {
  heads: Model;
  actions: ActionModel;
  /** What this install learned from the user's own decisions (personal.ts); none by default. */
  personal?: PersonalLayer;
}

/** Scores one comment; `copyPaste` says whether its text was posted again elsewhere in the batch. */
export function assess(input: ScoreInput, thresholds: PolicyThresholds = DEFAULT_THRESHOLDS, copyPaste = false, models?: Partial<Models>): Assessment {
  const mediaOnly = input.media?.length && !input.text.trim() ? input.media.join(', ').toUpperCase() : undefined;
  const heads = models?.heads ?? defaultModel();
  const am = models?.actions ?? defaultActionModel();
  const { text } = input;
  const { norm, language, features: f, cues, harm, dense } = stack(text, heads, copyPaste);
  const context = { copyPaste, wave: input.wave, person: input.person, mediaOnly, unread: language === 'other', followUp: input.followUp };
  const shift = adjustments(thresholds);
  const zA = actionLogits(am, f, dense, norm.tokens.length);
  const own = models?.personal?.n ? personalLogits(models.personal, wordFeatures({ features: f }, am.bits), dense) : undefined;
  const p = softmax(Array.from(zA, (v, i) => v / am.temperature + shift[i]! + (own ? own[i]! : 0)));
  const decision = choose(p, cues, context);
  // Under an override the model's own choice is still the evidence worth showing (the provocation behind a mute).
  const explained = decision.override ? decision.modelAction : decision.action;
  const contrib = contributions(am, f, dense, norm.tokens.length, explained, runnerUp(p, explained));
  const spans = spansOf(cues);
  const quote = (s: Span) => quoteSpan(text, norm, s);
  const content = (i: number) => isContentWord(norm, i);
  const reasons = reasonsFor(explained, contrib, spans, quote, content, decision.override, context);
  // A second choice carries its own evidence: what argues for it over the recommendation.
  const alt = alternativeOf(decision);
  const alternative = alt && { action: alt, confidence: round(P(p, alt)),
    reasons: reasonsFor(alt, contributions(am, f, dense, norm.tokens.length, alt, decision.action), spans, quote, content).filter((r) => r.code !== 'no-strong-cue').slice(0, 2) };
  // The panel's bars follow the decision: "don't reply" is ignore plus mute (spam aside), a complaint is an apology.
  const spamLike = cues.spam.length + cues.links > 0 ? 0.3 : 1;
  return {
    language, tone: harm.tone, toxicity: harm.toxicity, hate: harm.hate,
    threat: decision.override || cues.threat.length ? Math.max(harm.threat, round(P(p, 'report'))) : harm.threat,
    troll: round(P(p, 'ignore') + P(p, 'mute') * spamLike), complaint: round(P(p, 'apologise')), misinformation: round(P(p, 'fact-check')),
    action: decision.action, confidence: decision.confidence, reasons,
    ...(alternative ? { alternative } : {}),
  };
}

/**
 * The example a user's decision teaches (personal.ts): the comment's features and the model's logits, never
 * its text. `recommended` is what the user was shown, `chosen` what they did.
 */
export function decisionExample(text: string, recommended: Action, chosen: Action, models?: Partial<Models>): DecisionExample {
  const heads = models?.heads ?? defaultModel();
  const am = models?.actions ?? defaultActionModel();
  const s = stack(text, heads);
  const z = actionLogits(am, s.features, s.dense, s.norm.tokens.length);
  const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
  return { words: wordFeatures(s, am.bits), dense: Array.from(s.dense, round4), logits: Array.from(z, (v) => round4(v / am.temperature)), recommended, chosen };
}

/** Scores a page's batch in order; the batch is what lets copy-pasting across a thread show up. */
export function assessBatch(inputs: ScoreInput[], thresholds: PolicyThresholds = DEFAULT_THRESHOLDS, models?: Partial<Models>): Assessment[] {
  const copies = findCopies(inputs);
  // Waves within the batch; the worker also passes the waves it sees across threads (input.wave).
  const waves = waveSizes(inputs);
  return inputs.map((input, i) => assess({ ...input, wave: Math.max(input.wave ?? 0, waves[i] ?? 0) || undefined }, thresholds, copies.has(i), models));
}
