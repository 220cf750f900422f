import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

/** The blue tile (public/icons, made by `npm run icons`): stores, add-ons manager, Chrome's toolbar, Firefox's sidebar. */
const tile = (...sizes: number[]) => Object.fromEntries(sizes.map((s) => [s, `icons/tactful-${s}.png`]));
/** Firefox's toolbar follows the theme: `dark` is the icon drawn for light toolbars, `light` the one for dark toolbars. */
const themeIcons = [16, 32].map((size) => ({ light: `icons/toolbar-light-${size}.png`, dark: `icons/toolbar-dark-${size}.png`, size }));

// The extension never talks to a server: no host permission beyond the three platforms, no remote code. No `tabs`
// permission either: the panel needs only tab ids, and a tab's URL is visible for the platforms' own pages.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    icons: tile(16, 32, 48, 96, 128),
    action: {
      default_title: '__MSG_extName__',
      default_icon: tile(16, 32),
      // Firefox puts MV3 buttons in the extensions menu unless asked: Tactful is used all day, so it sits on the toolbar.
      ...(browser === 'firefox' ? { theme_icons: themeIcons, default_area: 'navbar' } : {}),
    },
    // One shortcut opens the reply desk: the toolbar action opens the side panel in Chrome, the sidebar in Firefox.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_command_open__',
      },
    },
    // Firefox 140 is the first to read `data_collection_permissions` (Firefox for Android: 142), and it is an ESR.
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
        gecko: { id: 'tactful@tactful.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      } }
      : {}),
  }),
  hooks: {
    // Content scripts never announce themselves to the page (lib/content/quiet-start.ts).
    'config:resolved': (wxt) => void wxt.config.plugins.push(resolve(import.meta.dirname, 'lib/content/quiet-start.ts')),
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT writes Firefox's sidebar_action from entrypoints/sidepanel; its icon is the tile like everywhere else.
      if (manifest.sidebar_action) manifest.sidebar_action.default_icon = tile(16, 32);
      // The content scripts' sites, also as host permissions: the same sites, so no new install warning, and the
      // tabs API shows those tabs' URLs without the `tabs` permission (the browser tests find their tabs by URL).
      manifest.host_permissions = [...new Set(manifest.content_scripts?.flatMap((c) => c.matches ?? []))].sort();
    },
  },
  zip: {
    // Mozilla's reviewers rebuild from this archive: everything `npm ci && npm run build:firefox` needs, no outputs.
    excludeSources: ['tests/e2e/screenshots/**', 'tests/*/artifacts/**', 'tests/e2e/.profiles/**', 'demo-output/**', 'stats.html', '**/*.log'],
  },
});
