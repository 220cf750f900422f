import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { caseFile, deleteEvidence, listEvidence, recentPeople, type TactfulDb } from '@/lib/store';
import { decisionCounts, personId, type Person } from '@/lib/people/person';
import { patternText, PLATFORM_NAME } from '@/lib/panel/context-text';
import { fold } from '@/lib/panel/queue';
import { send } from '@/lib/messaging/transport';
import { download } from './download';

/** People listed at once, seen most recently first; the rest are found by searching. */
const SHOWN = 100;
const ALL_TIME = 36_500;

interface Loaded { people: Person[]; total: number; evidence: Map<string, string[]> }

/**
 * The person memory: who Tactful remembers, what they did and what the user decided; a person's evidence as one
 * case file; forgetting someone (optionally with their evidence, each deletion recorded in the chain).
 */
export function PeopleView({ guide, onChanged }: { guide: () => Promise<TactfulDb>; onChanged(): void }) {
  const [data, setData] = useState<Loaded>();
  const [search, setSearch] = useState('');
  const [confirming, setConfirming] = useState<string>();
  const [withEvidence, setWithEvidence] = useState(false);
  const [status, setStatus] = useState('');
  const latest = useRef(0);
  const load = async (query = search) => {
    const mine = ++latest.current; // typing fast: only the last search's answer is shown
    const db = await guide();
    const q = fold(query.trim());
    const [{ people, total }, log] = await Promise.all([
      recentPeople(db, SHOWN, (p) => !q || [p.name, p.handle, p.key].some((f) => fold(f).includes(q))), listEvidence(db)]);
    const evidence = new Map<string, string[]>();
    for (const r of log.items) if (r.kind === 'comment') evidence.set(personId(r) ?? '', [...(evidence.get(personId(r) ?? '') ?? []), r.id]);
    if (mine === latest.current) setData({ people, total, evidence });
  };
  useEffect(() => { void load(); }, []);
  if (!data) return null;
  const shown = data.people;

  const save = async (p: Person, format: 'csv' | 'json') => {
    const { text } = await caseFile(await guide(), p.id, format);
    const who = (p.handle || p.name || 'person').replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60);
    download(`tactful-case-${p.platform}-${who}-${new Date().toISOString().slice(0, 10)}.${format}`, text, format === 'csv' ? 'text/csv' : 'application/json');
  };
  const forget = async (p: Person) => {
    const ids = data.evidence.get(p.id) ?? [];
    if (withEvidence && ids.length) await deleteEvidence(await guide(), ids);
    await send('panel/forget-person', { person: p.id });
    setConfirming(undefined);
    setStatus(t('people_forgotten', p.name || p.handle));
    await load();
    onChanged();
  };
  const when = (iso: string) => new Date(iso).toLocaleDateString();

  return (
    <section class="pane" aria-label={t('people_label')}>
      <input type="search" placeholder={t('people_search')} aria-label={t('people_search')} value={search}
        onInput={(e) => { const q = (e.target as HTMLInputElement).value; setSearch(q); void load(q); }} />
      <p class="status" role="status">{status}</p>
      {data.total === 0 && <p class="empty">{t('people_empty')}</p>}
      <ul class="queue" aria-label={t('people_label')}>
        {shown.map((p) => {
          const evidence = data.evidence.get(p.id)?.length ?? 0;
          const decided = patternText({ kind: 'comment', nth: 1, days: 0, decisions: decisionCounts(p, Date.now(), ALL_TIME) });
          return (
            <li key={p.id} class="card person" data-person={p.id}>
              <div class="who"><strong dir="auto">{p.name || p.handle}</strong>{p.platform !== 'facebook' && p.handle && <span dir="ltr">@{p.handle}</span>}<span>{PLATFORM_NAME[p.platform]}</span></div>
              <p class="hint">{p.comments.length === 1 ? t('people_seen_one', when(p.lastSeen)) : t('people_seen', String(p.comments.length), when(p.firstSeen), when(p.lastSeen))}</p>
              {decided && <p class="context">{decided}</p>}
              {evidence > 0 && <p class="hint">{t('people_evidence', String(evidence))}</p>}
              {confirming === p.id
                ? (
                  <div class="confirm" role="alert">
                    <p>{t('people_forget_confirm', p.name || p.handle)}</p>
                    {evidence > 0 && <label><input type="checkbox" checked={withEvidence} onChange={(e) => setWithEvidence((e.target as HTMLInputElement).checked)} /> {t('people_forget_evidence', String(evidence))}</label>}
                    <div class="row">
                      <button type="button" class="danger" onClick={() => void forget(p)}>{t('people_forget_yes')}</button>
                      <button type="button" onClick={() => setConfirming(undefined)}>{t('action_cancel')}</button>
                    </div>
                  </div>
                )
                : (
                  <div class="actions">
                    {evidence > 0 && <button type="button" onClick={() => void save(p, 'csv')}>{t('case_csv')}</button>}
                    {evidence > 0 && <button type="button" onClick={() => void save(p, 'json')}>{t('case_json')}</button>}
                    <button type="button" class="danger" onClick={() => { setWithEvidence(false); setConfirming(p.id); }}>{t('people_forget')}</button>
                  </div>
                )}
            </li>
          );
        })}
      </ul>
      {!search.trim() && data.total > shown.length && <p class="hint">{t('people_more', String(data.total - shown.length))}</p>}
    </section>
  );
}
