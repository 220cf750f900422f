import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// The extension never talks to a server: no host permission beyond the three platforms, no remote code.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Content scripts never announce themselves to the page (lib/content/quiet-start.ts).
  hooks: { 'config:resolved': (wxt) => void wxt.config.plugins.push(resolve(import.meta.dirname, 'lib/content/quiet-start.ts')) },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'tabs'],
    action: { default_title: '__MSG_extName__' },
    // One shortcut opens the reply desk: the toolbar action opens the side panel in Chrome, the sidebar in Firefox.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_command_open__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tactful@tactful.app', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
