import type { Assessment, Language, Reason, ScoreInput } from './assessment';
import type { PolicyThresholds } from './policy-settings';
import { CLAIM, COMPLAINT, DUTCH, INSULTS, NEGATIVE, POSITIVE } from './lexicon';

const WORD = /[\p{L}\p{N}']+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Distinct lexicon hits, plurals included ("clowns" → "clown"). */
function hits(tokens: string[], lexicon: readonly string[]): string[] {
  return [...new Set(tokens.filter((t) => lexicon.includes(t) || (t.endsWith('s') && lexicon.includes(t.slice(0, -1)))))];
}

function language(tokens: string[]): Language {
  if (tokens.length === 0) return 'other';
  const nl = hits(tokens, DUTCH).length / tokens.length;
  return nl > 0.12 ? 'nl' : 'en';
}

/** Scores one comment. Pure: the same input always gives the same assessment. */
export function assess(input: ScoreInput): Assessment {
  const tokens = words(input.text);
  const lower = input.text.toLowerCase();
  const neg = hits(tokens, NEGATIVE);
  const pos = hits(tokens, POSITIVE);
  const insults = hits(tokens, INSULTS);
  const complaintCues = hits(tokens, COMPLAINT);
  const claims = CLAIM.filter((c) => lower.includes(c));
  const letters = input.text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();

  const negScore = neg.length + insults.length * 2 + (shouting ? 1 : 0);
  const raw = { negative: 0.2 + negScore, neutral: 1, positive: 0.2 + pos.length };
  const sum = raw.negative + raw.neutral + raw.positive;
  const tone = { negative: raw.negative / sum, neutral: raw.neutral / sum, positive: raw.positive / sum };
  const toxicity = Math.min(1, insults.length * 0.6);
  const troll = Math.min(1, insults.length * 0.4 + (shouting ? 0.3 : 0));
  // A concrete issue only reads as a complaint when the comment is not praise.
  const complaint = pos.length > neg.length ? 0 : Math.min(1, complaintCues.length * 0.45 + (neg.length > 0 ? 0.1 : 0));
  const misinformation = Math.min(1, claims.length * 0.6);

  const reasons: Reason[] = [];
  for (const w of insults) reasons.push({ code: 'insult', evidence: w });
  if (shouting) reasons.push({ code: 'all-caps' });
  if (complaintCues.length) reasons.push({ code: 'concrete-issue', evidence: complaintCues.join(', ') });
  for (const c of claims) reasons.push({ code: 'claim', evidence: c });
  if (pos.length) reasons.push({ code: 'praise', evidence: pos[0] });
  if (!reasons.length) reasons.push({ code: 'no-strong-cue' });

  const action =
    toxicity >= 0.6 ? 'report'
    : troll >= 0.5 ? 'ignore'
    : misinformation >= 0.5 ? 'fact-check'
    : complaint >= 0.45 ? 'apologise'
    : tone.positive > tone.negative ? 'thank'
    : 'answer';
  const confidence = Math.max(toxicity, troll, misinformation, complaint, tone.positive, 0.3);
  return {
    language: language(tokens),
    tone, toxicity, hate: 0, threat: 0, troll, complaint, misinformation,
    action, confidence, reasons: reasons.slice(0, 4),
  };
}

export function assessBatch(inputs: ScoreInput[], _thresholds?: PolicyThresholds): Assessment[] {
  return inputs.map(assess);
}
