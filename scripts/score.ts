/**
 * `npm run score -- "comment text"` prints the assessment of one comment;
 * `npm run score -- --file comments.csv` (a `text` column, optional `author`) or `--file comments.txt`
 * (one comment a line) scores a file as one batch; `--jsonl` prints one JSON object per comment, with `wave` (the
 * number of comments in it) for a comment in a wave: the same text from several accounts (or file lines).
 * Bad input gets a one-line message and exit code 2, never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Assessment, ScoreInput } from '../lib/scoring/assessment';
import { describeReason } from '../lib/scoring/reasons';
import { assessBatch } from '../lib/scoring/score';
import { waveSizes } from '../lib/scoring/waves';
import { parseCsv } from './data/load';

/** The extension's own limit on one comment (lib/messaging/protocol.ts). */
const MAX_TEXT = 300_000;
const MAX_FILE = 50 * 1024 * 1024;

class InputError extends Error {}

function usage(): never {
  throw new InputError('usage: npm run score -- [--jsonl] "comment text" | --file comments.csv|comments.txt');
}

function checkText(text: string, where: string): string {
  if (text.includes('\u0000')) throw new InputError(`${where} looks binary (it contains NUL bytes); give text, CSV or a .txt file`);
  if (text.length > MAX_TEXT) throw new InputError(`${where} is too long: ${text.length.toLocaleString('en')} characters; the limit is ${MAX_TEXT.toLocaleString('en')}, as in the extension`);
  return text;
}

function readInputs(path: string): ScoreInput[] {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new InputError(`cannot read ${path}: no such file`);
  }
  if (size > MAX_FILE) throw new InputError(`${path} is ${(size / 1048576).toFixed(0)} MB; the limit is ${MAX_FILE / 1048576} MB`);
  const buf = readFileSync(path);
  if (buf.includes(0)) throw new InputError(`${path} looks binary (it contains NUL bytes); give a CSV with a "text" column or a .txt file`);
  const src = new TextDecoder('utf-8', { fatal: false }).decode(buf).replace(/^\uFEFF/u, '');
  if (src.includes('\uFFFD')) throw new InputError(`${path} is not UTF-8 text`);
  if (path.toLowerCase().endsWith('.csv')) {
    const [header, ...rows] = parseCsv(src);
    const col = header?.findIndex((h) => h.trim().toLowerCase() === 'text') ?? -1;
    if (col < 0) throw new InputError(`${path} has no "text" column (header: ${header?.join(', ') ?? 'none'})`);
    const author = header!.findIndex((h) => h.trim().toLowerCase() === 'author');
    return rows.map((r, i) => ({ id: String(i + 1), text: checkText(r[col] ?? '', `row ${i + 2}`), author: author >= 0 ? r[author] : undefined }));
  }
  return src.split(/\r?\n/u).map((line, i) => ({ id: String(i + 1), text: checkText(line, `line ${i + 1}`) })).filter((x) => x.text.trim() !== '');
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function pretty(text: string, a: Assessment): string {
  return [
    `"${text.length > 120 ? `${text.slice(0, 117)}...` : text}"`,
    `  action     ${a.action} (confidence ${pct(a.confidence)})`,
    `  reasons    ${a.reasons.map(describeReason).join(' · ')}`,
    // The runner-up the panel offers beside the recommendation when the model is torn (policy.ts alternativeOf).
    ...(a.alternative ? [`  or perhaps ${a.alternative.action} (confidence ${pct(a.alternative.confidence)})${a.alternative.reasons.length ? `: ${a.alternative.reasons.map(describeReason).join(' · ')}` : ''}`] : []),
    `  language   ${a.language}`,
    `  tone       negative ${pct(a.tone.negative)} · neutral ${pct(a.tone.neutral)} · positive ${pct(a.tone.positive)}`,
    `  toxicity ${pct(a.toxicity)} · hate ${pct(a.hate)} · threat ${pct(a.threat)} · troll ${pct(a.troll)} · complaint ${pct(a.complaint)} · misinformation ${pct(a.misinformation)}`,
  ].join('\n');
}

function main(argv: string[]): void {
  const jsonl = argv.includes('--jsonl');
  const args = argv.filter((a) => a !== '--jsonl');
  let inputs: ScoreInput[];
  if (args[0] === '--file') {
    if (!args[1]) usage();
    inputs = readInputs(args[1]);
    if (!inputs.length) throw new InputError(`${args[1]} has no comments to score`);
  } else {
    if (!args.length || args[0]!.startsWith('--')) usage();
    const text = checkText(args.join(' '), 'the comment');
    if (!text.trim()) throw new InputError('the comment is empty: nothing to score');
    inputs = [{ id: '1', text }];
  }
  const results = assessBatch(inputs);
  // A comment in a wave (the same text from several accounts, or several lines of a file without authors)
  // carries `wave`: how many comments the wave has.
  const waves = waveSizes(inputs);
  results.forEach((a, i) => {
    const text = inputs[i]!.text;
    const wave = waves[i] === undefined ? {} : { wave: waves[i] };
    console.log(jsonl ? JSON.stringify({ text, ...a, ...wave, reasons: a.reasons.map(describeReason), reasonCodes: a.reasons }) : pretty(text, a) + (waves[i] ? `\n  wave       ${waves[i]} comments with the same text` : ''));
  });
}

try {
  main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof InputError)) throw err;
  console.error(`score: ${err.message}`);
  process.exit(2);
}
