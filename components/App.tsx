import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Desk, DeskSettings, PageStats } from '@/lib/panel/desk';
import { buildQueue, waitingSince } from '@/lib/panel/queue';
import { formatDuration } from '@/lib/panel/format';
import { QueueView } from './QueueView';
import { useTabState, useTargetTab } from './useTabState';

/** The reply desk for the active tab (or the tab pinned with `?tab=`). */
export function App({ desk }: { desk: Desk }) {
  const tabId = useTargetTab();
  const { state, error } = useTabState(tabId);
  const [settings, setSettings] = useState<DeskSettings>();
  const [stats, setStats] = useState<PageStats>({ handled: new Set() });
  const [version, setVersion] = useState(0);

  useEffect(() => { void desk.settings().then(setSettings); }, [version]);
  useEffect(() => { if (state?.url) void desk.pageStats(state.url).then(setStats); }, [state?.url, version]);

  const oldest = useMemo(() => {
    if (!state || !settings) return undefined;
    const waiting = buildQueue(state.comments, { thresholds: settings.thresholds, filter: 'needs-reply', search: '', handled: stats.handled });
    return waiting.length ? Math.min(...waiting.map(waitingSince)) : undefined;
  }, [state, settings, stats]);

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
      {state?.health && state.health.missing.length > 0 && (
        <p class="warn" role="alert">{t('health_missing', state.health.missing.join(', '))}</p>
      )}
      {error && <p class="empty" role="alert">{error}</p>}
      {!error && (!state || !settings || tabId === undefined) && <p class="empty">{t('panel_empty')}</p>}
      {state && settings && tabId !== undefined && (
        <QueueView desk={desk} tabId={tabId} state={state} settings={settings} stats={stats} onChanged={() => setVersion((v) => v + 1)} />
      )}
    </main>
  );
}
