import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { exportLog, listEvidence, verifyEvidence, type TactfulDb } from '@/lib/store';
import type { Evidence } from '@/lib/store/evidence';
import { download } from './download';
import { ScrollText } from './ScrollText';

/** The evidence log (harassment kept exactly as shown, with its hash) and the exports of both logs. */
export function EvidenceView({ guide }: { guide: () => Promise<TactfulDb> }) {
  const [items, setItems] = useState<Array<Evidence & { intact: boolean }>>();
  const [corrupt, setCorrupt] = useState(0);
  useEffect(() => {
    void (async () => {
      const { items: list, corrupt: bad } = await listEvidence(await guide());
      setCorrupt(bad.length);
      setItems(await Promise.all(list.map(async (e) => ({ ...e, intact: await verifyEvidence(e) }))));
    })();
  }, []);
  const save = async (kind: 'responses' | 'evidence', format: 'csv' | 'json') => {
    const text = await exportLog(await guide(), kind, format);
    download(`tactful-${kind}-${new Date().toISOString().slice(0, 10)}.${format}`, text, format === 'csv' ? 'text/csv' : 'application/json');
  };
  if (!items) return null;
  return (
    <section class="pane" aria-label={t('nav_evidence')}>
      <div class="row">
        <button type="button" onClick={() => void save('evidence', 'csv')}>{t('export_evidence_csv')}</button>
        <button type="button" onClick={() => void save('evidence', 'json')}>{t('export_evidence_json')}</button>
        <button type="button" onClick={() => void save('responses', 'csv')}>{t('export_responses_csv')}</button>
        <button type="button" onClick={() => void save('responses', 'json')}>{t('export_responses_json')}</button>
      </div>
      {corrupt > 0 && <p class="warn" role="alert">{t('corrupt_skipped', String(corrupt))}</p>}
      {items.length === 0 && <p class="empty">{t('evidence_empty')}</p>}
      <ul class="queue" aria-label={t('nav_evidence')}>
        {items.map((e) => (
          <li key={e.id} class="card evidence" data-evidence={e.commentId}>
            <div class="who"><strong dir="auto">{e.author}</strong>{e.platform !== 'facebook' && <span dir="ltr">@{e.handle}</span>}<span>{e.platform}</span></div>
            <ScrollText text={e.text} />
            <p class="hint">
              {t('evidence_captured', new Date(e.capturedAt).toLocaleString())} · <a href={e.permalink} target="_blank" rel="noreferrer">{t('evidence_permalink')}</a>
              {' · '}<span class={e.intact ? '' : 'late'}>{e.intact ? t('evidence_intact') : t('evidence_altered')}</span>
            </p>
            <p class="hint mono">SHA-256 {e.sha256}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
