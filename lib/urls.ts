/**
 * Which web addresses Tactful keeps or links to. A page can put anything in an href (`javascript:`, another
 * host, `https://x.com@evil.example`), so a permalink or profile must be https on the platform's own hosts and a
 * fact-check source must be https. Addresses are kept in the URL parser's canonical form, so what is checked is
 * exactly what is later rendered or exported.
 */
import { LIMITS } from './limits';
import type { Platform } from './sites/site-adapter';

/** Hosts each platform serves its pages and permalinks from. */
export const PLATFORM_HOSTS: Readonly<Record<Platform, readonly string[]>> = {
  x: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
  facebook: ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'],
  instagram: ['www.instagram.com', 'instagram.com'],
};

function https(text: string): URL | undefined {
  if (typeof text !== 'string' || text.length > LIMITS.url) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && !url.username && !url.password && url.href.length <= LIMITS.url ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The canonical form of an https address, or undefined. */
export const httpsUrl = (text: string): string | undefined => https(text)?.href;

/**
 * Addresses already in canonical form, as adapters build them: https, a lowercase host, a path and query of only
 * characters the URL serializer leaves as they are, no dot segments. Recognised without parsing — parsing two
 * addresses per comment cost more than reading it — and checked against the parser by a unit test.
 */
const CANONICAL = /^https:\/\/[a-z0-9.-]+\/[A-Za-z0-9\-._~!$&()*+,;=:@/]*(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@/?]*)?$/;
/** A "." or ".." segment anywhere in the address (one in the query only sends it the slow way). */
const DOT_SEGMENT = /\/\.\.?(?:[/?]|$)/;

/** The canonical form of an https address on one of the platform's hosts, or undefined. */
export function platformUrl(platform: Platform, text: string): string | undefined {
  // test, not exec: a match's captures cost more than the rest of the check (two addresses per comment, bench:dom).
  if (typeof text === 'string' && text.length <= LIMITS.url && CANONICAL.test(text) && !DOT_SEGMENT.test(text)) {
    return PLATFORM_HOSTS[platform].includes(text.slice(8, text.indexOf('/', 8))) ? text : undefined;
  }
  const url = https(text);
  return url && PLATFORM_HOSTS[platform].includes(url.hostname) ? url.href : undefined;
}

/** True when `text` is already a canonical https address (the form the store and protocol accept). */
export const isHttpsUrl = (text: string): boolean => httpsUrl(text) === text;

/** True when `text` is a canonical https address on the platform's hosts. */
export const isPlatformUrl = (platform: Platform, text: string): boolean => platformUrl(platform, text) === text;

/** The platform a page address belongs to (https on its hosts), or undefined. */
export function platformOfPage(text: string): Platform | undefined {
  const host = https(text)?.hostname;
  return host ? (Object.keys(PLATFORM_HOSTS) as Platform[]).find((p) => PLATFORM_HOSTS[p].includes(host)) : undefined;
}
