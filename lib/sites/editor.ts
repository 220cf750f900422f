/**
 * Writing text into a platform's own editor so that the page's framework (Draft.js, Lexical, React) registers
 * it as user input. Strategies are tried in order and each is verified; nothing is ever submitted.
 */
import { WRITE_EVENT, WRITERS, type WriteMode } from './editor-writers';
import { waitFor } from './wait';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** True when the editor shows `text` (whitespace-insensitive: editors turn newlines into blocks). */
export function editorHas(editor: Element, text: string): boolean {
  const shown = editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement
    ? editor.value
    : (editor as HTMLElement).innerText ?? editor.textContent ?? '';
  return squash(shown).includes(squash(text));
}

/**
 * Asks the page-world writer (entrypoints/page-writer.content.ts) to write; it cancels the request event to say
 * it did. Without it (unit tests, a page that loaded before the extension) the same writer runs here.
 */
export function write(editor: HTMLElement, mode: WriteMode, text: string): void {
  const request = new CustomEvent(WRITE_EVENT, { detail: JSON.stringify({ mode, text }), cancelable: true });
  if (editor.dispatchEvent(request)) WRITERS[mode](editor, text);
}

/** The browser's own insertText: trusted `beforeinput`/`input` events; the last resort, one paragraph. */
function execInsert(editor: HTMLElement, text: string): void {
  editor.focus();
  editor.ownerDocument.execCommand('insertText', false, text);
}

type Strategy = WriteMode | 'execCommand';

/**
 * Tries each strategy until the editor shows the text and `accepted()` (the platform's post button enabled)
 * holds. Returns the name of the strategy that worked, or null.
 */
export async function insertVerified(
  editor: HTMLElement,
  text: string,
  accepted: () => boolean,
  strategies: Strategy[] = ['paste', 'execCommand'],
): Promise<Strategy | null> {
  for (const name of strategies) {
    if (!editorHas(editor, text)) {
      if (name === 'execCommand') execInsert(editor, text);
      else write(editor, name, text);
    }
    if (await waitFor(() => editorHas(editor, text) && accepted(), 600)) return name;
  }
  return null;
}
