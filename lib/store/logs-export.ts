/** The response and evidence logs as CSV (for spreadsheets) and JSON (exact records, the chain verifiable). */
import type { TactfulDb } from './db';
import type { ChainHead, EvidenceRecord } from './evidence';
import { CHAIN_FORMAT, type ChainReport } from './evidence-chain';
import { evidenceHead, listEvidence, verifyEvidenceLog } from './evidence-log';
import { listResponses, type ResponseEntry } from './responses';

/**
 * A spreadsheet runs a cell as a formula when it starts with = + - @ (or their full-width forms), even after
 * spaces or a quote, and a `;`-separated locale (Dutch Excel) splits a `,` file at every `;`, so a formula can
 * also start after `;` — or after `,`, a tab or a line break for the next reader. Each such start gets a `'`.
 */
const FORMULA = /(^|[,;\t\r\n])([\s"]*)([=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * One CSV cell (RFC 4180), always quoted, with every formula start defused (see FORMULA) and a leading tab or
 * CR prefixed too. The text comes from strangers on the internet; the JSON export keeps it exactly.
 */
export function csvCell(value: unknown): string {
  let text = (value === undefined || value === null ? '' : String(value)).replace(FORMULA, "$1$2'$3");
  if (/^[\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function toCsv<T>(rows: readonly T[], columns: ReadonlyArray<[string, (row: T) => unknown]>): string {
  const lines = [columns.map(([name]) => csvCell(name)).join(',')];
  for (const row of rows) lines.push(columns.map(([, get]) => csvCell(get(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export const RESPONSE_COLUMNS: ReadonlyArray<[string, (r: ResponseEntry) => unknown]> = [
  ['platform', (r) => r.platform], ['comment_id', (r) => r.commentId], ['permalink', (r) => r.permalink],
  ['page', (r) => r.page], ['thread', (r) => r.thread], ['person', (r) => r.person],
  ['first_seen', (r) => r.firstSeen], ['replied_at', (r) => r.repliedAt], ['action', (r) => r.action],
  ['template_id', (r) => r.templateId], ['variant', (r) => r.variant], ['text', (r) => r.text],
];

type Row = { record: EvidenceRecord; head: ChainHead };
const comment = <T>(get: (e: Extract<EvidenceRecord, { kind: 'comment' }>) => T) => ({ record: r }: Row) => (r.kind === 'comment' ? get(r) : undefined);

/** Every record of the chain, deletions and erased places included, so the chain can be followed in the sheet. */
export const EVIDENCE_COLUMNS: ReadonlyArray<[string, (row: Row) => unknown]> = [
  ['seq', ({ record }) => record.seq], ['kind', ({ record }) => record.kind], ['id', ({ record }) => record.id],
  ['platform', comment((e) => e.platform)], ['comment_id', comment((e) => e.commentId)], ['author', comment((e) => e.author)],
  ['handle', comment((e) => e.handle)], ['profile_url', comment((e) => e.profileUrl)], ['text', comment((e) => e.text)],
  ['truncated', comment((e) => e.truncated)], ['permalink', comment((e) => e.permalink)], ['time', comment((e) => e.time)],
  ['toxicity', comment((e) => e.scores.toxicity)], ['hate', comment((e) => e.scores.hate)],
  ['threat', comment((e) => e.scores.threat)], ['troll', comment((e) => e.scores.troll)],
  ['captured_at', comment((e) => e.capturedAt)],
  ['deletes_seq', ({ record }) => (record.kind === 'deletion' ? record.deletes : undefined)],
  ['deleted_at', ({ record }) => (record.kind === 'deletion' ? record.at : record.kind === 'erased' ? record.erasedAt : undefined)],
  ['deletion_reason', ({ record }) => (record.kind === 'deletion' ? record.reason : undefined)],
  ['prev_sha256', ({ record }) => record.prevHash], ['sha256', ({ record }) => record.sha256],
  ['chain_head', ({ head }) => `#${head.seq} ${head.sha256}`],
];

export const responsesCsv = (rows: readonly ResponseEntry[]): string => toCsv(rows, RESPONSE_COLUMNS);
export const evidenceCsv = (records: readonly EvidenceRecord[], head: ChainHead): string =>
  toCsv(records.map((record) => ({ record, head })), EVIDENCE_COLUMNS);

export function logJson(kind: 'responses', rows: readonly ResponseEntry[]): string;
export function logJson(kind: 'evidence', rows: readonly EvidenceRecord[], chain: { head: ChainHead; report: ChainReport }): string;
export function logJson(kind: 'responses' | 'evidence', rows: readonly unknown[], chain?: { head: ChainHead; report: ChainReport }): string {
  const extra = chain ? { chainFormat: CHAIN_FORMAT, chainHead: chain.head, chain: chain.report } : {};
  return JSON.stringify({ format: `tactful-${kind}`, exportedAt: new Date().toISOString(), ...extra, records: rows }, null, 2);
}

/** A whole log as a file's text; corrupt records are left out (they are listed by the log's list function). */
export async function exportLog(db: TactfulDb, kind: 'responses' | 'evidence', format: 'csv' | 'json'): Promise<string> {
  if (kind === 'responses') {
    const { items } = await listResponses(db);
    return format === 'csv' ? responsesCsv(items) : logJson(kind, items);
  }
  const [{ items }, head, report] = await Promise.all([listEvidence(db), evidenceHead(db), verifyEvidenceLog(db)]);
  return format === 'csv' ? evidenceCsv(items, head) : logJson(kind, items, { head, report });
}
