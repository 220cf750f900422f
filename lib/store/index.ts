/**
 * The store's API for the side panel and the background worker (never content scripts: full zod and idb stay
 * out of page bundles). Every read validates and returns corrupt records separately instead of throwing;
 * every write validates and throws `InvalidRecord` naming each bad field.
 *
 *   const db = await openGuide();                       // opens/upgrades; first run loads the default guide
 *   listTemplates(db) / getTemplate / putTemplate / deleteTemplate / markTemplateReviewed
 *   listSources(db)   / getSource   / putSource   / deleteSource
 *   draftsFor(db, { comment, situation, language, page, thread, fill?, sourceId? })
 *     → { drafts }: the variants that fit the comment's facts, best first ("next variant" = the next one);
 *       unfilled variables are in `missing` and shown as `[issue?]` in `text`; `template` and `values` let the
 *       panel re-render as the user types; `nearDuplicate` is set when the page's recent replies look alike.
 *       No drafts = no template matched: offer saveReplyAsTemplate(db, { …, reply }).
 *   noteSeen(db, seen) / logReply(db, reply) → response log; pageStats(db, page) → median reply time, oldest waiting
 *   addEvidence(db, input) → record chained (seq, prevHash, sha256); deleteEvidence(db, ids) → recorded deletions
 *   verifyEvidenceLog(db) → { intact, problems }: edited, removed, reordered records; evidenceHead(db); applyRetention
 *   getSettings(db) / updateSettings(db, patch)
 *   dueForReview(db) → templates and sources past their review period
 *   importGuide(db, jsonOrText, { mode, onConflict }) → { ok, errors: [{ record, field, reason }], conflicts }; exportGuide(db)
 *   exportLog(db, 'responses' | 'evidence', 'csv' | 'json') → the file's text
 *   notePeople(db, seen) / notePersonDecision(db, who, decision) → the person memory; listPeople / getPerson /
 *     forgetPerson / applyPeopleRetention; caseFile(db, personId, 'csv' | 'json') → one person's evidence
 *   learnDecision(db, id, example) / undoLastDecision / resetLearning / learningStatus / personalLayer
 *   loadSightings(db, since) / saveSightings(db, add, drop) → the fingerprints that find waves across threads
 */
import defaultGuide from '../../assets/guide/default-guide.json';
import { openTactfulDb, type TactfulDb } from './db';
import { firstRun } from './guide-io';

/** Opens the database and, on the very first run, loads the default guide. */
export async function openGuide(name?: string): Promise<TactfulDb> {
  const db = await openTactfulDb({ name });
  await firstRun(db, defaultGuide);
  return db;
}

export { openTactfulDb, DB_NAME, DB_VERSION, type TactfulDb } from './db';
export { InvalidRecord, type Corrupt, type Listed } from './records';
export * from './templates';
export * from './sources';
export * from './settings';
export * from './responses';
export * from './evidence';
export * from './evidence-log';
export { verifyChain, verifyRecords, type ChainProblem, type ChainReport } from './evidence-chain';
export * from './drafts';
export * from './freshness';
export { storageUse, isQuotaError, type StorageUse } from './usage';
export { importGuide, exportGuide, firstRun, type ImportOptions, type ImportResult, type TemplateConflict } from './guide-io';
export { parseGuide, GUIDE_FORMAT, GUIDE_SCHEMA_VERSION, type GuideFile, type ImportError } from './guide-file';
export { exportLog, responsesCsv, evidenceCsv, logJson } from './logs-export';
export * from './people';
export * from './learning';
export * from './sightings';
export { caseFile, evidenceOf, peopleWithEvidence, CASE_FILE_FORMAT } from './case-file';
