/**
 * Hashing and checking the evidence chain. Pure: `verifyChain` works on any list of records and a head, so an
 * exported JSON file can be checked exactly like the database (`npm run verify-evidence -- file.json`).
 */
import { sha256Hex } from './hash';
import { ChainHeadSchema, EvidenceRecordSchema, GENESIS, type EvidenceRecord } from './evidence';

export const CHAIN_FORMAT = 'tactful-evidence/1';

/** The hashed bytes of a record: every field but the hash itself, in a fixed order, as JSON. */
export function canonical(r: EvidenceRecord): string {
  const head = [CHAIN_FORMAT, r.id, r.seq, r.prevHash, r.kind];
  switch (r.kind) {
    case 'comment': {
      const { toxicity, hate, threat, troll } = r.scores;
      return JSON.stringify([...head, r.platform, r.commentId, r.author, r.handle, r.profileUrl, r.text, r.truncated,
        r.permalink, r.time, [toxicity, hate, threat, troll], r.capturedAt, r.legacyAltered ?? false]);
    }
    case 'deletion':
      return JSON.stringify([...head, r.deletes, r.deletedHash, r.reason, r.at]);
    case 'erased':
      throw new Error('an erased record has no content to hash'); // its hash is checked through its deletion record
  }
}

export const hashOf = (r: EvidenceRecord): string => sha256Hex(canonical(r));

export interface ChainProblem {
  /** The record's place in the chain (0 when a damaged record does not say). */
  seq: number;
  kind: 'edited' | 'removed' | 'reordered' | 'inserted';
  id?: string;
  /** What was found, in English (the panel words it per kind). */
  detail: string;
}

export interface ChainReport {
  intact: boolean;
  problems: ChainProblem[];
}

const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/** Checks a whole log: every record's hash, every link, no gaps, and the head. Names each problem found. */
export function verifyChain(raw: readonly unknown[], rawHead: unknown): ChainReport {
  const problems = new Map<number, ChainProblem>();
  const report = (p: ChainProblem): void => { if (!problems.has(p.seq)) problems.set(p.seq, p); };
  const records: EvidenceRecord[] = [];
  for (const value of raw) {
    const parsed = EvidenceRecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else {
      const seq = field(value, 'seq');
      report({ seq: typeof seq === 'number' ? seq : 0, kind: 'edited', id: String(field(value, 'id') ?? ''),
        detail: `not a valid evidence record (${parsed.error.issues.slice(0, 3).map((i) => i.path.join('.') || i.message).join(', ')})` });
    }
  }
  records.sort((a, b) => a.seq - b.seq);

  // Each record's place by its links alone, whatever seq it stores: tells a moved record from an edited one.
  const next = new Map<string, EvidenceRecord>();
  for (const r of records) if (!next.has(r.prevHash)) next.set(r.prevHash, r);
  const place = new Map<EvidenceRecord, number>();
  for (let r = next.get(GENESIS), n = 1; r && !place.has(r); r = next.get(r.sha256)) place.set(r, n++);
  const deletions = new Map(records.flatMap((r) => (r.kind === 'deletion' ? [[r.deletes, r] as const] : [])));

  let prev: EvidenceRecord | undefined;
  for (const r of records) {
    const expected = (prev?.seq ?? 0) + 1;
    if (r.seq < expected) {
      report({ seq: r.seq, kind: 'inserted', id: r.id, detail: `a second record claims #${r.seq}` });
      continue;
    }
    for (let s = expected; s < r.seq; s++) report({ seq: s, kind: 'removed', detail: `record #${s} is missing` });
    if (r.kind === 'erased') {
      const d = deletions.get(r.seq);
      if (!d || d.deletedHash !== r.sha256 || d.seq < r.seq) report({ seq: r.seq, kind: 'removed', id: r.id, detail: 'its content was erased without a recorded deletion' });
    } else if (r.kind === 'comment' && r.legacyAltered) {
      report({ seq: r.seq, kind: 'edited', id: r.id, detail: 'changed before the chain existed: its version-2 hash did not match' });
    } else if (hashOf(r) !== r.sha256) {
      const at = place.get(r);
      if (at !== undefined && at !== r.seq && hashOf({ ...r, seq: at }) === r.sha256) {
        report({ seq: r.seq, kind: 'reordered', id: r.id, detail: `stored as #${r.seq}, but the chain puts it at #${at}` });
      } else report({ seq: r.seq, kind: 'edited', id: r.id, detail: 'its content no longer matches its hash' });
    }
    // A link that breaks where nothing is missing and nothing else was flagged: the record before it was changed
    // and its hash recomputed, but this one still names the original.
    if (r.seq === expected && r.prevHash !== (prev?.sha256 ?? GENESIS) && !problems.has(r.seq) && !(prev && problems.has(prev.seq))) {
      const at = prev ?? r;
      report({ seq: at.seq, kind: 'edited', id: at.id, detail: prev ? 'changed, with its hash recomputed: the next record still links to the original' : 'the first record does not start the chain' });
    }
    prev = r;
  }

  // The head, kept apart, catches the last record being removed or rewritten.
  const head = ChainHeadSchema.safeParse(rawHead);
  const last = records.at(-1);
  if (!head.success) {
    if (last) report({ seq: last.seq, kind: 'edited', id: last.id, detail: 'the chain head is missing or damaged' });
  } else {
    for (let s = (last?.seq ?? 0) + 1; s <= head.data.seq; s++) report({ seq: s, kind: 'removed', detail: `record #${s} is missing` });
    if (last && last.seq === head.data.seq && last.sha256 !== head.data.sha256) {
      report({ seq: last.seq, kind: 'edited', id: last.id, detail: 'changed, with its hash recomputed: the chain head names the original' });
    }
    for (const r of records) if (r.seq > head.data.seq) report({ seq: r.seq, kind: 'inserted', id: r.id, detail: 'added without the chain head knowing it' });
  }
  const list = [...problems.values()].sort((a, b) => a.seq - b.seq);
  return { intact: list.length === 0, problems: list };
}

/**
 * Checks records taken out of the chain (a person's case file): each record's own hash, and the link between
 * records whose places follow each other. Links to records left out are checked against the whole log's export
 * with the same head (verifyChain).
 */
export function verifyRecords(raw: readonly unknown[]): ChainReport {
  const problems: ChainProblem[] = [];
  const records: EvidenceRecord[] = [];
  for (const value of raw) {
    const parsed = EvidenceRecordSchema.safeParse(value);
    const seq = field(value, 'seq');
    if (!parsed.success) problems.push({ seq: typeof seq === 'number' ? seq : 0, kind: 'edited', id: String(field(value, 'id') ?? ''), detail: 'not a valid evidence record' });
    else if (parsed.data.kind !== 'erased' && (parsed.data.kind === 'comment' && parsed.data.legacyAltered || hashOf(parsed.data) !== parsed.data.sha256)) {
      problems.push({ seq: parsed.data.seq, kind: 'edited', id: parsed.data.id, detail: 'its content no longer matches its hash' });
    } else records.push(parsed.data);
  }
  const bySeq = new Map(records.map((r) => [r.seq, r]));
  for (const r of records) {
    const before = bySeq.get(r.seq - 1);
    if (before && r.prevHash !== before.sha256) problems.push({ seq: before.seq, kind: 'edited', id: before.id, detail: 'changed, with its hash recomputed: the next record still links to the original' });
  }
  problems.sort((a, b) => a.seq - b.seq);
  return { intact: problems.length === 0, problems };
}
