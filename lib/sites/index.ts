import type { SiteAdapter } from './site-adapter';
import { xAdapter } from './x/adapter';
import { facebookAdapter } from './facebook/adapter';
import { instagramAdapter } from './instagram/adapter';

const ADAPTERS: readonly SiteAdapter[] = [xAdapter, facebookAdapter, instagramAdapter];

/** The adapter for a page URL, or undefined when Tactful does not support the site. */
export function adapterFor(url: string): SiteAdapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return ADAPTERS.find((a) => a.matches(parsed));
}

export type { SiteAdapter, Comment, Platform } from './site-adapter';
