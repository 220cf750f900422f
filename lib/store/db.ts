/**
 * The Tactful database: one IndexedDB database per browser profile, shared by the side panel and the
 * background worker (never content scripts). Its schema only moves forward through the ordered steps below;
 * a step, once released, is never edited — a change is a new step, tested from a saved database of the
 * version before it (tests/fixtures/store/).
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { chainEvidence, requireHttps } from './upgrade-v3';
import { peopleFromResponses } from './upgrade-v4';

export const DB_NAME = 'tactful';
export type TactfulDb = IDBPDatabase;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
type Upgrade = (db: IDBPDatabase, tx: UpgradeTx) => Promise<void> | void;

export const STORES = {
  templates: 'templates',
  sources: 'sources',
  settings: 'settings',
  responses: 'responses',
  evidence: 'evidence',
  meta: 'meta',
  people: 'people',
  decisions: 'decisions',
  sightings: 'sightings',
} as const;

/** The settings store holds one record under this key. */
export const SETTINGS_KEY = 'settings';

/** UPGRADES[n] takes the database from version n to n + 1. */
export const UPGRADES: readonly Upgrade[] = [
  // 0 → 1: the guide — templates (looked up by situation and language), fact-check sources, settings.
  (db) => {
    db.createObjectStore('templates', { keyPath: 'id' }).createIndex('situation-language', ['situation', 'language']);
    db.createObjectStore('sources', { keyPath: 'id' });
    db.createObjectStore('settings');
  },
  // 1 → 2: the team's records, and settings that review templates and sources on separate clocks.
  async (db, tx) => {
    const responses = db.createObjectStore('responses', { keyPath: 'id' });
    responses.createIndex('page', 'page');
    responses.createIndex('thread', 'thread');
    responses.createIndex('person', ['platform', 'person']);
    db.createObjectStore('evidence', { keyPath: 'id' }).createIndex('capturedAt', 'capturedAt');

    const settings = tx.objectStore('settings');
    const old: unknown = await settings.get(SETTINGS_KEY);
    if (old && typeof old === 'object' && 'staleDays' in old) {
      const { staleDays, ...rest } = old as Record<string, unknown>;
      await settings.put({ ...rest, agentName: '', templateStaleDays: staleDays, sourceStaleDays: staleDays }, SETTINGS_KEY);
    }
    // v1 templates had no use counter; rotation needs one.
    let cursor = await tx.objectStore('templates').openCursor();
    while (cursor) {
      const t: unknown = cursor.value;
      if (t && typeof t === 'object' && !('timesUsed' in t)) await cursor.update({ ...t, timesUsed: 0 });
      cursor = await cursor.continue();
    }
  },
  // 2 → 3: the evidence log becomes a hash chain (unique `seq`, its head in the new `meta` store); links kept
  // must be https (sources moved to https and flagged for review, permalinks on the platform's hosts); settings
  // gain an evidence retention period (0: keep forever).
  async (db, tx) => {
    db.createObjectStore('meta');
    tx.objectStore('evidence').createIndex('seq', 'seq', { unique: true });
    await chainEvidence(tx);
    await requireHttps(tx);
    const settings = tx.objectStore('settings');
    const old: unknown = await settings.get(SETTINGS_KEY);
    if (old && typeof old === 'object') await settings.put({ evidenceRetentionDays: 0, ...old }, SETTINGS_KEY);
  },
  // 3 → 4: context — the person memory (forgotten by `lastSeen` after the retention period), the decisions the
  // judgement learned from (the layer itself is kept in `meta`), the fingerprints that find waves across threads
  // (kept one day, by `seenAt`); the people start from the response log's decisions; settings gain when a person counts as an established troll and how long people
  // without evidence are remembered.
  async (db, tx) => {
    db.createObjectStore('people', { keyPath: 'id' }).createIndex('lastSeen', 'lastSeen');
    db.createObjectStore('decisions', { keyPath: 'id' });
    db.createObjectStore('sightings', { keyPath: 'id' }).createIndex('seenAt', 'seenAt');
    await peopleFromResponses(tx);
    const settings = tx.objectStore('settings');
    const old: unknown = await settings.get(SETTINGS_KEY);
    if (old && typeof old === 'object') await settings.put({ muteAfterIgnored: 3, personWindowDays: 14, peopleRetentionDays: 90, ...old }, SETTINGS_KEY);
  },
];

export const DB_VERSION = UPGRADES.length;

/**
 * Opens (creating or upgrading) the database. `version` below DB_VERSION exists for tests that build a database
 * of an older version. A tab still holding an older version is asked to let go, so an upgrade is never stuck.
 */
export function openTactfulDb(options: { name?: string; version?: number } = {}): Promise<TactfulDb> {
  const version = options.version ?? DB_VERSION;
  return openDB(options.name ?? DB_NAME, version, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < version; v++) await UPGRADES[v]!(db, tx);
    },
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
    },
  });
}
