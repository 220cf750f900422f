/**
 * A WXT plugin (it runs in every entrypoint, before a content script's context exists). WXT's ContentScriptContext
 * announces each start with a DOM event on `document` named `<extension id>:<entrypoint>:wxt:content-script-started`,
 * so that older copies of the script stop. Any page that knows Tactful's public id can listen for it and learn that
 * Tactful runs, and can dispatch it to stop WXT's context. Tactful's runtime stops from `runtime.id` instead
 * (lifecycle.ts), so in its own isolated world the announcement is simply not sent. The page's world is untouched:
 * the page-world writer has no extension API, and its `document` is the page's own.
 */
import { defineWxtPlugin } from 'wxt/utils/define-wxt-plugin';

const STARTED = ':wxt:content-script-started';

export default defineWxtPlugin(() => {
  const isolated = typeof document !== 'undefined' && /^https?:$/.test(location.protocol)
    && !!(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id;
  if (!isolated) return;
  const dispatch = document.dispatchEvent.bind(document);
  document.dispatchEvent = (event: Event): boolean => (event.type.endsWith(STARTED) ? true : dispatch(event));
});
