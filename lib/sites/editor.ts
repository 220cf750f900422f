/**
 * Writing text into a platform's own editor so that the page's framework (Draft.js, Lexical, React) registers
 * it as user input. Strategies are tried in order and each is verified; nothing is ever submitted. The page owns
 * the editor and can change it: success means the box holds exactly what was there plus the draft, nothing else.
 */
import type { InsertResult } from './site-adapter';
import { WRITE_EVENT, WRITERS, type WriteMode } from './editor-writers';
import { waitFor } from './wait';

/** What the editor shows. */
export function editorText(editor: Element): string {
  return editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement
    ? editor.value
    : (editor as HTMLElement).innerText ?? editor.textContent ?? '';
}

/** Whitespace-free: editors turn newlines into blocks and spaces into no-break spaces, never words into others. */
const bare = (s: string): string => s.replace(/\s+/g, '');

/**
 * Firefox hands the page an empty DataTransfer built in the extension's world, so there the page-world writer
 * (entrypoints/page-writer.content.ts) builds the events; it cancels the request to say it did. Chromium reads
 * events built here correctly, so it never sends the page a request at all. Without the writer, the same code runs here.
 */
const viaPageWorld = typeof navigator !== 'undefined' && /\bFirefox\//.test(navigator.userAgent);

export function write(editor: HTMLElement, mode: WriteMode, text: string): void {
  if (viaPageWorld) {
    const request = new CustomEvent(WRITE_EVENT, { detail: JSON.stringify({ mode, text }), cancelable: true });
    if (!editor.dispatchEvent(request)) return;
  }
  WRITERS[mode](editor, text);
}

/** The browser's own insertText: trusted `beforeinput`/`input` events; the last resort, one paragraph. */
function execInsert(editor: HTMLElement, text: string): void {
  editor.focus();
  editor.ownerDocument.execCommand('insertText', false, text);
}

type Strategy = WriteMode | 'execCommand';

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A freshly opened box may still be filling in the platform's own prefill (the @mention): wait until it is still. */
async function settled(editor: Element): Promise<string> {
  let last = editorText(editor);
  for (let i = 0; i < 8; i++) {
    await pause(50);
    const now = editorText(editor);
    if (now === last) return now;
    last = now;
  }
  return last;
}

const changed: InsertResult = { ok: false, reason: 'not-accepted', detail: 'the reply box does not hold exactly the draft: the page changed it' };

/**
 * Tries each strategy until the editor holds exactly its earlier content plus `text` and `accepted()` (the
 * platform's post button enabled) holds, then checks once more a moment later: a page script that rewrites the draft
 * is reported, never confirmed. A strategy that left anything else in the box ends the attempt: writing again would
 * only pile text on top.
 */
export async function insertVerified(
  editor: HTMLElement,
  text: string,
  accepted: () => boolean,
  strategies: Strategy[] = ['paste', 'execCommand'],
): Promise<InsertResult> {
  const before = bare(await settled(editor));
  const expected = before + bare(text);
  const holds = (): boolean => bare(editorText(editor)) === expected;
  for (const name of strategies) {
    const now = bare(editorText(editor));
    if (now !== before && now !== expected) return changed;
    if (now === before) {
      if (name === 'execCommand') execInsert(editor, text);
      else write(editor, name, text);
    }
    if (await waitFor(() => holds() && accepted(), 600)) {
      await pause(150);
      return holds() ? { ok: true, verified: true } : changed;
    }
  }
  return bare(editorText(editor)) === before ? { ok: false, reason: 'not-accepted' } : changed;
}
