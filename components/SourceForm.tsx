import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { InvalidRecord, putSource, type TactfulDb } from '@/lib/store';
import type { Source } from '@/lib/store/sources';
import { LIMITS } from '@/lib/limits';

export function SourceForm({ guide, source, onDone }: { guide: () => Promise<TactfulDb>; source?: Source; onDone(): void }) {
  const now = new Date().toISOString();
  const [draft, setDraft] = useState<Source>(source ?? { id: `user-${crypto.randomUUID()}`, title: '', url: 'https://', claim: '', lastChecked: now, tags: [] });
  const [error, setError] = useState('');
  const field = (key: 'title' | 'url' | 'claim') => (e: Event) => setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value });
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await putSource(await guide(), { ...draft, lastChecked: now });
      onDone();
    } catch (err) {
      setError(err instanceof InvalidRecord ? err.message : String(err));
    }
  };
  return (
    <form class="form card" onSubmit={save} aria-label={t('guide_source_form')}>
      <label>{t('guide_title')}<input type="text" value={draft.title} maxLength={LIMITS.sourceTitle} onInput={field('title')} /></label>
      <label>{t('guide_url')}<input type="url" value={draft.url} maxLength={LIMITS.url} onInput={field('url')} /></label>
      <label>{t('guide_claim')}<textarea rows={3} value={draft.claim} maxLength={LIMITS.claim} onInput={field('claim')} /></label>
      {error && <p class="warn" role="alert">{error}</p>}
      <div class="row"><button type="submit" class="primary">{t('settings_save')}</button><button type="button" onClick={onDone}>{t('draft_close')}</button></div>
    </form>
  );
}
