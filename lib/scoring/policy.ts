/**
 * The response policy: one place that turns scores and cues into an action, a confidence and 1–4 reasons.
 * Thresholds come from the user's settings (PolicyThresholds); the order below is the order of precedence:
 *
 * 1. report      — a threat or an attack on a group (score ≥ `report`; hate only when toxicity or a
 *                  group-attack cue agrees): keep evidence.
 * 2. mute        — trollishness ≥ `mute` with a personal insult *and* a pattern (provocation or the same text
 *                  posted again): the person, not the point, is the problem, and muting ends the pattern.
 * 3. report      — toxicity ≥ `report` with an insult: harassment, keep evidence.
 * 4. ignore      — trollishness ≥ `ignore`: a reply feeds it.
 * 5. fact-check  — misinformation ≥ `factCheck` and above the complaint score: answer the audience with sources.
 * 6. apologise   — complaint ≥ `apologise`: a customer with a real problem.
 * 7. thank       — positive tone leads at 0.4 or more (or beats negative, with swearing as praise).
 * 8. answer      — everything else (questions, neutral remarks, criticism without a concrete issue).
 */
import type { Action, Assessment, Reason } from './assessment';
import { praises, type Cues } from './cues';
import type { PolicyThresholds } from './policy-settings';

export type Scores = Pick<Assessment, 'tone' | 'toxicity' | 'hate' | 'threat' | 'troll' | 'complaint' | 'misinformation'>;

export interface Evidence {
  cues: Cues;
  copyPaste: boolean;
  question: boolean;
  /** Words that pushed each model score up most (for reasons when no cue fired). */
  offensiveWords: string[];
  hateWords: string[];
}

const list = (words: string[]) => [...new Set(words)].slice(0, 3).join(', ');

function reasonsFor(action: Action, s: Scores, e: Evidence): Reason[] {
  const c = e.cues;
  const r: Reason[] = [];
  const add = (code: string, words?: string[] | string, when = true) => {
    if (!when || (Array.isArray(words) && !words.length) || r.some((x) => x.code === code)) return;
    r.push(words === undefined ? { code } : { code, evidence: typeof words === 'string' ? words : list(words) });
  };
  const abuse = () => {
    add('threat', c.threat);
    add('identity-attack', c.identityAttack);
    add('personal-attack', c.targeted);
    add('insult', c.insults.filter((w) => !c.targeted.includes(w)));
    add('hateful-words', e.hateWords, s.hate >= 0.5 && !c.identityAttack.length);
    add('offensive-words', e.offensiveWords, !c.insults.length && !c.threat.length);
    add('swearing', c.swears.filter((w) => !c.targeted.includes(w)));
  };
  const trolling = () => {
    add('copy-paste', undefined, e.copyPaste);
    add('provocation', c.provocation);
    add('personal-attack', c.targeted);
    add('mocking-emoji', c.mockingEmoji.join(' ') || undefined, c.mockingEmoji.length > 0);
    add('all-caps', undefined, c.shouting);
    add('punctuation-run', c.punctuationRun);
    add('insult', c.insults.filter((w) => !c.targeted.includes(w)));
  };
  if (action === 'report' || action === 'mute') (abuse(), trolling());
  else if (action === 'ignore') (trolling(), abuse());
  else if (action === 'fact-check') add('claim', c.claim);
  else if (action === 'apologise') {
    add('concrete-issue', c.concreteIssue);
    add('negative-tone', undefined, s.tone.negative > 0.5);
  } else if (action === 'thank') add('praise', undefined, true);
  else {
    add('question', undefined, e.question);
    add('negative-tone', undefined, s.tone.negative > 0.5);
    add('provocation', c.provocation);
    add('swearing', c.swears);
  }
  // Cues that argue *against* harassment are worth showing: they explain a milder action.
  add('self-deprecation', c.selfDeprecation);
  add('praise-swearing', c.praiseSwearing);
  add('praise-idiom', c.praiseIdiom);
  if (!r.length) add('no-strong-cue');
  return r.slice(0, 4);
}

export function decide(s: Scores, e: Evidence, t: PolicyThresholds): Pick<Assessment, 'action' | 'confidence' | 'reasons'> {
  const personal = e.cues.targeted.length > 0;
  const pattern = e.copyPaste || e.cues.provocation.length > 0;
  // The hate model alone over-flags comments that merely name a group (see README): reporting on it needs
  // the offensive score or a group-attack cue to agree.
  const hateAgreed = s.toxicity >= 0.5 || e.cues.identityAttack.length > 0 ? s.hate : 0;
  const rules = Math.max(s.threat, hateAgreed);
  const harassment = personal || e.cues.insults.length ? s.toxicity : 0;
  let action: Action;
  let confidence: number;
  if (rules >= t.report) (action = 'report'), (confidence = rules);
  else if (s.troll >= t.mute && personal && pattern) (action = 'mute'), (confidence = s.troll);
  else if (harassment >= t.report) (action = 'report'), (confidence = harassment);
  else if (s.troll >= t.ignore) (action = 'ignore'), (confidence = s.troll);
  else if (s.misinformation >= t.factCheck && s.misinformation > s.complaint) (action = 'fact-check'), (confidence = s.misinformation);
  else if (s.complaint >= t.apologise) (action = 'apologise'), (confidence = s.complaint);
  // Swearing that intensifies praise ("verdomd goed") is emphatic praise even where the tone model is unsure.
  // A near tie between three tones (0.36 / 0.35 / 0.29) is no praise: thanking needs a clear lead.
  else if ((s.tone.positive >= Math.max(s.tone.negative, s.tone.neutral) && s.tone.positive >= 0.4) || (praises(e.cues) && s.tone.positive > s.tone.negative)) {
    (action = 'thank'), (confidence = s.tone.positive);
  }
  else (action = 'answer'), (confidence = 1 - Math.max(s.troll, s.complaint, s.misinformation, s.toxicity) / 2);
  return { action, confidence: Math.round(confidence * 1000) / 1000, reasons: reasonsFor(action, s, e) };
}
