/**
 * Who sent a message, from what the browser says about the sender — never from the message. Content scripts run
 * in pages that may be hostile; code in a content script's world can send any message, so each message names in
 * the protocol who may send it, and a page message takes its tab, URL and platform from here.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Platform } from '../sites/site-adapter';
import { platformOfPage } from '../urls';
import type { Sender } from './protocol';

export interface PageSender {
  tabId: number;
  url: string;
  platform: Platform;
}

/** Tactful's content script in the top frame of a tab that shows a platform page over https. */
export function pageSender(sender: Browser.runtime.MessageSender): PageSender | undefined {
  if (sender.id !== browser.runtime.id || !sender.url || sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0) return undefined;
  if (sender.url.startsWith(browser.runtime.getURL('/'))) return undefined;
  const platform = platformOfPage(sender.url);
  return platform ? { tabId: sender.tab.id, url: sender.url, platform } : undefined;
}

/**
 * One of Tactful's own pages (panel, options) or its worker: the extension's origin, or — for the worker, which
 * the browser reports without a URL — no URL and no tab.
 */
export function isExtensionSender(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  return sender.url === undefined ? sender.tab === undefined : sender.url.startsWith(browser.runtime.getURL('/'));
}

export function senderIs(expected: Sender, sender: Browser.runtime.MessageSender): boolean {
  return expected === 'content' ? pageSender(sender) !== undefined : isExtensionSender(sender);
}
