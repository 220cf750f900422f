/** Where the labelled data lives: ../shared/data next to the project root (the same layout locally and in CI). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = process.env.TACTFUL_DATA ?? resolve(PROJECT_ROOT, '..', 'shared', 'data');

export const hasData = (): boolean => existsSync(join(DATA_DIR, 'README.md'));

export function dataPath(...parts: string[]): string {
  const p = join(DATA_DIR, ...parts);
  if (!existsSync(p)) throw new Error(`missing data file ${p} (expected ../shared/data next to the project)`);
  return p;
}
