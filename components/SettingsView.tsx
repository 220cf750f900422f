import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { changedFields, getSettings, InvalidRecord, updateSettings, type TactfulDb } from '@/lib/store';
import type { Settings } from '@/lib/store/settings';
import type { PolicyThresholds } from '@/lib/scoring/policy-settings';
import { LIMITS } from '@/lib/limits';
import { LearningSettings } from './LearningSettings';

const THRESHOLDS: Array<keyof PolicyThresholds> = ['report', 'mute', 'ignore', 'factCheck', 'apologise'];
/** Evidence retention choices in days; 0 keeps evidence until the user deletes it. */
const RETENTION = [0, 30, 90, 180, 365, 730];
/** How long people without evidence are remembered; 0 until the user forgets them. */
const PEOPLE_RETENTION = [30, 90, 180, 365, 0];

/**
 * Brand and agent names, reply language, reply-time target, shield, the policy's thresholds, when a person counts
 * as an established troll, how long things are kept, and what Tactful learned from the user's decisions.
 */
export function SettingsView({ guide, onSaved }: { guide: () => Promise<TactfulDb>; onSaved(): void }) {
  const [loaded, setLoaded] = useState<Settings>();
  const [s, setS] = useState<Settings>();
  const [status, setStatus] = useState('');
  useEffect(() => { void guide().then(getSettings).then((v) => { setLoaded(v); setS(v); }); }, []);
  if (!s || !loaded) return null;

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setS({ ...s, [key]: value });
  const num = (e: Event) => Number((e.target as HTMLInputElement).value);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      // Only what was changed here: a code of conduct imported meanwhile is not written back over.
      const saved = await updateSettings(await guide(), changedFields(loaded, s));
      setLoaded(saved);
      setS(saved);
      setStatus(t('settings_saved'));
      onSaved();
    } catch (err) {
      setStatus(err instanceof InvalidRecord ? err.message : String(err));
    }
  };

  return (
    <form class="form" onSubmit={save}>
      <label>{t('settings_brand')}<input type="text" value={s.brandName} maxLength={LIMITS.brand} onInput={(e) => set('brandName', (e.target as HTMLInputElement).value)} /></label>
      <label>{t('settings_agent')}<input type="text" value={s.agentName} maxLength={LIMITS.agent} onInput={(e) => set('agentName', (e.target as HTMLInputElement).value)} /></label>
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
      <label>{t('settings_retention')}
        <select value={String(s.evidenceRetentionDays)} onChange={(e) => set('evidenceRetentionDays', Number((e.target as HTMLSelectElement).value))}>
          {RETENTION.map((d) => <option key={d} value={String(d)}>{d ? t('settings_retention_days', String(d)) : t('settings_retention_forever')}</option>)}
        </select>
      </label>
      <fieldset>
        <legend>{t('settings_people')}</legend>
        <label>{t('settings_mute_after')}<input type="number" min={1} max={50} value={s.muteAfterIgnored} onInput={(e) => set('muteAfterIgnored', num(e))} /></label>
        <label>{t('settings_person_window')}<input type="number" min={1} max={365} value={s.personWindowDays} onInput={(e) => set('personWindowDays', num(e))} /></label>
        <label>{t('settings_people_retention')}
          <select value={String(s.peopleRetentionDays)} onChange={(e) => set('peopleRetentionDays', Number((e.target as HTMLSelectElement).value))}>
            {PEOPLE_RETENTION.map((d) => <option key={d} value={String(d)}>{d ? t('settings_retention_days', String(d)) : t('settings_people_forever')}</option>)}
          </select>
        </label>
      </fieldset>
      <div class="row"><button type="submit" class="primary">{t('settings_save')}</button><span class="status" role="status">{status}</span></div>
      <LearningSettings />
    </form>
  );
}
