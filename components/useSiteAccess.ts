import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Platform } from '@/lib/sites';

export interface SiteGrant { platform: Platform; origins: string[] }

/**
 * Each platform's content script and the sites it runs on, read from the manifest so the list lives in one place
 * (the content scripts' `matches`). The page-world writer runs on all of them and names no platform of its own.
 */
export function platformSites(): SiteGrant[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => {
    const platform = /content-scripts\/(x|facebook|instagram)\.js$/.exec(script.js?.[0] ?? '')?.[1] as Platform | undefined;
    return platform ? [{ platform, origins: script.matches ?? [] }] : [];
  });
}

/**
 * The platforms whose sites the browser has not (or no longer) given Tactful access to, kept current as the user
 * grants or revokes access elsewhere (Firefox's extensions menu, about:addons, Chrome's site access setting).
 * Firefox treats an MV3 extension's sites as optional: access can be missing on a fresh install, and then no
 * content script runs and the page shows nothing at all.
 */
export function useSiteAccess(): { missing: SiteGrant[]; request(): Promise<boolean> } {
  const [missing, setMissing] = useState<SiteGrant[]>([]);
  useEffect(() => {
    let alive = true;
    const check = async () => {
      const sites = platformSites();
      const granted = await Promise.all(sites.map(({ origins }) => browser.permissions.contains({ origins })));
      if (alive) setMissing(sites.filter((_, i) => !granted[i]));
    };
    void check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  // Called straight from the click: browsers only show the permission prompt inside a user gesture.
  return { missing, request: () => browser.permissions.request({ origins: missing.flatMap((s) => s.origins) }) };
}
