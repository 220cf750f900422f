import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { InvalidRecord, putTemplate, type TactfulDb } from '@/lib/store';
import type { Template } from '@/lib/store/templates';
import { SITUATIONS, TEMPLATE_LANGUAGES, VARIABLES, type Situation, type TemplateLanguage } from '@/lib/templates/situations';
import { LIMITS } from '@/lib/limits';

/** Variants are written one after another, separated by a line holding only "---". */
const SEPARATOR = /\n-{3,}\n/;

export function TemplateForm({ guide, template, onDone }: { guide: () => Promise<TactfulDb>; template?: Template; onDone(): void }) {
  const now = new Date().toISOString();
  const [draft, setDraft] = useState<Template>(template ?? {
    id: `user-${crypto.randomUUID()}`, situation: 'answer', language: 'en', title: '', variants: [''], tags: [],
    created: now, lastReviewed: now, timesUsed: 0,
  });
  const [variants, setVariants] = useState(draft.variants.join('\n---\n'));
  const [error, setError] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      // editedAt: an import that would replace this template asks first.
      await putTemplate(await guide(), { ...draft, lastReviewed: now, editedAt: now, variants: variants.split(SEPARATOR).map((v) => v.trim()).filter(Boolean) });
      onDone();
    } catch (err) {
      setError(err instanceof InvalidRecord ? err.message : String(err));
    }
  };
  return (
    <form class="form card" onSubmit={save} aria-label={t('guide_template_form')}>
      <label>{t('guide_title')}<input type="text" value={draft.title} maxLength={LIMITS.templateTitle} onInput={(e) => setDraft({ ...draft, title: (e.target as HTMLInputElement).value })} /></label>
      <label>{t('draft_situation')}
        <select value={draft.situation} onChange={(e) => setDraft({ ...draft, situation: (e.target as HTMLSelectElement).value as Situation })}>
          {SITUATIONS.map((s) => <option key={s} value={s}>{t(`situation_${s.replace(/-/g, '_')}` as MessageKey)}</option>)}
        </select>
      </label>
      <label>{t('guide_language')}
        <select value={draft.language} onChange={(e) => setDraft({ ...draft, language: (e.target as HTMLSelectElement).value as TemplateLanguage })}>
          {TEMPLATE_LANGUAGES.map((l) => <option key={l} value={l}>{l}</option>)}
        </select>
      </label>
      <label>{t('guide_variants_field')}<textarea rows={8} value={variants} onInput={(e) => setVariants((e.target as HTMLTextAreaElement).value)} /></label>
      <p class="hint">{t('guide_variables_hint', VARIABLES.map((v) => `{${v}}`).join(' '))}</p>
      <label>{t('guide_tags')}<input type="text" value={draft.tags.join(', ')} onInput={(e) => setDraft({ ...draft, tags: (e.target as HTMLInputElement).value.split(',').map((s) => s.trim()).filter(Boolean) })} /></label>
      {error && <p class="warn" role="alert">{error}</p>}
      <div class="row"><button type="submit" class="primary">{t('settings_save')}</button><button type="button" onClick={onDone}>{t('draft_close')}</button></div>
    </form>
  );
}
