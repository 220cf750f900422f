// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CommentTracker } from '@/lib/content/tracker';
import type { Comment } from '@/lib/sites/site-adapter';

const c = (id: string, text = 't'): Comment => ({
  id, platform: 'x', authorName: '', handle: '', profileUrl: '', text, truncated: false, permalink: '',
  timeText: '', timeFrom: 'unknown', depth: 1, isPost: false, byOwner: false,
});

describe('CommentTracker', () => {
  it('dedupes by id, follows the comment to a re-created node, and flags changed text', () => {
    const t = new CommentTracker();
    const first = document.createElement('article');
    const recycled = document.createElement('article');
    document.body.append(recycled);
    expect(t.see(c('1'), first)).toBe(true);
    expect(t.see(c('1'), recycled)).toBe(false);
    expect(t.element('1')).toBe(recycled);
    expect(t.idOf(recycled)).toBe('1');
    expect(t.see(c('1', 'expanded text'), recycled)).toBe(true);
    expect(t.size).toBe(1);
    // A virtual list reuses the node for another comment: it no longer stands for the first one.
    expect(t.see(c('2'), recycled)).toBe(true);
    expect(t.element('1')).toBeUndefined();
    expect(t.element('2')).toBe(recycled);
    expect(t.see(c('1', 'expanded text'), first)).toBe(false);
    expect(t.element('1')).toBeUndefined(); // first is not in the page
    recycled.remove();
    expect(t.element('1')).toBeUndefined();
  });

  it('does not keep a node the page removed alive', async () => {
    const t = new CommentTracker();
    let gone: Element | undefined = document.createElement('article');
    const probe = new WeakRef(gone);
    t.see(c('1'), gone);
    gone = undefined;
    await new Promise((r) => setTimeout(r, 0)); // WeakRef targets are kept until the current job ends
    (globalThis as { gc?: () => void }).gc!();
    expect(probe.deref()).toBeUndefined();
    expect(t.get('1')?.comment.id).toBe('1'); // the comment itself is still known
    expect(t.element('1')).toBeUndefined();
  });
});
