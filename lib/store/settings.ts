/** The settings object store: one record with the user's policy and preferences. */
import { z } from 'zod';
import { DEFAULT_THRESHOLDS, type PolicyThresholds } from '../scoring/policy-settings';
import { SOURCE_STALE_DAYS, TEMPLATE_STALE_DAYS } from '../templates/freshness';
import { LIMITS } from '../limits';
import { unit } from './common';
import { SETTINGS_KEY, type TactfulDb } from './db';
import { checkRecord, readRecord, type Corrupt } from './records';

const ThresholdsSchema: z.ZodType<PolicyThresholds> = z.object({
  report: unit, mute: unit, ignore: unit, factCheck: unit, apologise: unit,
});

const days = z.number().int().min(1).max(3_650);

export const SettingsSchema = z.object({
  thresholds: ThresholdsSchema,
  /** UI language; 'auto' follows the browser. */
  language: z.enum(['auto', 'en', 'nl']),
  /** Which comments the in-page shield blurs: none, only severe ones, or everything toxic. */
  shield: z.enum(['off', 'severe', 'toxic']),
  brandName: z.string().max(LIMITS.brand),
  agentName: z.string().max(LIMITS.agent),
  /** The team's target time to reply, in minutes. */
  replyTargetMinutes: z.number().int().min(1).max(10_080),
  templateStaleDays: days,
  sourceStaleDays: days,
  /** A code of conduct per language that the user can pin on a profile; set by the default guide or an import. */
  codeOfConduct: z.object({ en: z.string().max(5_000).optional(), nl: z.string().max(5_000).optional() }),
  /** Evidence older than this many days is deleted (each deletion recorded in the chain); 0 keeps it forever. */
  evidenceRetentionDays: z.number().int().min(0).max(3_650),
  /** After the user ignored this many of a person's provocations within `personWindowDays`, the next is muted. */
  muteAfterIgnored: z.number().int().min(1).max(50),
  personWindowDays: z.number().int().min(1).max(365),
  /** People not seen for this many days, with no evidence, are forgotten; 0 remembers them until forgotten by hand. */
  peopleRetentionDays: z.number().int().min(0).max(3_650),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  thresholds: DEFAULT_THRESHOLDS,
  language: 'auto',
  shield: 'severe',
  brandName: '',
  agentName: '',
  replyTargetMinutes: 60,
  templateStaleDays: TEMPLATE_STALE_DAYS,
  sourceStaleDays: SOURCE_STALE_DAYS,
  codeOfConduct: {},
  evidenceRetentionDays: 0,
  muteAfterIgnored: 3,
  personWindowDays: 14,
  peopleRetentionDays: 90,
};

/** The stored settings, or the defaults when there are none yet or the record is corrupt (reported). */
export async function getSettings(db: TactfulDb, corrupt: Corrupt[] = []): Promise<Settings> {
  const value: unknown = await db.get('settings', SETTINGS_KEY);
  if (value === undefined) return DEFAULT_SETTINGS;
  return readRecord(SettingsSchema, 'settings', SETTINGS_KEY, value, corrupt) ?? DEFAULT_SETTINGS;
}

/**
 * The fields `edited` changes from `loaded`: a form saves only these, so what changed elsewhere meanwhile (a code
 * of conduct imported with the guide, a threshold set in another panel) is not written back over.
 */
export function changedFields(loaded: Settings, edited: Settings): Partial<Settings> {
  const keys = Object.keys(edited) as Array<keyof Settings>;
  return Object.fromEntries(keys.filter((k) => JSON.stringify(loaded[k]) !== JSON.stringify(edited[k])).map((k) => [k, edited[k]])) as Partial<Settings>;
}

/** Applies `patch` to the current settings in one transaction; throws InvalidRecord if the result is invalid. */
export async function updateSettings(db: TactfulDb, patch: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  const stored = readRecord(SettingsSchema, 'settings', SETTINGS_KEY, await tx.store.get(SETTINGS_KEY), []);
  const next = checkRecord(SettingsSchema, 'settings', { ...(stored ?? DEFAULT_SETTINGS), ...patch });
  await tx.store.put(next, SETTINGS_KEY);
  await tx.done;
  return next;
}
