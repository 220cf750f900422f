import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Desk } from '@/lib/panel/desk';
import { bestSource } from '@/lib/panel/source-match';
import type { Source } from '@/lib/store/sources';

interface Props {
  desk: Desk;
  /** The comment the reply answers: the source whose claim it repeats is picked for the user. */
  comment: string;
  selected?: string;
  /** Focus target for "fill in" links: the first choice, or the form's web address. */
  firstId: string;
  onChange(id: string | undefined): void;
}

/**
 * The source a fact-check cites: the guide's source whose claim the comment repeats is chosen at once; with none
 * that fits, the user picks one or adds one here, and the reply cannot leave until it has one.
 */
export function SourcePicker({ desk, comment, selected, firstId, onChange }: Props) {
  const [sources, setSources] = useState<Source[]>();
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState({ url: 'https://', claim: '' });
  const [error, setError] = useState('');
  useEffect(() => { void desk.sources().then(setSources); }, []);
  const fitting = sources && bestSource(sources, comment);
  useEffect(() => { if (!selected && fitting) onChange(fitting.id); }, [fitting?.id]);
  if (!sources) return null;

  const add = async () => {
    try {
      const url = new URL(form.url.trim());
      const source = await desk.addSource({ title: url.hostname, url: url.href, claim: form.claim.trim() });
      setSources([...sources, source]);
      setAdding(false);
      setError('');
      onChange(source.id);
    } catch {
      setError(t('sources_invalid'));
    }
  };
  const showForm = adding || !fitting && !selected;
  return (
    <fieldset class="sources">
      <legend>{t('sources_pick')}</legend>
      {!selected && <p class="warn" role="note">{sources.length ? t('sources_none_fit') : t('sources_none')}</p>}
      {sources.map((s, i) => (
        <label key={s.id}>
          <input type="radio" name="fact-source" id={i === 0 ? firstId : undefined} checked={selected === s.id} onChange={() => onChange(s.id)} />
          <span>{s.title}</span> <span class="hint">— {s.claim}{s === fitting ? ` · ${t('sources_fits')}` : ''}</span>
        </label>
      ))}
      {showForm ? (
        <div class="add-source">
          <label>{t('guide_url')}<input type="url" id={sources.length ? undefined : firstId} value={form.url} onInput={(e) => setForm({ ...form, url: (e.target as HTMLInputElement).value })} /></label>
          <label>{t('guide_claim')}<input type="text" value={form.claim} onInput={(e) => setForm({ ...form, claim: (e.target as HTMLInputElement).value })} /></label>
          {error && <p class="warn" role="alert">{error}</p>}
          <button type="button" onClick={() => void add()} disabled={!form.claim.trim() || !/^https?:\/\/\S+\.\S+/.test(form.url.trim())}>{t('sources_add')}</button>
        </div>
      ) : (
        <button type="button" class="link" onClick={() => setAdding(true)}>{t('guide_add_source')}</button>
      )}
    </fieldset>
  );
}
