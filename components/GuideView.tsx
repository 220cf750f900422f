import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import {
  deleteSource, deleteTemplate, dueForReview, exportGuide, getSettings, importGuide, listSources, listTemplates,
  markTemplateReviewed, putSource, type TactfulDb,
} from '@/lib/store';
import type { ImportError } from '@/lib/store/guide-file';
import type { ImportOptions, TemplateConflict } from '@/lib/store/guide-io';
import { LIMITS } from '@/lib/limits';
import type { Source } from '@/lib/store/sources';
import type { Template } from '@/lib/store/templates';
import { download } from './download';
import { ScrollText } from './ScrollText';
import { SourceForm } from './SourceForm';
import { TemplateForm } from './TemplateForm';

interface Loaded { templates: Template[]; sources: Source[]; stale: Set<string>; corrupt: number; conduct: Record<string, string | undefined> }

/** The communication guide: templates and sources to browse, edit, add and review; import, export; code of conduct. */
export function GuideView({ guide }: { guide: () => Promise<TactfulDb> }) {
  const [data, setData] = useState<Loaded>();
  const [editing, setEditing] = useState<{ kind: 'template' | 'source'; id?: string }>();
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<ImportError[]>([]);
  // A merge that would replace templates the user edited waits here for their choice.
  const [pending, setPending] = useState<{ json: unknown; conflicts: TemplateConflict[] }>();

  const load = async () => {
    const db = await guide();
    const [templates, sources, due, settings] = await Promise.all([listTemplates(db), listSources(db), dueForReview(db), getSettings(db)]);
    setData({
      templates: templates.items.sort((a, b) => a.situation.localeCompare(b.situation) || a.language.localeCompare(b.language)),
      sources: sources.items,
      stale: new Set([...due.templates.map((x) => x.id), ...due.sources.map((x) => x.id)]),
      corrupt: templates.corrupt.length + sources.corrupt.length,
      conduct: settings.codeOfConduct,
    });
  };
  useEffect(() => { void load(); }, []);

  const act = async (work: (db: TactfulDb) => Promise<unknown>, done: MessageKey) => {
    await work(await guide());
    setStatus(t(done));
    await load();
  };
  const runImport = async (json: unknown, onConflict?: ImportOptions['onConflict']) => {
    const result = await importGuide(await guide(), json, { onConflict });
    setPending(undefined);
    if ('conflicts' in result) { setPending({ json, conflicts: result.conflicts }); setErrors([]); setStatus(''); return; }
    if (!result.ok) { setErrors(result.errors); setStatus(t('import_failed', String(result.errors.length))); return; }
    setErrors([]);
    setStatus(result.keptBoth
      ? t('import_done_kept', String(result.templates), String(result.sources), String(result.keptBoth))
      : t('import_done', String(result.templates), String(result.sources)));
    await load();
  };
  const importFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    const fail = (reason: string) => { setPending(undefined); setErrors([{ record: 'file', field: '', reason }]); setStatus(t('import_failed', '1')); };
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    if (file.size > LIMITS.importBytes) return fail(t('import_too_big', mb(file.size), mb(LIMITS.importBytes)));
    let parsed: unknown;
    try { parsed = JSON.parse(await file.text()); } catch { return fail(t('import_not_json')); }
    await runImport(parsed);
  };
  const exportFile = async () => {
    const { file } = await exportGuide(await guide());
    download(`tactful-guide-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(file, null, 2), 'application/json');
  };

  if (!data) return null;
  const now = new Date().toISOString();
  const close = () => { setEditing(undefined); void load(); };
  return (
    <section class="pane" aria-label={t('nav_guide')}>
      <div class="row">
        <button type="button" onClick={() => setEditing({ kind: 'template' })}>{t('guide_add_template')}</button>
        <button type="button" onClick={() => setEditing({ kind: 'source' })}>{t('guide_add_source')}</button>
        <button type="button" onClick={() => void exportFile()}>{t('guide_export')}</button>
        <label class="button">{t('guide_import')}<input type="file" accept="application/json,.json" class="sr-only" onChange={importFile} /></label>
      </div>
      <p class="status" role="status">{status}</p>
      {errors.length > 0 && (
        <ul class="warn errors" role="alert" aria-label={t('import_errors')}>
          {errors.slice(0, 50).map((er, i) => <li key={i}><code>{er.record}</code> {er.field && <code>{er.field}</code>} — {er.reason}</li>)}
        </ul>
      )}
      {pending && (
        <div class="warn" role="alert" aria-label={t('import_conflicts_label')}>
          <p>{t('import_conflicts', String(pending.conflicts.length))}</p>
          <ul>{pending.conflicts.slice(0, 20).map((c) => <li key={c.id}>{c.title || c.id}</li>)}</ul>
          <div class="row">
            <button type="button" onClick={() => void runImport(pending.json, 'keep-both')}>{t('import_keep_both')}</button>
            <button type="button" class="danger" onClick={() => void runImport(pending.json, 'replace')}>{t('import_replace_mine')}</button>
            <button type="button" onClick={() => setPending(undefined)}>{t('action_cancel')}</button>
          </div>
        </div>
      )}
      {data.corrupt > 0 && <p class="warn" role="alert">{t('corrupt_skipped', String(data.corrupt))}</p>}
      {data.stale.size > 0 && <p class="warn">{t('guide_stale_count', String(data.stale.size))}</p>}
      {editing?.kind === 'template' && <TemplateForm guide={guide} template={data.templates.find((x) => x.id === editing.id)} onDone={close} />}
      {editing?.kind === 'source' && <SourceForm guide={guide} source={data.sources.find((x) => x.id === editing.id)} onDone={close} />}

      <h2>{t('guide_templates')}</h2>
      <ul class="queue">
        {data.templates.map((tp) => (
          <li key={tp.id} class={`card${data.stale.has(tp.id) ? ' stale' : ''}`} data-template={tp.id}>
            <div class="who"><strong>{tp.title || tp.id}</strong>
              <span>{t(`situation_${tp.situation.replace(/-/g, '_')}` as MessageKey)} · {tp.language} · {t('guide_variants', String(tp.variants.length))} · {t('guide_used', String(tp.timesUsed))}{tp.editedAt ? ` · ${t('guide_edited')}` : ''}</span></div>
            <ScrollText text={tp.variants[0] ?? ''} />
            {data.stale.has(tp.id) && <p class="hint late">{t('guide_stale', tp.lastReviewed.slice(0, 10))}</p>}
            <div class="actions">
              <button type="button" onClick={() => setEditing({ kind: 'template', id: tp.id })}>{t('guide_edit')}</button>
              <button type="button" onClick={() => void act((db) => markTemplateReviewed(db, tp.id, now), 'guide_reviewed')}>{t('guide_mark_reviewed')}</button>
              <button type="button" class="danger" onClick={() => void act((db) => deleteTemplate(db, tp.id), 'guide_deleted')}>{t('guide_delete')}</button>
            </div>
          </li>
        ))}
      </ul>

      <h2>{t('guide_sources')}</h2>
      {data.sources.length === 0 && <p class="hint">{t('sources_none')}</p>}
      <ul class="queue">
        {data.sources.map((s) => (
          <li key={s.id} class={`card${data.stale.has(s.id) ? ' stale' : ''}`} data-source={s.id}>
            <div class="who"><strong>{s.title}</strong><a href={s.url} target="_blank" rel="noreferrer">{s.url}</a></div>
            <ScrollText text={s.claim} />
            {data.stale.has(s.id) && <p class="hint late">{t('guide_source_stale', s.lastChecked.slice(0, 10))}</p>}
            <div class="actions">
              <button type="button" onClick={() => setEditing({ kind: 'source', id: s.id })}>{t('guide_edit')}</button>
              <button type="button" onClick={() => void act((db) => putSource(db, { ...s, lastChecked: now }), 'guide_reviewed')}>{t('guide_mark_checked')}</button>
              <button type="button" class="danger" onClick={() => void act((db) => deleteSource(db, s.id), 'guide_deleted')}>{t('guide_delete')}</button>
            </div>
          </li>
        ))}
      </ul>

      <h2>{t('guide_conduct')}</h2>
      {(['en', 'nl'] as const).map((lang) => data.conduct[lang] && (
        <div key={lang} class="card">
          <ScrollText text={data.conduct[lang]!} />
          <button type="button" onClick={() => void navigator.clipboard.writeText(data.conduct[lang]!).then(() => setStatus(t('status_copied')))}>
            {t('guide_copy_conduct', lang.toUpperCase())}
          </button>
        </div>
      ))}
    </section>
  );
}
