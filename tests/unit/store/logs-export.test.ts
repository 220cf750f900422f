import { beforeEach, describe, expect, it } from 'vitest';
import { csvCell, exportLog, responsesCsv } from '@/lib/store/logs-export';
import { addEvidence } from '@/lib/store/evidence-log';
import { recordReply } from '@/lib/store/responses';
import { openFresh, resetIndexedDb } from './helpers';

describe('CSV cells', () => {
  it('quotes every cell (RFC 4180) and defuses formulas from page text, also after ; , tab, a line break or spaces', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('say "hi", twice\nok')).toBe('"say ""hi"", twice\nok"');
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('@handle')).toBe('"\'@handle"');
    expect(csvCell('x;=1+1')).toBe('"x;\'=1+1"'); // Dutch Excel splits at ';'
    expect(csvCell('a, +1')).toBe('"a, \'+1"');
    expect(csvCell('a\t-2')).toBe('"a\t\'-2"');
    expect(csvCell('line\n@SUM(A1)')).toBe('"line\n\'@SUM(A1)"');
    expect(csvCell('＝1+1')).toBe('"\'＝1+1"'); // full-width equals sign
    expect(csvCell('a;"=1')).toBe('"a;""\'=1"');
    expect(csvCell('\tindented')).toBe('"\'\tindented"');
    expect(csvCell('re-send, 2-3 days')).toBe('"re-send, 2-3 days"');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(0.25)).toBe('"0.25"');
  });

  it('writes the response log with a header and one line per entry', () => {
    const csv = responsesCsv([{ id: 'x:1', commentId: '1', platform: 'x', permalink: 'https://x.com/a/status/1', page: 'p', thread: 't',
      person: 'a', firstSeen: '2026-05-01T10:00:00.000Z', repliedAt: '2026-05-01T10:10:00.000Z', action: 'thank', text: 'Thanks, Ann!' }]);
    expect(csv).toBe('"platform","comment_id","permalink","page","thread","person","first_seen","replied_at","action","template_id","variant","text"\r\n'
      + '"x","1","https://x.com/a/status/1","p","t","a","2026-05-01T10:00:00.000Z","2026-05-01T10:10:00.000Z","thank","","","Thanks, Ann!"\r\n');
  });
});

describe('log export from the database', () => {
  beforeEach(resetIndexedDb);

  it('exports both logs as CSV and JSON', async () => {
    const db = await openFresh();
    await recordReply(db, { commentId: '1', platform: 'x', permalink: 'https://x.com/a/status/1', page: 'p', thread: 't', person: 'a',
      firstSeen: '2026-05-01T10:00:00.000Z', repliedAt: '2026-05-01T10:10:00.000Z', action: 'answer' });
    const evidence = await addEvidence(db, { platform: 'x', commentId: '2', author: 'B', handle: 'b', profileUrl: 'https://x.com/b',
      text: '-you  will see', truncated: true, permalink: 'https://x.com/b/status/2', time: '1h', scores: { toxicity: 1, hate: 0, threat: 0, troll: 1 } });
    expect((await exportLog(db, 'responses', 'csv')).split('\r\n')[1]).toMatch(/^"x","1","https:\/\/x\.com\/a\/status\/1","p","t","a",/);
    const json = JSON.parse(await exportLog(db, 'evidence', 'json'));
    expect(json).toMatchObject({ format: 'tactful-evidence', chainFormat: 'tactful-evidence/1', chainHead: { seq: 1, sha256: evidence.sha256 } });
    expect(json.records).toEqual([evidence]);
    const [header, line] = (await exportLog(db, 'evidence', 'csv')).split('\r\n');
    expect(header).toBe(['seq', 'kind', 'id', 'platform', 'comment_id', 'author', 'handle', 'profile_url', 'text', 'truncated', 'permalink',
      'time', 'toxicity', 'hate', 'threat', 'troll', 'captured_at', 'deletes_seq', 'deleted_at', 'deletion_reason', 'prev_sha256', 'sha256',
      'chain_head'].map((c) => `"${c}"`).join(','));
    expect(line).toContain(`,"'-you  will see","true",`);
    expect(line).toContain(`"${evidence.sha256}","#1 ${evidence.sha256}"`);
  });
});
