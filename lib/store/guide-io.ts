/** Import and export of the guide against the database. */
import { parseGuide, GUIDE_FORMAT, GUIDE_SCHEMA_VERSION, type GuideFile, type ImportError } from './guide-file';
import type { Corrupt } from './records';
import { DEFAULT_SETTINGS, getSettings, SettingsSchema } from './settings';
import { SETTINGS_KEY, type TactfulDb } from './db';
import { listSources } from './sources';
import { listTemplates, TemplateSchema, type Template } from './templates';
import { LIMITS } from '../limits';
import { isQuotaError } from './usage';
import { allOrNothing } from './all-or-nothing';

export interface ImportOptions {
  /** 'merge' (default) adds and replaces by id; 'replace' first removes every template and source. */
  mode?: 'merge' | 'replace';
  /**
   * A merge that would replace a template the user edited (`editedAt`) with different content: 'ask' (default)
   * writes nothing and returns the conflicts; 'replace' takes the file's; 'keep-both' keeps the user's and adds
   * the file's beside it under a new id.
   */
  onConflict?: 'ask' | 'replace' | 'keep-both';
  /** Time for bookkeeping fields a file leaves out (created, last reviewed, last checked). */
  at?: string;
}

export interface TemplateConflict {
  id: string;
  title: string;
}

export type ImportResult =
  | { ok: true; templates: number; sources: number; keptBoth?: number }
  | { ok: false; errors: ImportError[] }
  | { ok: false; errors: []; conflicts: TemplateConflict[] };

const GUIDE_STORES = ['templates', 'sources', 'settings'];
const CONTENT: ReadonlyArray<keyof Template> = ['situation', 'language', 'title', 'variants', 'tags'];
const sameContent = (a: Template, b: Template): boolean => CONTENT.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

/** Stored templates the user edited that the file would replace with something else. */
function conflictsOf(stored: ReadonlyMap<string, Template>, incoming: readonly Template[]): TemplateConflict[] {
  return incoming.flatMap((t) => {
    const mine = stored.get(t.id);
    return mine?.editedAt && !sameContent(mine, t) ? [{ id: mine.id, title: mine.title }] : [];
  });
}

/** A free id for the file's copy of a conflicting template: `<id>-imported`, then `-imported-2`, … */
function copyId(id: string, stored: ReadonlyMap<string, Template>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-imported' : `-imported-${n}`;
    const candidate = id.slice(0, LIMITS.id - suffix.length) + suffix;
    if (!stored.get(candidate)?.editedAt) return candidate;
  }
}

type Written = { written: false } | { written: true; keptBoth: number } | { written: false; conflicts: TemplateConflict[] };

/** Writes a validated guide in one transaction (all of it or none); `claimFirstRun` writes only if no settings exist yet. */
function writeGuide(db: TactfulDb, guide: GuideFile, options: ImportOptions, claimFirstRun = false): Promise<Written> {
  return allOrNothing(db, GUIDE_STORES, async (tx, writes): Promise<Written> => {
    const settingsStore = tx.objectStore('settings');
    const stored: unknown = await settingsStore.get(SETTINGS_KEY);
    if (claimFirstRun && stored !== undefined) return { written: false };
    const ts = tx.objectStore('templates');
    const ss = tx.objectStore('sources');
    let templates = guide.templates;
    let keptBoth = 0;
    if (options.mode !== 'replace') {
      const mine = new Map((await ts.getAll()).flatMap((v: unknown) => {
        const parsed = TemplateSchema.safeParse(v);
        return parsed.success ? [[parsed.data.id, parsed.data] as const] : [];
      }));
      const conflicts = conflictsOf(mine, templates);
      if (conflicts.length && (options.onConflict ?? 'ask') === 'ask') return { written: false, conflicts }; // nothing queued
      if (conflicts.length && options.onConflict === 'keep-both') {
        const clash = new Set(conflicts.map((c) => c.id));
        templates = templates.map((t) => (clash.has(t.id) ? { ...t, id: copyId(t.id, mine) } : t));
        keptBoth = clash.size;
      }
    }
    if (options.mode === 'replace') {
      writes.push(ts.clear()); // one at a time: a write that throws must not orphan the one before it
      writes.push(ss.clear());
    }
    for (const t of templates) writes.push(ts.put(t));
    for (const source of guide.sources) writes.push(ss.put(source));
    if (guide.codeOfConduct || claimFirstRun) {
      const parsed = SettingsSchema.safeParse(stored);
      const current = parsed.success ? parsed.data : DEFAULT_SETTINGS;
      writes.push(settingsStore.put({ ...current, codeOfConduct: { ...current.codeOfConduct, ...guide.codeOfConduct } }, SETTINGS_KEY));
    }
    return { written: true, keptBoth };
  });
}

/**
 * Validates everything, then writes it all in one transaction: a bad file, a refused write or a full disk
 * changes nothing and gets a list of what is wrong.
 */
export async function importGuide(db: TactfulDb, input: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  const parsed = parseGuide(input, options.at);
  if (!parsed.ok) return parsed;
  let outcome: Written;
  try {
    outcome = await writeGuide(db, parsed.guide, options);
  } catch (err) {
    const full = isQuotaError(err);
    const why = full ? "the browser's storage for Tactful is full" : err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { ok: false, errors: [{ record: 'file', field: '', reason: `not saved (${why}); nothing was changed` }] };
  }
  if ('conflicts' in outcome) return { ok: false, errors: [], conflicts: outcome.conflicts };
  const counts = { ok: true as const, templates: parsed.guide.templates.length, sources: parsed.guide.sources.length };
  return outcome.written && outcome.keptBoth ? { ...counts, keptBoth: outcome.keptBoth } : counts;
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
  return (await writeGuide(db, parsed.guide, { mode: 'merge', onConflict: 'replace' }, true)).written;
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
