/**
 * Checks an evidence export (the panel's "Evidence JSON") on its own: every record's hash, every link of the
 * chain, and its head. A person's case file holds only their records: each record's hash is checked, and the links
 * between records that follow each other (the rest of the chain is in the whole log's export with the same head).
 * Usage: npm run verify-evidence -- tactful-evidence-2026-12-01.json
 * Prints each problem, then one JSON line { intact, records, head, problems }; exits 1 when the chain is broken.
 */
import { readFile } from 'node:fs/promises';
import { verifyChain, verifyRecords } from '../lib/store/evidence-chain';

const path = process.argv[2];
if (!path) {
  console.error('usage: npm run verify-evidence -- <evidence export or case file .json>');
  process.exit(2);
}
const file = JSON.parse(await readFile(path, 'utf8')) as { format?: unknown; chainHead?: unknown; records?: unknown };
const caseFile = file.format === 'tactful-case-file';
if ((file.format !== 'tactful-evidence' && !caseFile) || !Array.isArray(file.records)) {
  console.error(`${path} is not a Tactful evidence export or case file (JSON)`);
  process.exit(2);
}
const report = caseFile ? verifyRecords(file.records) : verifyChain(file.records, file.chainHead);
for (const p of report.problems) console.log(`#${p.seq} ${p.kind}: ${p.detail}`);
const whole = caseFile ? 'records intact' : 'chain intact';
console.log(report.intact ? `${whole}: ${file.records.length} records` : `${caseFile ? 'record' : 'chain'} broken at #${report.problems[0]!.seq}`);
console.log(JSON.stringify({ intact: report.intact, records: file.records.length, head: file.chainHead, problems: report.problems }));
process.exit(report.intact ? 0 : 1);
