/**
 * Tone and harm (toxicity, hate, threat): what the shield veils and the panel's bars show. The heads learned
 * English tweets; the cues correct them where they are blind — Dutch, obfuscation, threats without a swear
 * word, self-deprecation and swearing as praise.
 */
import type { Tone } from './assessment';
import { praises, type Cues } from './cues';
import { sigmoid, softmax3 } from './model';
import type { Normalised } from './text';
import { countEmoji } from './words';

export interface Harm {
  tone: Tone;
  toxicity: number;
  hate: number;
  threat: number;
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

/**
 * Tone of a comment made of emoji alone ("🔥🔥🔥", "😍😍"), common under posts: the training tweets (2013–2016)
 * have almost none, and the model reads them as negative. The emoji lists decide; laughing and unknown emoji
 * stay neutral. Undefined when the comment has words.
 */
export function emojiOnlyTone(norm: Normalised): [number, number, number] | undefined {
  if (!norm.emoji.length || norm.classes.some((k) => k.word)) return undefined;
  const { positive, negative } = countEmoji(norm.emoji);
  if (positive > negative) return [0.04, 0.16, 0.8];
  if (negative > positive) return [0.8, 0.16, 0.04];
  return [0.2, 0.6, 0.2];
}

export function harmScores(z: Float64Array, c: Cues, language: string, emojiTone?: [number, number, number]): Harm {
  // "damn good": the sentiment model learned swear words as negative; as an intensifier of praise they are not.
  // Slang praise ("you killed it") likewise: the lexicon reads "kill" and "sick" as negative.
  const lift = praises(c) && !c.insults.length ? 2 : 0;
  const [negative, neutral, positive] = emojiTone ?? softmax3(z[0]! - lift, z[1]!, z[2]! + lift);
  const menace = c.threat.length + c.selfHarm.length + c.doxxing.length + c.sexual.length + c.pileOn.length;
  const mildOnly = !c.insults.length && !c.swears.length && !menace && !c.slurs.length && (praises(c) || c.selfDeprecation.length > 0);
  let toxicity = sigmoid(z[3]!);
  if (c.targeted.length || c.slurs.length) toxicity = Math.max(toxicity, 0.9);
  else if (c.insults.length || c.swears.length) toxicity = Math.max(toxicity, 0.6);
  if (menace) toxicity = Math.max(toxicity, 0.8);
  if (mildOnly) toxicity = Math.min(toxicity, 0.3);
  // The hate model learned English (HatEval): in English the group-attack cue only confirms a model flag
  // (≥ 0.5); elsewhere the model is blind (Dutch "hoe" means how), so it is halved and the cue decides.
  const hateModel = sigmoid(z[4]!);
  const groupAttack = c.identityAttack.length ? 0.85 : 0;
  const hate = language === 'en' ? (hateModel >= 0.5 ? Math.max(hateModel, groupAttack) : Math.max(hateModel, c.slurs.length ? groupAttack : 0)) : Math.max(hateModel / 2, groupAttack);
  const threat = c.threat.length + c.selfHarm.length + c.doxxing.length ? 0.9 : Math.min(0.3, toxicity * 0.2);
  return { tone: { negative: round(negative), neutral: round(neutral), positive: round(positive) }, toxicity: round(toxicity), hate: round(hate), threat: round(threat) };
}
