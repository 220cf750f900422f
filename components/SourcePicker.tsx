import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Desk } from '@/lib/panel/desk';
import type { Source } from '@/lib/store/sources';

/** Curated sources from the guide for a fact-check reply: the one picked fills the template's {source}. */
export function SourcePicker({ desk, selected, onChange }: { desk: Desk; selected?: string; onChange(id: string | undefined): void }) {
  const [sources, setSources] = useState<Source[]>([]);
  useEffect(() => { void desk.sources().then(setSources); }, []);
  if (!sources.length) return <p class="hint">{t('sources_none')}</p>;
  return (
    <fieldset class="sources">
      <legend>{t('sources_pick')}</legend>
      {sources.map((s) => (
        <label key={s.id}>
          <input type="radio" name="fact-source" checked={selected === s.id} onChange={() => onChange(s.id)} />
          <span>{s.title}</span> <span class="hint">— {s.claim}</span>
        </label>
      ))}
    </fieldset>
  );
}
