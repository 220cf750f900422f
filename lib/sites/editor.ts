/**
 * Writing text into a platform's own editor so that the page's framework (Draft.js, Lexical, React) registers
 * it as user input. Strategies are tried in order and each is verified; nothing is ever submitted.
 */
import { waitFor } from './wait';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** True when the editor shows `text` (whitespace-insensitive: editors turn newlines into blocks). */
export function editorHas(editor: Element, text: string): boolean {
  const shown = editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement
    ? editor.value
    : (editor as HTMLElement).innerText ?? editor.textContent ?? '';
  return squash(shown).includes(squash(text));
}

function caretToEnd(editor: HTMLElement): void {
  editor.focus();
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** A synthetic paste carrying the text: Draft.js and Lexical build their own blocks from it, newlines included. */
export function pasteInto(editor: HTMLElement, text: string): void {
  caretToEnd(editor);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/** The browser's own insertText: trusted `beforeinput`/`input` events, one line at a time. */
export function execInsert(editor: HTMLElement, text: string): void {
  caretToEnd(editor);
  editor.ownerDocument.execCommand('insertText', false, text);
}

/**
 * Tries each strategy until the editor shows the text and `accepted()` (the platform's post button enabled)
 * holds. Returns the name of the strategy that worked, or null.
 */
export async function insertVerified(
  editor: HTMLElement,
  text: string,
  accepted: () => boolean,
  strategies: Array<[string, (editor: HTMLElement, text: string) => void]> = [['paste', pasteInto], ['execCommand', execInsert]],
): Promise<string | null> {
  for (const [name, write] of strategies) {
    if (!editorHas(editor, text)) write(editor, text);
    if (await waitFor(() => editorHas(editor, text) && accepted(), 600)) return name;
  }
  return null;
}
