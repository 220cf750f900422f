import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { Platform } from '@/lib/sites';
import { useSiteAccess } from './useSiteAccess';

const NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' };

/**
 * Says so when the browser has not given Tactful access to a platform's site, and asks for it in one click. A page
 * already open gets no content script when access arrives (Firefox injects only into pages loaded afterwards), so
 * the desk then offers to reload the tab it follows.
 */
export function SiteAccess({ tabId }: { tabId?: number }) {
  const { missing, request } = useSiteAccess();
  const [answer, setAnswer] = useState<'granted' | 'refused'>();
  if (!missing.length) {
    if (answer !== 'granted') return null;
    return (
      <p class="hint access" role="status">
        {t('access_reload')}{' '}
        {tabId !== undefined && <button type="button" onClick={() => { void browser.tabs.reload(tabId); setAnswer(undefined); }}>{t('access_reload_button')}</button>}
      </p>
    );
  }
  const order = Object.keys(NAMES);
  const names = new Intl.ListFormat(navigator.language, { type: 'conjunction' })
    .format(missing.map((s) => s.platform).sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((p) => NAMES[p]));
  return (
    <section class="warn access" role="alert">
      <p>{t('access_missing', names)}</p>
      <button type="button" class="primary" onClick={() => void request().then((ok) => setAnswer(ok ? 'granted' : 'refused'), () => setAnswer('refused'))}>
        {t('access_allow')}
      </button>
      {answer === 'refused' && <p class="hint">{t('access_refused')}</p>}
    </section>
  );
}
