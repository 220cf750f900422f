import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import {
  deleteEvidence, evidenceHead, exportLog, listEvidence, verifyEvidenceLog, type ChainHead, type ChainReport,
  type EvidenceRecord, type TactfulDb,
} from '@/lib/store';
import { download } from './download';
import { ScrollText } from './ScrollText';

interface Loaded { records: EvidenceRecord[]; corrupt: number; head: ChainHead; chain: ChainReport }

/**
 * The evidence log (harassment kept exactly as shown, in a hash chain), whether the chain is intact, deleting a
 * record (with confirmation; the chain keeps a note of it) and the exports of both logs.
 */
export function EvidenceView({ guide }: { guide: () => Promise<TactfulDb> }) {
  const [data, setData] = useState<Loaded>();
  const [confirming, setConfirming] = useState<string>();
  const load = async () => {
    const db = await guide();
    const [{ items, corrupt }, head, chain] = await Promise.all([listEvidence(db), evidenceHead(db), verifyEvidenceLog(db)]);
    setData({ records: items, corrupt: corrupt.length, head, chain });
  };
  useEffect(() => { void load(); }, []);
  const save = async (kind: 'responses' | 'evidence', format: 'csv' | 'json') => {
    const text = await exportLog(await guide(), kind, format);
    download(`tactful-${kind}-${new Date().toISOString().slice(0, 10)}.${format}`, text, format === 'csv' ? 'text/csv' : 'application/json');
  };
  const remove = async (id: string) => {
    await deleteEvidence(await guide(), [id]);
    setConfirming(undefined);
    await load();
  };
  if (!data) return null;
  const { records, chain, head } = data;
  const when = (iso: string) => new Date(iso).toLocaleString();
  return (
    <section class="pane" aria-label={t('nav_evidence')}>
      <div class="row">
        <button type="button" onClick={() => void save('evidence', 'csv')}>{t('export_evidence_csv')}</button>
        <button type="button" onClick={() => void save('evidence', 'json')}>{t('export_evidence_json')}</button>
        <button type="button" onClick={() => void save('responses', 'csv')}>{t('export_responses_csv')}</button>
        <button type="button" onClick={() => void save('responses', 'json')}>{t('export_responses_json')}</button>
      </div>
      {chain.intact
        ? <p class="hint chain" data-intact="">{t('chain_intact', String(head.seq), head.sha256.slice(0, 12))}</p>
        : (
          <div class="warn chain" role="alert">
            <strong>{t('chain_broken', String(chain.problems[0]!.seq))}</strong>
            <ul>{chain.problems.slice(0, 20).map((p) => <li key={`${p.seq}-${p.kind}`}>{t(`chain_${p.kind}` as MessageKey, String(p.seq))}</li>)}</ul>
          </div>
        )}
      {data.corrupt > 0 && <p class="warn" role="alert">{t('corrupt_skipped', String(data.corrupt))}</p>}
      {records.length === 0 && <p class="empty">{t('evidence_empty')}</p>}
      <ul class="queue" aria-label={t('nav_evidence')}>
        {records.map((r) => {
          if (r.kind === 'erased') return null; // shown through its deletion record
          if (r.kind === 'deletion') {
            const key = r.reason === 'user' ? 'evidence_deleted_user' : 'evidence_deleted_retention';
            return <li key={r.id} class="hint deletion" data-seq={r.seq}>#{r.seq} · {t(key, String(r.deletes), when(r.at))}</li>;
          }
          const broken = chain.problems.some((p) => p.seq === r.seq) || (r.legacyAltered ?? false);
          return (
            <li key={r.id} class="card evidence" data-evidence={r.commentId} data-seq={r.seq}>
              <div class="who"><strong dir="auto">{r.author}</strong>{r.platform !== 'facebook' && <span dir="ltr">@{r.handle}</span>}<span>{r.platform} · #{r.seq}</span></div>
              <ScrollText text={r.text} />
              {r.truncated && <p class="hint">{t('evidence_truncated')}</p>}
              {r.legacyAltered && <p class="hint late">{t('evidence_legacy_altered')}</p>}
              <p class="hint">
                {t('evidence_captured', when(r.capturedAt))} · <a href={r.permalink} target="_blank" rel="noreferrer">{t('evidence_permalink')}</a>
                {' · '}<span class={broken ? 'late' : ''}>{broken ? t('evidence_altered') : t('evidence_intact')}</span>
              </p>
              <p class="hint mono">SHA-256 {r.sha256}</p>
              {confirming === r.id
                ? (
                  <div class="row" role="alert">
                    <span>{t('evidence_delete_confirm', String(r.seq))}</span>
                    <button type="button" class="danger" onClick={() => void remove(r.id)}>{t('evidence_delete_yes')}</button>
                    <button type="button" onClick={() => setConfirming(undefined)}>{t('action_cancel')}</button>
                  </div>
                )
                : <div class="actions"><button type="button" class="danger" onClick={() => setConfirming(r.id)}>{t('evidence_delete')}</button></div>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
