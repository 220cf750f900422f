/**
 * `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`) on .output/firefox-mv3. Fails on any error and on
 * any warning except the library ones listed here, each matched by the code it flags, with the reason it is safe
 * (the README repeats them). Last line: JSON.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
// web-ext ships no types; its documented Node API (cmd.lint) is used as the CLI uses it.
// @ts-expect-error -- no declaration file
import webExt from 'web-ext';

const ROOT = join(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output/firefox-mv3');
const OWN_CODE = ['components', 'lib', 'entrypoints'];

interface Finding { code: string; message: string; file?: string; line?: number; column?: number }
interface Known { code: string; library: string; signature: RegExp; why: string; ownCodeMustNotUse: RegExp }

const KNOWN: Known[] = [
  { code: 'DANGEROUS_EVAL', library: 'zod 4', signature: /jitless[\s\S]*Function\(``\)/,
    why: 'zod can compile parsers with `Function` after probing, inside try/catch, whether eval is allowed; Tactful sets z.config({ jitless: true }) (lib/messaging/protocol.ts, lib/store/common.ts), so the probe never runs, and the extension CSP forbids eval anyway.',
    ownCodeMustNotUse: /\bnew Function\b|\bFunction\(|\beval\(/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', library: 'Preact 11', signature: /dangerouslySetInnerHTML[\s\S]*\.innerHTML=/,
    why: 'Preact assigns innerHTML only for the dangerouslySetInnerHTML prop, which Tactful never uses (this script checks its sources): page text reaches the DOM as text only.',
    ownCodeMustNotUse: /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/ },
];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/** The bundled code around the flagged spot, to tell the library's own pattern from anything else. */
async function around(f: Finding): Promise<string> {
  if (!f.file || f.line === undefined) return '';
  const line = (await readFile(join(BUILD, f.file), 'utf8')).split('\n')[f.line - 1] ?? '';
  const col = f.column ?? 0;
  return line.slice(Math.max(0, col - 400), col + 200);
}

const result = await webExt.cmd.lint({ sourceDir: BUILD, output: 'none', warningsAsErrors: false, selfHosted: false },
  { shouldExitProgram: false }) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };

const unexpected: string[] = result.errors.map((e) => `error ${e.code} ${e.file ?? ''}: ${e.message}`);
const explained: string[] = [];
for (const w of result.warnings) {
  const match = KNOWN.find((k) => k.code === w.code);
  if (match && match.signature.test(await around(w))) explained.push(`${w.code} in ${w.file} — ${match.library}: ${match.why}`);
  else unexpected.push(`warning ${w.code} ${w.file ?? ''}:${w.line ?? ''}: ${w.message}`);
}
const own = (await Promise.all(OWN_CODE.map(sourceFiles))).flat();
for (const file of own) {
  // Comments may name what the code must not do.
  const text = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  for (const k of KNOWN) if (k.ownCodeMustNotUse.test(text)) unexpected.push(`${relative(ROOT, file)} does what ${k.code} is allowed for only in ${k.library}`);
}

for (const line of explained) console.log(`known: ${line}`);
for (const line of unexpected) console.log(`NOT OK: ${line}`);
console.log(JSON.stringify({ errors: result.errors.length, warnings: result.warnings.length, notices: result.notices.length, library: explained.length, unexpected: unexpected.length }));
if (unexpected.length) process.exitCode = 1;
