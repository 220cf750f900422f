/**
 * BIFF check of a draft reply: Brief, Informative, Friendly, Firm (Bill Eddy's method for answering hostile
 * messages). Pure heuristics on the text; "Friendly" also takes the scorer's tone of the draft when given.
 */
import type { Tone } from '../scoring/assessment';
import { CUES, TIPS, type TipCode } from './biff-cues';
import type { TemplateLanguage } from './situations';

export interface LetterResult {
  /** 0 (fails) … 1 (fine). */
  score: number;
  tips: string[];
  codes: TipCode[];
}

export interface BiffResult {
  brief: LetterResult;
  informative: LetterResult;
  friendly: LetterResult;
  firm: LetterResult;
  /** The weakest letter's score: a draft is only as good as its worst side. */
  overall: number;
}

const count = (text: string, phrases: readonly string[]): number =>
  phrases.reduce((n, p) => n + (text.match(new RegExp(`(?<![\\p{L}])${escape(p)}(?![\\p{L}])`, 'gu'))?.length ?? 0), 0);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function letter(lang: TemplateLanguage, penalties: Array<[TipCode, number]>): LetterResult {
  const hits = penalties.filter(([, p]) => p > 0);
  const score = Math.max(0, 1 - hits.reduce((s, [, p]) => s + p, 0));
  return { score: Math.round(score * 100) / 100, codes: hits.map(([c]) => c), tips: hits.map(([c]) => TIPS[lang][c]) };
}

/** A variable still in the text (`{answer}` in a template, `[answer?]` in a draft not yet filled). */
const GAP = /\[([a-zA-Z]+)\?\]|\{([a-zA-Z]+)\}/g;
/** What a variable will be once filled: a link, or a concrete fact (a number, a time, the answer itself). */
const LINK_VARIABLES = new Set(['source']);
const FACT_VARIABLES = new Set(['order', 'timeframe', 'answer']);

/**
 * The draft without its variables, which are not text the reader will see (the `?` of `[issue?]` is not a
 * question, `{name}` is not a word), plus whether the variables will bring a link or a fact.
 */
export function withoutGaps(draft: string): { text: string; link: boolean; fact: boolean } {
  let link = false;
  let fact = false;
  const text = draft.replace(GAP, (_, marked?: string, raw?: string) => {
    const v = marked ?? raw!;
    link ||= LINK_VARIABLES.has(v);
    fact ||= FACT_VARIABLES.has(v);
    return '';
  });
  return { text, link, fact };
}

/**
 * Checks a draft written in `lang` (the cues are per language); `tipLanguage` is the language the person reads
 * the tips in (the interface's), which may differ from the draft's.
 */
export function biffCheck(raw: string, lang: TemplateLanguage, tone?: Tone, tipLanguage: TemplateLanguage = lang): BiffResult {
  const { text: draft, link, fact } = withoutGaps(raw);
  const text = draft.toLowerCase();
  const cues = CUES[lang];
  const words = draft.match(/[\p{L}\p{N}]+/gu) ?? [];
  const sentences = draft.split(/(?<=[.!?])\s+|\n+/).filter((s) => /[\p{L}\p{N}]/u.test(s));
  const longest = Math.max(0, ...sentences.map((s) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0));

  const brief = letter(tipLanguage, [
    ['too-long', words.length > 60 ? Math.min(0.7, (words.length - 60) / 60) : 0],
    ['long-sentence', longest > 25 ? 0.2 : 0],
    ['too-many-sentences', sentences.length > 4 ? 0.2 : 0],
  ]);

  // A fact: a number, a date, a link, a named day or the rules cited. A next step: something the reader can do or expect.
  const hasLink = link || /https?:\/\/|www\./i.test(draft);
  const informative = letter(tipLanguage, [
    ['no-fact', hasLink || fact || /\d/.test(draft) || count(text, cues.fact) > 0 ? 0 : 0.4],
    ['no-next-step', hasLink || count(text, cues.nextStep) > 0 ? 0 : 0.4],
  ]);

  const letters = draft.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  const negative = tone ? Math.max(0, tone.negative - tone.positive) : 0;
  const friendly = letter(tipLanguage, [
    ['negative-tone', negative > 0.2 ? Math.min(0.6, negative) : 0],
    ['blame', count(text, cues.blame) > 0 ? 0.4 : 0],
    ['sarcasm', count(text, cues.sarcasm) > 0 ? 0.4 : 0],
    ['shouting', /!{2,}/.test(draft) || (letters.length >= 12 && capitals / letters.length > 0.5) ? 0.3 : 0],
  ]);

  const apologies = count(text, cues.apology);
  const hedges = count(text, cues.hedging);
  const firm = letter(tipLanguage, [
    ['over-apologising', apologies > 1 ? 0.2 * (apologies - 1) + 0.1 : 0],
    ['hedging', hedges > 0 ? Math.min(0.5, 0.15 * hedges) : 0],
    ['arguing', count(text, cues.arguing) > 0 ? 0.4 : 0],
    ['too-many-questions', (draft.match(/\?/g)?.length ?? 0) > 1 ? 0.2 : 0],
  ]);

  const overall = Math.min(brief.score, informative.score, friendly.score, firm.score);
  return { brief, informative, friendly, firm, overall };
}
