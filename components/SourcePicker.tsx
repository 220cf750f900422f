import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Desk, FactSource } from '@/lib/panel/desk';

/** Curated sources from the guide for a fact-check reply; the reply cites the ones ticked. */
export function SourcePicker({ desk, selected, onChange }: { desk: Desk; selected: readonly string[]; onChange(ids: string[]): void }) {
  const [sources, setSources] = useState<FactSource[]>([]);
  useEffect(() => { void desk.sources().then(setSources); }, []);
  if (!sources.length) return <p class="hint">{t('sources_none')}</p>;
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  return (
    <fieldset class="sources">
      <legend>{t('sources_pick')}</legend>
      {sources.map((s) => (
        <label key={s.id}>
          <input type="checkbox" checked={selected.includes(s.id)} onChange={() => toggle(s.id)} />
          <span>{s.title}</span> <span class="hint">{s.claim}</span>
        </label>
      ))}
    </fieldset>
  );
}
