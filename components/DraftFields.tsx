import { t, type MessageKey } from '@/lib/i18n';
import { SETTING_OF } from '@/lib/panel/draft-fields';
import type { Values } from '@/lib/templates/render';
import { VARIABLE_ORIGIN, type Variable } from '@/lib/templates/situations';

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
