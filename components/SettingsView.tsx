import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { getSettings, InvalidRecord, updateSettings, type TactfulDb } from '@/lib/store';
import type { Settings } from '@/lib/store/settings';
import type { PolicyThresholds } from '@/lib/scoring/policy-settings';

const THRESHOLDS: Array<keyof PolicyThresholds> = ['report', 'mute', 'ignore', 'factCheck', 'apologise'];

/** Brand and agent names, reply language, reply-time target, shield and the policy's thresholds. */
export function SettingsView({ guide, onSaved }: { guide: () => Promise<TactfulDb>; onSaved(): void }) {
  const [s, setS] = useState<Settings>();
  const [status, setStatus] = useState('');
  useEffect(() => { void guide().then(getSettings).then(setS); }, []);
  if (!s) return null;

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setS({ ...s, [key]: value });
  const num = (e: Event) => Number((e.target as HTMLInputElement).value);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      setS(await updateSettings(await guide(), s));
      setStatus(t('settings_saved'));
      onSaved();
    } catch (err) {
      setStatus(err instanceof InvalidRecord ? err.message : String(err));
    }
  };

  return (
    <form class="form" onSubmit={save}>
      <label>{t('settings_brand')}<input type="text" value={s.brandName} maxLength={100} onInput={(e) => set('brandName', (e.target as HTMLInputElement).value)} /></label>
      <label>{t('settings_agent')}<input type="text" value={s.agentName} maxLength={100} onInput={(e) => set('agentName', (e.target as HTMLInputElement).value)} /></label>
      <label>{t('settings_language')}
        <select value={s.language} onChange={(e) => set('language', (e.target as HTMLSelectElement).value as Settings['language'])}>
          <option value="auto">{t('settings_language_auto')}</option><option value="en">English</option><option value="nl">Nederlands</option>
        </select>
      </label>
      <label>{t('settings_target')}<input type="number" min={1} max={10080} value={s.replyTargetMinutes} onInput={(e) => set('replyTargetMinutes', num(e))} /></label>
      <label>{t('settings_shield')}
        <select value={s.shield} onChange={(e) => set('shield', (e.target as HTMLSelectElement).value as Settings['shield'])}>
          <option value="off">{t('shield_level_off')}</option><option value="severe">{t('shield_level_severe')}</option><option value="toxic">{t('shield_level_toxic')}</option>
        </select>
      </label>
      <fieldset>
        <legend>{t('settings_thresholds')}</legend>
        {THRESHOLDS.map((k) => (
          <label key={k}>{t(`threshold_${k}` as MessageKey)}
            <input type="number" min={0} max={1} step={0.05} value={s.thresholds[k]} onInput={(e) => set('thresholds', { ...s.thresholds, [k]: num(e) })} />
          </label>
        ))}
      </fieldset>
      <label>{t('settings_template_stale')}<input type="number" min={1} max={3650} value={s.templateStaleDays} onInput={(e) => set('templateStaleDays', num(e))} /></label>
      <label>{t('settings_source_stale')}<input type="number" min={1} max={3650} value={s.sourceStaleDays} onInput={(e) => set('sourceStaleDays', num(e))} /></label>
      <div class="row"><button type="submit" class="primary">{t('settings_save')}</button><span class="status" role="status">{status}</span></div>
    </form>
  );
}
