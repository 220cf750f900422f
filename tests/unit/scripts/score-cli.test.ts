/** `npm run score`: one comment, a file as one batch with waves, and bad input as a one-line error. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/score.ts', ...args], { encoding: 'utf8' });

describe('the score CLI', () => {
  it('prints the action and its quoted reasons for one comment', () => {
    const r = run('I will come to your store and smash every window. I know where your manager lives.');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/action\s+report/);
    expect(r.stdout).toMatch(/threat: '.*know where your manager lives'/);
  });
  it('prints the second choice with its own quoted reasons when the model is torn, and none when it is not', () => {
    const torn = run('your livechat bot has sent me to the same FAQ page 6 times now');
    expect(torn.stdout).toMatch(/or perhaps apologise \(confidence \d+%\): concrete issue: '[^']+'/);
    expect(run('Dank je wel, de levering was super snel. Top service!').stdout).not.toMatch(/or perhaps/);
  });
  it('scores a file as one batch; --jsonl marks each comment of a wave with its size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
    const rumour = 'They are closing all 40 stores next month, share before they delete this';
    writeFileSync(join(dir, 'c.txt'), [rumour, `${rumour}!!`, `${rumour} 😡`, 'Do you ship to Belgium?', 'DM me for free followers!!!'].join('\n'));
    const lines = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/score.ts', '--jsonl', '--file', join(dir, 'c.txt')], { encoding: 'utf8' })
      .trim().split('\n').map((l) => JSON.parse(l) as { action: string; wave?: number });
    expect(lines.map((l) => l.wave)).toEqual([3, 3, 3, undefined, undefined]);
    expect(lines.map((l) => l.action)).toEqual(['fact-check', 'fact-check', 'fact-check', 'answer', 'mute']);
  });
  it('refuses a missing file in one line, with exit code 2', () => {
    const r = run('--file', '/nonexistent/comments.csv');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('score: cannot read /nonexistent/comments.csv: no such file');
  });
});
