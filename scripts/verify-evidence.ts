/**
 * Checks an evidence export (the panel's "Evidence JSON") on its own: every record's hash, every link of the
 * chain, and its head. Usage: npm run verify-evidence -- tactful-evidence-2026-12-01.json
 * Prints each problem, then one JSON line { intact, records, head, problems }; exits 1 when the chain is broken.
 */
import { readFile } from 'node:fs/promises';
import { verifyChain } from '../lib/store/evidence-chain';

const path = process.argv[2];
if (!path) {
  console.error('usage: npm run verify-evidence -- <evidence export .json>');
  process.exit(2);
}
const file = JSON.parse(await readFile(path, 'utf8')) as { format?: unknown; chainHead?: unknown; records?: unknown };
if (file.format !== 'tactful-evidence' || !Array.isArray(file.records)) {
  console.error(`${path} is not a Tactful evidence export (JSON)`);
  process.exit(2);
}
const report = verifyChain(file.records, file.chainHead);
for (const p of report.problems) console.log(`#${p.seq} ${p.kind}: ${p.detail}`);
console.log(report.intact ? `chain intact: ${file.records.length} records` : `chain broken at #${report.problems[0]!.seq}`);
console.log(JSON.stringify({ intact: report.intact, records: file.records.length, head: file.chainHead, problems: report.problems }));
process.exit(report.intact ? 0 : 1);
