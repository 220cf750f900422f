import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import type { Desk, PageStats } from '@/lib/panel/desk';
import type { Settings } from '@/lib/store/settings';
import { buildQueue, waitingSince } from '@/lib/panel/queue';
import { formatDuration } from '@/lib/panel/format';
import type { TactfulDb } from '@/lib/store';
import { send } from '@/lib/messaging/transport';
import { EvidenceView } from './EvidenceView';
import { PeopleView } from './PeopleView';
import { personId, type Person } from '@/lib/people/person';
import { GuideView } from './GuideView';
import { QueueView } from './QueueView';
import { SettingsView } from './SettingsView';
import { SiteAccess } from './SiteAccess';
import { useTabState, useTargetTab } from './useTabState';
import { threadContext } from '@/lib/thread/answered';

const VIEWS = ['queue', 'guide', 'evidence', 'people', 'settings'] as const;
type View = (typeof VIEWS)[number];

/** The reply desk for the active tab (or the tab pinned with `?tab=`), and the guide, evidence and settings. */
export function App({ desk, guide }: { desk: Desk; guide: () => Promise<TactfulDb> }) {
  const [view, setView] = useState<View>('queue');
  const tabId = useTargetTab();
  const { state, error } = useTabState(tabId);
  const [settings, setSettings] = useState<Settings>();
  const [stats, setStats] = useState<PageStats>({ handled: new Set() });
  const [version, setVersion] = useState(0);

  useEffect(() => { void desk.settings().then(setSettings); }, [version]);
  useEffect(() => { if (state?.url) void desk.pageStats(state.url).then(setStats); }, [state?.url, version]);
  // The person memory of the page's authors, read again as the page grows and after every decision.
  const [people, setPeople] = useState<ReadonlyMap<string, Person>>(new Map());
  useEffect(() => {
    if (state) void desk.people(state.comments.flatMap(({ comment: c }) => (c.isPost || c.byOwner ? [] : personId(c) ?? []))).then(setPeople).catch(() => undefined);
  }, [state, version]);
  const changed = () => { setVersion((v) => v + 1); void send('panel/settings-changed', {}); };

  // What the owner answered in the page's threads, on the page or through Tactful: the queue and the header agree.
  const thread = useMemo(() => threadContext(state?.comments.map((x) => x.comment) ?? [], stats.replied), [state, stats]);
  const oldest = useMemo(() => {
    if (!state || !settings) return undefined;
    const waiting = buildQueue(state.comments, { thresholds: settings.thresholds, filter: 'needs-reply', search: '', handled: stats.handled, thread });
    return waiting.length ? Math.min(...waiting.map(waitingSince)) : undefined;
  }, [state, settings, stats, thread]);

  const locale = navigator.language;
  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <dl class="stats">
          <div><dt>{t('stats_median')}</dt><dd>{stats.medianReplyMs === undefined ? '—' : formatDuration(stats.medianReplyMs, locale)}</dd></div>
          <div><dt>{t('stats_oldest')}</dt><dd>{oldest === undefined ? '—' : formatDuration(Date.now() - oldest, locale)}</dd></div>
        </dl>
      </header>
      <SiteAccess tabId={tabId} />
      <nav role="tablist" aria-label={t('nav_label')}>
        {VIEWS.map((v) => (
          <button key={v} type="button" role="tab" id={`tab-${v}`} aria-selected={view === v} aria-controls="view" onClick={() => setView(v)}>
            {t(`nav_${v}` as MessageKey)}
          </button>
        ))}
      </nav>
      <div id="view" role="tabpanel" aria-labelledby={`tab-${view}`}>
      {view === 'guide' && <GuideView guide={guide} />}
      {view === 'evidence' && <EvidenceView guide={guide} />}
      {view === 'people' && <PeopleView guide={guide} onChanged={() => setVersion((v) => v + 1)} />}
      {view === 'settings' && <SettingsView guide={guide} onSaved={changed} />}
      {view === 'queue' && <>
      {state?.health && state.health.missing.length > 0 && (
        <p class="warn" role="alert">{t('health_missing', state.health.missing.join(', '))}</p>
      )}
      {error && <p class="empty" role="alert">{error}</p>}
      {!error && (!state || !settings || tabId === undefined) && <p class="empty">{t('panel_empty')}</p>}
      {state && settings && tabId !== undefined && (
        <QueueView desk={desk} tabId={tabId} state={state} settings={settings} stats={stats} thread={thread} people={people} onChanged={() => setVersion((v) => v + 1)} />
      )}
      </>}
      </div>
    </main>
  );
}
