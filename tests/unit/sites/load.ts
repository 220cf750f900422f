import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Loads a page's markup into happy-dom's document at its real URL (scripts are not run). */
export function loadHtml(html: string, url: string): Document {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, '').replace(/<script[\s\S]*?<\/script>/gi, '');
  return document;
}

/** Loads a committed fixture page into happy-dom's document at its real URL. */
export function loadFixture(file: string, url: string): Document {
  return loadHtml(readFileSync(join(import.meta.dirname, '../../fixtures', file), 'utf8'), url);
}
