import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { wireToolbarButton } from '@/lib/background/toolbar';

// The unit tests build for Chrome (import.meta.env.FIREFOX is false); Firefox's branch runs in tests/firefox.
describe('the toolbar button in Chrome', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks Chrome to open the side panel on the button\'s click, and adds no click handler of its own', () => {
    const behaviour = vi.spyOn(browser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
    const clicks = vi.spyOn(browser.action.onClicked, 'addListener');
    wireToolbarButton();
    expect(behaviour).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(clicks).not.toHaveBeenCalled();
  });

  it('a browser that refuses the behaviour breaks nothing', async () => {
    vi.spyOn(browser.sidePanel, 'setPanelBehavior').mockRejectedValue(new Error('not here'));
    expect(() => wireToolbarButton()).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
  });
});
