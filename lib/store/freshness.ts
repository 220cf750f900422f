/** Templates and sources due for review, by the periods in settings. */
import { stale } from '../templates/freshness';
import type { TactfulDb } from './db';
import type { Corrupt } from './records';
import { getSettings } from './settings';
import { listSources, type Source } from './sources';
import { listTemplates, type Template } from './templates';

export interface Due {
  templates: Template[];
  sources: Source[];
  corrupt: Corrupt[];
}

/** Templates not reviewed and sources not checked within the settings' periods, oldest first. */
export async function dueForReview(db: TactfulDb, now = new Date()): Promise<Due> {
  const corrupt: Corrupt[] = [];
  const settings = await getSettings(db, corrupt);
  const [templates, sources] = await Promise.all([listTemplates(db), listSources(db)]);
  return {
    templates: stale(templates.items, (t) => t.lastReviewed, settings.templateStaleDays, now),
    sources: stale(sources.items, (s) => s.lastChecked, settings.sourceStaleDays, now),
    corrupt: [...corrupt, ...templates.corrupt, ...sources.corrupt],
  };
}
