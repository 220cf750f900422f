import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Loads a committed fixture page into happy-dom's document at its real URL (scripts are not run). */
export function loadFixture(file: string, url: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures', file), 'utf8');
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, '').replace(/<script[\s\S]*?<\/script>/gi, '');
  return document;
}
