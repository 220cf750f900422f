/** The response and evidence logs as CSV (for spreadsheets) and JSON (exact records, hashes verifiable). */
import type { TactfulDb } from './db';
import { listEvidence, type Evidence } from './evidence';
import { listResponses, type ResponseEntry } from './responses';

/**
 * One CSV cell (RFC 4180). Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading
 * apostrophe: the text comes from strangers on the internet. The JSON export keeps the text exactly.
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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

export const EVIDENCE_COLUMNS: ReadonlyArray<[string, (e: Evidence) => unknown]> = [
  ['id', (e) => e.id], ['platform', (e) => e.platform], ['comment_id', (e) => e.commentId], ['author', (e) => e.author],
  ['handle', (e) => e.handle], ['profile_url', (e) => e.profileUrl], ['text', (e) => e.text],
  ['permalink', (e) => e.permalink], ['time', (e) => e.time], ['toxicity', (e) => e.scores.toxicity],
  ['hate', (e) => e.scores.hate], ['threat', (e) => e.scores.threat], ['troll', (e) => e.scores.troll],
  ['captured_at', (e) => e.capturedAt], ['sha256', (e) => e.sha256],
];

export const responsesCsv = (rows: readonly ResponseEntry[]): string => toCsv(rows, RESPONSE_COLUMNS);
export const evidenceCsv = (rows: readonly Evidence[]): string => toCsv(rows, EVIDENCE_COLUMNS);
export const logJson = (kind: 'responses' | 'evidence', rows: readonly unknown[]): string =>
  JSON.stringify({ format: `tactful-${kind}`, exportedAt: new Date().toISOString(), records: rows }, null, 2);

/** A whole log as a file's text; corrupt records are left out (they are listed by the log's list function). */
export async function exportLog(db: TactfulDb, kind: 'responses' | 'evidence', format: 'csv' | 'json'): Promise<string> {
  if (kind === 'responses') {
    const { items } = await listResponses(db);
    return format === 'csv' ? responsesCsv(items) : logJson(kind, items);
  }
  const { items } = await listEvidence(db);
  return format === 'csv' ? evidenceCsv(items) : logJson(kind, items);
}
