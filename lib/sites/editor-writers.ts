/**
 * The three ways a platform editor accepts text as user input. Plain functions with no imports so the page-world
 * script (entrypoints/page-writer.content.ts) can run them in the page's own realm: Firefox hands the page an
 * empty DataTransfer when a paste or beforeinput event is built in the extension's world (dom.md §4.6).
 */
export type WriteMode = 'paste' | 'beforeinput' | 'value';

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

function transfer(text: string): DataTransfer {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
}

/** Draft.js (X) and Lexical (Facebook) build their own blocks from a paste, newlines included. */
function paste(editor: HTMLElement, text: string): void {
  caretToEnd(editor);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer(text), bubbles: true, cancelable: true }));
}

/** Lexical reads `insertReplacementText` with a dataTransfer as a rich insertion (Briskine, dom.md §2.2). */
function beforeInput(editor: HTMLElement, text: string): void {
  caretToEnd(editor);
  editor.dispatchEvent(new InputEvent('beforeinput', {
    inputType: 'insertReplacementText', data: text, dataTransfer: transfer(text), bubbles: true, cancelable: true,
  }));
}

/**
 * React keeps its own copy of a textarea's value and ignores an `input` event when the element's `value` property
 * (which React overrides) was used; the prototype's native setter bypasses it. Appends, so Instagram's "@handle "
 * prefill stays in front of the reply.
 */
function nativeValue(field: HTMLElement, text: string): void {
  const el = field as HTMLTextAreaElement | HTMLInputElement;
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  el.focus();
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, el.value + text);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export const WRITERS: Record<WriteMode, (editor: HTMLElement, text: string) => void> = {
  paste, beforeinput: beforeInput, value: nativeValue,
};

/** Event the extension's world dispatches on an editor to ask the page-world script to write. */
export const WRITE_EVENT = 'tactful:write';
