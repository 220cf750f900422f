import { VARIABLE_PATTERN, VARIABLES, type Variable } from './situations';

/** Values for a template's variables; anything absent or blank is left unfilled and marked. */
export type Values = Partial<Record<Variable, string | undefined>>;

export type Segment = { text: string } | { variable: Variable };

export interface Rendered {
  /** Text with every unfilled variable shown as `[variable?]`, so braces can never reach a customer. */
  text: string;
  /** Text and unfilled-variable pieces in order, for the panel to highlight what still needs typing. */
  segments: Segment[];
  /** Unfilled variables, each once, in order of first use. */
  missing: Variable[];
}

export const missingMark = (v: Variable): string => `[${v}?]`;

/** A mark left by render (`[issue?]`) or a template variable typed or pasted as is (`{issue}`, `{anything}`). */
const GAP = /\[([a-zA-Z]+)\?\]|\{([a-zA-Z]+)\}/g;

/**
 * The gaps still in a draft, each once, in order — whatever the person did to the text since it was rendered.
 * Nothing may leave the panel while this is not empty. `variable` is set when the gap names a known variable.
 */
export function gapsIn(text: string): Array<{ mark: string; variable?: Variable }> {
  const seen = new Set<string>();
  const gaps: Array<{ mark: string; variable?: Variable }> = [];
  for (const m of text.matchAll(GAP)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    const name = m[1] ?? m[2]!;
    gaps.push((VARIABLES as readonly string[]).includes(name) ? { mark: m[0], variable: name as Variable } : { mark: m[0] });
  }
  return gaps;
}

/** Fills `{variable}`s in a template variant. Unknown variables cannot occur: templates are validated on write. */
export function render(template: string, values: Values): Rendered {
  const segments: Segment[] = [];
  const missing: Variable[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (!text) return;
    const prev = segments.at(-1);
    if (prev && 'text' in prev) prev.text += text;
    else segments.push({ text });
  };
  for (const m of template.matchAll(VARIABLE_PATTERN)) {
    pushText(template.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[1] as Variable;
    const value = values[name]?.trim();
    if (value) pushText(value);
    else {
      segments.push({ variable: name });
      if (!missing.includes(name)) missing.push(name);
    }
  }
  pushText(template.slice(last));
  const text = segments.map((s) => ('text' in s ? s.text : missingMark(s.variable))).join('');
  return { text, segments, missing };
}

/**
 * First word of a display name, the way people address each other in a reply; emoji and symbols dropped. A bare
 * handle (Instagram shows only "klant.kees") is kept whole: "Hi klantkees" would misspell the person's name.
 */
export function firstName(authorName: string): string {
  // The first word with a letter in it: "🌻 Anne-Marie" is Anne-Marie, not an empty name.
  const word = authorName.trim().split(/\s+/).find((w) => /\p{L}/u.test(w)) ?? '';
  if (/^[\p{L}\p{N}]+([._][\p{L}\p{N}]+)+$/u.test(word)) return word;
  return word.replace(/[^\p{L}\p{M}'’-]/gu, '');
}
