/**
 * A person's case file: every evidence record of theirs from the evidence log (the text exactly as shown, its
 * place and hashes in the chain), with what the person memory knows (first and last seen, the user's decisions),
 * as CSV (the evidence log's columns, cells made safe for spreadsheets) or JSON (records exact, with the chain's
 * head and report, so each record can be checked: `npm run verify-evidence -- case.json`).
 */
import { personId } from '../people/person';
import type { TactfulDb } from './db';
import { CHAIN_FORMAT } from './evidence-chain';
import { evidenceHead, listEvidence, verifyEvidenceLog } from './evidence-log';
import type { Evidence } from './evidence';
import { evidenceCsv } from './logs-export';
import { getPerson } from './people';

export const CASE_FILE_FORMAT = 'tactful-case-file';

/** The evidence records of one person (by person id), in chain order. */
export async function evidenceOf(db: TactfulDb, person: string): Promise<Evidence[]> {
  const { items } = await listEvidence(db);
  return items.filter((r): r is Evidence => r.kind === 'comment' && personId(r) === person);
}

/** Person ids that have evidence in the log (kept past the people's retention period). */
export async function peopleWithEvidence(db: TactfulDb): Promise<Set<string>> {
  const { items } = await listEvidence(db);
  return new Set(items.flatMap((r) => (r.kind === 'comment' ? [personId(r) ?? ''] : [])).filter(Boolean));
}

/** The case file's text; `records` says how many evidence records it holds. */
export async function caseFile(db: TactfulDb, person: string, format: 'csv' | 'json', now = new Date()): Promise<{ text: string; records: number }> {
  const [records, head, report, memory] = await Promise.all([evidenceOf(db, person), evidenceHead(db), verifyEvidenceLog(db), getPerson(db, person)]);
  if (format === 'csv') return { text: evidenceCsv(records, head), records: records.length };
  const text = JSON.stringify({
    format: CASE_FILE_FORMAT, exportedAt: now.toISOString(), person: memory ?? { id: person },
    chainFormat: CHAIN_FORMAT, chainHead: head, chain: report, records,
  }, null, 2);
  return { text, records: records.length };
}
