import { beforeEach, describe, expect, it } from 'vitest';
import { csvCell, evidenceCsv, exportLog, logJson, responsesCsv } from '@/lib/store/logs-export';
import { addEvidence, type Evidence } from '@/lib/store/evidence';
import { recordReply } from '@/lib/store/responses';
import { openFresh, resetIndexedDb } from './helpers';

describe('log export', () => {
  it('quotes CSV cells per RFC 4180 and defuses spreadsheet formulas from page text', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('say "hi", twice\nok')).toBe('"say ""hi"", twice\nok"');
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('@handle')).toBe("'@handle");
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0.25)).toBe('0.25');
  });

  it('writes the response log with a header and one line per entry', () => {
    const csv = responsesCsv([{ id: 'x:1', commentId: '1', platform: 'x', permalink: 'https://x.com/a/status/1', page: 'p', thread: 't',
      person: 'a', firstSeen: '2026-05-01T10:00:00.000Z', repliedAt: '2026-05-01T10:10:00.000Z', action: 'thank', text: 'Thanks, Ann!' }]);
    expect(csv).toBe('platform,comment_id,permalink,page,thread,person,first_seen,replied_at,action,template_id,variant,text\r\n'
      + 'x,1,https://x.com/a/status/1,p,t,a,2026-05-01T10:00:00.000Z,2026-05-01T10:10:00.000Z,thank,,,"Thanks, Ann!"\r\n');
  });

  it('writes evidence as CSV and as exact JSON', () => {
    const e: Evidence = { id: '3b241101-e2bb-4255-8caf-4136c566a962', platform: 'x', commentId: '9', author: 'T', handle: 't',
      profileUrl: 'https://x.com/t', text: '-you  will see', permalink: 'https://x.com/t/status/9', time: '2h',
      scores: { toxicity: 0.9, hate: 0, threat: 0.8, troll: 0.5 }, capturedAt: '2026-05-01T10:00:00.000Z', sha256: 'a'.repeat(64) };
    const [header, line] = evidenceCsv([e]).split('\r\n');
    expect(header!.split(',')).toHaveLength(15);
    expect(line).toContain(",'-you  will see,");
    const json = JSON.parse(logJson('evidence', [e])) as { format: string; records: Evidence[] };
    expect(json.format).toBe('tactful-evidence');
    expect(json.records[0]).toEqual(e);
  });
});

describe('log export from the database', () => {
  beforeEach(resetIndexedDb);

  it('exports both logs as CSV and JSON', async () => {
    const db = await openFresh();
    await recordReply(db, { commentId: '1', platform: 'x', permalink: 'https://x.com/a/status/1', page: 'p', thread: 't', person: 'a',
      firstSeen: '2026-05-01T10:00:00.000Z', repliedAt: '2026-05-01T10:10:00.000Z', action: 'answer' });
    const evidence = await addEvidence(db, { platform: 'x', commentId: '2', author: 'B', handle: 'b', profileUrl: 'https://x.com/b',
      text: 'abuse', permalink: 'https://x.com/b/status/2', time: '1h', scores: { toxicity: 1, hate: 0, threat: 0, troll: 1 } });
    expect((await exportLog(db, 'responses', 'csv')).split('\r\n')[1]).toMatch(/^x,1,https:\/\/x\.com\/a\/status\/1,p,t,a,/);
    expect(JSON.parse(await exportLog(db, 'evidence', 'json')).records).toEqual([evidence]);
    expect(await exportLog(db, 'evidence', 'csv')).toContain(evidence.sha256);
  });
});
