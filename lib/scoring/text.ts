/**
 * Text normalisation shared by training and scoring, so the model sees comments exactly as it saw its data.
 * Undoes the usual ways people dodge word filters ("id1ot", "f.u.c.k", "f u c k", "stuuupid") before
 * anything is looked up, and keeps the original casing aside for the ALL-CAPS cue.
 */
import { classify, isListed, type TokenClass } from './words';

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i', '|': 'i' };
// Links, also written bare ("bit.ly/x7Yq", "free-followers.shop"): under a post a bare domain is as much a lure.
const URL_RE = /https?:\/\/\S+|www\.\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|nl|be|eu|ly|io|co|biz|info|me|shop|store|xyz|site|online|link|app|top|club|live|tv|gg)(?:\/\S*)?(?![\p{L}\p{N}])/giu;
// A mention starts a word: the "@" inside "tw@t" or an e-mail address is a letter or part of the address.
const MENTION_RE = /(^|[^\w@.])@\w{1,30}/gu;
// Single letters joined by dots, dashes, asterisks or spaces: "f.u.c.k", "f-u-c-k", "f u c k".
// (No lookbehind: the preceding character is captured and put back, which is several times faster.)
const spaced = (letter: string, letterOrDigit: string) =>
  new RegExp(`(^|[^${letterOrDigit}])(${letter}(?:[ .\\-*_]${letter}){2,})(?![${letterOrDigit}])`, 'gu');
const SPACED_RE = spaced('\\p{L}', '\\p{L}\\p{N}');
// The same for ASCII-only text, where \p{L} is [A-Za-z] and \p{N} is [0-9]: property classes are slow to test
// (measured: 30 → 5 ms per 10,000 comments).
const SPACED_ASCII_RE = spaced('[A-Za-z]', 'A-Za-z0-9');
const SEPARATORS = /[ .\-*_]/gu;
const URL_HINT = /http|www\.|\.(?:com|net|org|nl|be|eu|ly|io|co|biz|info|me|shop|store|xyz|site|online|link|app|top|club|live|tv|gg)\b/iu;
const ASCII = /^[\x00-\x7f]*$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const TRIM = /^[#'!|]+|['!|]+$/gu;
/** Whether TRIM has anything to remove, from the first and last character: most tokens have nothing. */
const trimmable = (t: string) => "#'!|".includes(t[0]!) || "'!|".includes(t[t.length - 1]!);

/**
 * Tokens are the matches of /[\p{L}\p{N}#'*$@!|%]+|\p{Extended_Pictographic}/gu, scanned by hand: a regex exec
 * per token allocates a match object, and the property classes are tested once per distinct code point here.
 */
const GAP = 0, WORD = 1, PICTO = 2;
const WORD_CHAR = /^[\p{L}\p{N}#'*$@!|%]$/u;
const PICTO_CHAR = /^\p{Extended_Pictographic}$/u;
// A word character wins when a code point is both (as the regex's first alternative does).
const kindOf = (ch: string) => (WORD_CHAR.test(ch) ? WORD : PICTO_CHAR.test(ch) ? PICTO : GAP);
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => kindOf(String.fromCharCode(c)));
const kindCache = new Map<number, number>();

function charKind(cp: number): number {
  if (cp < 128) return ASCII_KIND[cp]!;
  let k = kindCache.get(cp);
  if (k === undefined) {
    if (kindCache.size > 50_000) kindCache.clear();
    kindCache.set(cp, (k = kindOf(String.fromCodePoint(cp))));
  }
  return k;
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** End of the token starting at `i` (a word run or one pictograph), or `i` when none starts there. */
function tokenEnd(s: string, i: number): number {
  const first = s.codePointAt(i)!;
  const kind = charKind(first);
  if (kind !== WORD) return kind === PICTO ? i + width(first) : i;
  let end = i + width(first);
  for (let cp = 0; end < s.length && charKind((cp = s.codePointAt(end)!)) === WORD; ) end += width(cp);
  return end;
}

export interface Normalised {
  /** Lower-case tokens after de-obfuscation; '#' kept on hashtags' first token as a separate 'hashtag' marker. */
  tokens: string[];
  /** Token as written (same index), for quoting evidence back to the user. */
  raw: string[];
  /** Letters, and how many of them are upper case: the ALL-CAPS cue and feature read them. */
  letterCount: number;
  upperCount: number;
  /** Emoji in the text, in order. */
  emoji: string[];
  /** What the word lists say about each token (same index): language id, features and cues all read it. */
  classes: TokenClass[];
  /** Whether each token opens a sentence (first, or after . ! ? or a line break): where questions start. */
  starts: boolean[];
}

/**
 * "id1ot" → "idiot", "$hit" → "shit". Leaves numbers ("2024", "#4411", "90%"), short codes ("5g", "4u") and
 * trailing version digits ("covid19", "mp3") alone.
 */
function unleet(token: string): string {
  const body = token.replace(/\d+$/u, '');
  if ((body.match(/\p{L}/gu)?.length ?? 0) < 2 || !/[0-9@$!|]/u.test(body)) return token;
  let out = '';
  for (const ch of body) out += LEET[ch] ?? ch;
  return out + token.slice(body.length);
}

/** Runs of three or more of a letter become two: "stuuupid" → "stuupid", "sooo" → "soo". */
export function squeeze(word: string): string {
  return word.replace(/(\p{L})\1{2,}/gu, '$1$1');
}

const LEETISH = /[0-9@$!|]/u;

/** Three of the same character in a row ("sooo"), checked without a regex: most tokens have none. */
function hasRun(word: string): boolean {
  for (let i = 2; i < word.length; i++) if (word[i] === word[i - 1] && word[i] === word[i - 2]) return true;
  return false;
}

/** Comments repeat the same words: each distinct raw token is normalised once (bounded cache). */
const tokenCache = new Map<string, string>();

/** Only a–z, with no run of three: lower-casing was all normToken had to do. */
function alreadyNormal(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 97 || code > 122 || (i >= 2 && code === token.charCodeAt(i - 1) && code === token.charCodeAt(i - 2))) return false;
  }
  return true;
}

function normToken(trimmed: string): string {
  // Most tokens are plain words: a scan of their letters (and lower-casing, when capitalised) is cheaper than a
  // lookup in the cache.
  if (alreadyNormal(trimmed)) return trimmed;
  const lower = trimmed.toLowerCase();
  if (alreadyNormal(lower)) return lower;
  let out = tokenCache.get(trimmed);
  if (out === undefined) {
    if (tokenCache.size > 50_000) tokenCache.clear();
    out = lower;
    if (LEETISH.test(out)) out = unleet(out);
    if (hasRun(out)) {
      const single = out.replace(/(\p{L})\1{2,}/gu, '$1');
      out = isListed(single) ? single : squeeze(out);
    }
    if (out.includes("'")) out = out.replace(/'/gu, '');
    tokenCache.set(trimmed, out);
  }
  return out;
}

export function normalise(text: string): Normalised {
  // NFKC folds full-width and styled letters ("𝐢𝐝𝐢𝐨𝐭"); plain ASCII needs none and skips the cost.
  const ascii = ASCII.test(text);
  let cleaned = ascii ? text : text.normalize('NFKC');
  // Cheap substring checks first: most comments have no link and no mention.
  if (URL_HINT.test(cleaned)) cleaned = cleaned.replace(URL_RE, ' httpurl ');
  if (cleaned.includes('@')) cleaned = cleaned.replace(MENTION_RE, '$1 mentionuser ');
  // Still ASCII when the text was: the placeholders above are.
  cleaned = cleaned.replace(ascii ? SPACED_ASCII_RE : SPACED_RE, (_m, before: string, letters: string) => before + letters.replace(SEPARATORS, ''));
  const tokens: string[] = [];
  const raw: string[] = [];
  const emoji: string[] = [];
  const starts: boolean[] = [];
  let boundary = true;
  for (let i = 0; i < cleaned.length; ) {
    const end = tokenEnd(cleaned, i);
    if (end === i) {
      const gap = cleaned.charCodeAt(i);
      if (gap === 46 || gap === 63 || gap === 10 || gap === 33) boundary = true; // . ? newline !
      i++; // a gap; the low half of a surrogate pair after it is a gap too, as in the regex's scan
      continue;
    }
    const t = cleaned.slice(i, end);
    i = end;
    if (t.charCodeAt(0) >= 0x2000 && PICTOGRAPHIC.test(t)) {
      emoji.push(t);
      tokens.push(t);
      raw.push(t);
      starts.push(boundary);
      boundary = true; // an emoji ends a sentence as often as a full stop does
      continue;
    }
    const trimmed = trimmable(t) ? t.replace(TRIM, '') : t;
    if (!trimmed) continue;
    tokens.push(normToken(trimmed));
    raw.push(trimmed);
    starts.push(boundary);
    boundary = t.charCodeAt(t.length - 1) === 33; // "great!" keeps its "!" in the token
  }
  let letterCount = 0, upperCount = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) (letterCount++, upperCount++);
    else if (code >= 97 && code <= 122) letterCount++;
    else if (code >= 0xc0 && code < 0xd800) {
      const ch = text[i]!; // cased letters beyond ASCII (é, Ü, ß); case-less scripts count as neither
      if (ch.toLowerCase() !== ch) (letterCount++, upperCount++);
      else if (ch.toUpperCase() !== ch) letterCount++;
    }
  }
  return { tokens, raw, letterCount, upperCount, emoji, classes: tokens.map(classify), starts };
}
