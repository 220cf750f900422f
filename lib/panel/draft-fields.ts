/** Which of a draft's variables the panel asks for, and how. Pure: the draft editor renders what this returns. */
import type { Settings } from '../store/settings';
import { FACT_VARIABLES } from '../templates/fit';
import type { Values } from '../templates/render';
import { VARIABLE_ORIGIN, variablesIn, type Variable } from '../templates/situations';

/** The settings behind {agent} and {brand}: asked in the draft while empty, then saved. */
export const SETTING_OF: Partial<Record<Variable, keyof Pick<Settings, 'agentName' | 'brandName'>>> = { agent: 'agentName', brand: 'brandName' };

/**
 * Which variables get a field: what the person replying types ({answer}, {timeframe}, {issue}), the comment's
 * facts (pre-filled), a name the page did not give, and a setting that is still empty (asked once, then saved).
 * Sources have their own picker.
 */
export function fieldsFor(template: string, values: Values, settings: Settings): Variable[] {
  return variablesIn(template).filter((v) => {
    const origin = VARIABLE_ORIGIN[v];
    if (origin === 'typed') return true;
    // Facts read from the comment are shown filled in, so a wrong guess is seen and fixed before it is sent.
    if (origin === 'comment') return FACT_VARIABLES.includes(v) || !values[v]?.trim();
    if (origin === 'setting') return !settings[SETTING_OF[v]!].trim();
    return false;
  });
}
