/** Import and export of the guide against the database. */
import { parseGuide, GUIDE_FORMAT, GUIDE_SCHEMA_VERSION, type GuideFile, type ImportError } from './guide-file';
import type { Corrupt } from './records';
import { DEFAULT_SETTINGS, getSettings, SettingsSchema } from './settings';
import { SETTINGS_KEY, type TactfulDb } from './db';
import { listSources } from './sources';
import { listTemplates } from './templates';

export interface ImportOptions {
  /** 'merge' (default) adds and replaces by id; 'replace' first removes every template and source. */
  mode?: 'merge' | 'replace';
  /** Time for bookkeeping fields a file leaves out (created, last reviewed, last checked). */
  at?: string;
}

export type ImportResult =
  | { ok: true; templates: number; sources: number }
  | { ok: false; errors: ImportError[] };

const GUIDE_STORES = ['templates', 'sources', 'settings'];

/** Writes a validated guide in one transaction; `claimFirstRun` writes only if no settings exist yet. */
async function writeGuide(db: TactfulDb, guide: GuideFile, mode: ImportOptions['mode'], claimFirstRun = false): Promise<boolean> {
  const tx = db.transaction(GUIDE_STORES, 'readwrite');
  const settingsStore = tx.objectStore('settings');
  const stored: unknown = await settingsStore.get(SETTINGS_KEY);
  if (claimFirstRun && stored !== undefined) {
    await tx.done;
    return false;
  }
  const ts = tx.objectStore('templates');
  const ss = tx.objectStore('sources');
  const writes: Promise<unknown>[] = [];
  if (mode === 'replace') writes.push(ts.clear(), ss.clear());
  writes.push(...guide.templates.map((t) => ts.put(t)), ...guide.sources.map((s) => ss.put(s)));
  if (guide.codeOfConduct || claimFirstRun) {
    const parsed = SettingsSchema.safeParse(stored);
    const current = parsed.success ? parsed.data : DEFAULT_SETTINGS;
    writes.push(settingsStore.put({ ...current, codeOfConduct: { ...current.codeOfConduct, ...guide.codeOfConduct } }, SETTINGS_KEY));
  }
  await Promise.all([...writes, tx.done]);
  return true;
}

/** Validates everything, then writes it all in one transaction: a bad file changes nothing. */
export async function importGuide(db: TactfulDb, input: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  const parsed = parseGuide(input, options.at);
  if (!parsed.ok) return parsed;
  await writeGuide(db, parsed.guide, options.mode);
  return { ok: true, templates: parsed.guide.templates.length, sources: parsed.guide.sources.length };
}

/**
 * First run: when no settings record exists yet, writes the default settings and `guide` in one transaction
 * (so a panel and the worker starting together cannot both load it, and a worker killed half-way leaves
 * nothing behind). Settings are written by the first run itself, so a user who deleted every template does
 * not get them back. Returns true when it loaded the guide.
 */
export async function firstRun(db: TactfulDb, guide: unknown): Promise<boolean> {
  const parsed = parseGuide(guide);
  if (!parsed.ok) throw new Error(`the default guide is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return writeGuide(db, parsed.guide, 'merge', true);
}

/** The whole guide as a file; corrupt records are left out and listed. */
export async function exportGuide(db: TactfulDb, name?: string): Promise<{ file: GuideFile; corrupt: Corrupt[] }> {
  const [templates, sources] = await Promise.all([listTemplates(db), listSources(db)]);
  const corrupt: Corrupt[] = [...templates.corrupt, ...sources.corrupt];
  const { codeOfConduct } = await getSettings(db, corrupt);
  const file: GuideFile = {
    format: GUIDE_FORMAT,
    schemaVersion: GUIDE_SCHEMA_VERSION,
    ...(name ? { name } : {}),
    exportedAt: new Date().toISOString(),
    templates: templates.items,
    sources: sources.items,
    codeOfConduct,
  };
  return { file, corrupt };
}
