import { useEffect, useRef } from 'preact/hooks';
import type { Decision, ReplyKind } from '@/lib/panel/desk';

interface KeyActions {
  move(delta: number): void;
  reply(kind: ReplyKind): void;
  decide(decision: Decision): void;
  insert(): void;
}

/** j/k move, a apologise, f fact-check, i ignore, r report, Enter insert — never while typing in a field. */
export function useQueueKeys(actions: KeyActions): void {
  // The listener is registered once and reads the latest actions: effects run after paint, so a listener
  // re-registered per render would act on the previous selection for a key pressed right after a move.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) {
        // In the draft itself, Ctrl/Cmd+Enter inserts it; every other key is typing.
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && target.localName === 'textarea') {
          e.preventDefault();
          latest.current.insert();
        }
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Enter' && target.closest('button, a')) return; // Enter on a focused control activates it
      const actions = latest.current;
      const handlers: Record<string, () => void> = {
        j: () => actions.move(1),
        k: () => actions.move(-1),
        a: () => actions.reply('apologise'),
        f: () => actions.reply('fact-check'),
        i: () => actions.decide('ignore'),
        r: () => actions.decide('report'),
        Enter: () => actions.insert(),
      };
      const run = handlers[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
