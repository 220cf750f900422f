/** `npm run agreement`: the second annotator's labels still name labelled comments and tweets, and the figures are read from them. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the agreement script', () => {
  it('joins every second-annotator label to a corpus comment and prints the agreement as JSON', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/agreement.ts'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const labelled = readdirSync('data/agreement').filter((f) => f.endsWith('.tsv'))
      .flatMap((f) => readFileSync(`data/agreement/${f}`, 'utf8').split('\n')).filter((l) => l.trim() && !l.startsWith('#')).length;
    const last = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
    expect(last.n).toBe(labelled);
    for (const lang of ['en', 'nl', 'tweets']) {
      expect(last[`accepted_${lang}`]).toBeGreaterThanOrEqual(last[`same_label_${lang}`]!);
      expect(last[`kappa_${lang}`]).toBeLessThanOrEqual(1);
    }
  });
});
