import { t, type MessageKey } from '@/lib/i18n';
import type { Settings } from '@/lib/store/settings';
import type { Values } from '@/lib/templates/render';
import { VARIABLE_ORIGIN, VARIABLE_PATTERN, type Variable } from '@/lib/templates/situations';

/** Facts read from the comment: shown filled in, so a wrong guess is seen and fixed before it is sent. */
const FACTS: readonly Variable[] = ['order', 'product', 'place'];
const SETTING_OF: Partial<Record<Variable, keyof Pick<Settings, 'agentName' | 'brandName'>>> = { agent: 'agentName', brand: 'brandName' };

/** The variables a template uses, each once, in order of first use. */
export const variablesIn = (template: string): Variable[] => [...new Set([...template.matchAll(VARIABLE_PATTERN)].map((m) => m[1] as Variable))];

/**
 * Which variables get a field: what the person replying types ({answer}, {timeframe}, {issue}), the comment's
 * facts (pre-filled), a name the page did not give, and a setting that is still empty (asked once, then saved).
 * Sources have their own picker.
 */
export function fieldsFor(template: string, values: Values, settings: Settings): Variable[] {
  return variablesIn(template).filter((v) => {
    const origin = VARIABLE_ORIGIN[v];
    if (origin === 'typed') return true;
    if (origin === 'comment') return FACTS.includes(v) || !values[v]?.trim();
    if (origin === 'setting') return !settings[SETTING_OF[v]!].trim();
    return false;
  });
}

interface Props {
  fields: Variable[];
  values: Values;
  missing: ReadonlySet<Variable>;
  idOf(v: Variable): string;
  onInput(v: Variable, value: string): void;
  /** The field was left (change event): a setting is saved then, and a mark in an edited draft is filled. */
  onCommit(v: Variable, value: string): void;
}

/** One labelled field per variable; the ones still empty are marked invalid so they stand out and are announced. */
export function DraftFields({ fields, values, missing, idOf, onInput, onCommit }: Props) {
  return (
    <>
      {fields.map((v) => {
        const common = {
          id: idOf(v), value: values[v] ?? '', 'aria-invalid': missing.has(v) ? ('true' as const) : undefined, dir: 'auto' as const,
          onInput: (e: Event) => onInput(v, (e.target as HTMLInputElement).value),
          onChange: (e: Event) => onCommit(v, (e.target as HTMLInputElement).value),
        };
        return (
          <div class={`field${VARIABLE_ORIGIN[v] === 'comment' ? ' fact' : ''}`} key={v}>
            <label for={idOf(v)}>{t(`variable_${v}` as MessageKey)}</label>
            {v === 'answer' ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
            {SETTING_OF[v] && <span class="hint">{t('draft_setting_saved')}</span>}
          </div>
        );
      })}
    </>
  );
}
