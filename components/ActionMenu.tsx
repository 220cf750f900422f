import { useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

export interface MenuItem {
  key: string;
  label: string;
  /** The queue's keyboard shortcut for it, shown beside the label. */
  shortcut?: string;
  danger?: boolean;
  /** Items after a separator start a new group (replies, then decisions). */
  group: number;
}

/** Keeps the popover inside the panel: under its button, right-aligned, flipped above when there is no room below. */
function place(menu: HTMLElement, button: HTMLElement): void {
  const b = button.getBoundingClientRect();
  const { width, height } = menu.getBoundingClientRect();
  const left = Math.max(4, Math.min(b.right - width, document.documentElement.clientWidth - width - 4));
  const below = b.bottom + 2;
  const top = below + height > window.innerHeight - 4 ? Math.max(4, b.top - height - 2) : below;
  Object.assign(menu.style, { left: `${left}px`, top: `${top}px` });
}

/**
 * "More ▾": the card's other actions in a compact menu (a native popover, so no card clips it and Escape or a
 * click elsewhere closes it). Arrow keys move between items; the queue's shortcuts keep working without it.
 */
export function ActionMenu({ id, items, onPick }: { id: string; items: MenuItem[]; onPick(key: string): void }) {
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const entries = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  const onToggle = (e: Event) => {
    if ((e as ToggleEvent).newState !== 'open' || !menu.current || !button.current) return;
    place(menu.current, button.current);
    entries()[0]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const list = entries();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    list[(to + list.length) % list.length]?.focus();
  };
  const pick = (key: string) => {
    menu.current?.hidePopover();
    button.current?.focus();
    onPick(key);
  };

  return (
    <>
      <button ref={button} type="button" class="more" popovertarget={id} aria-haspopup="menu" aria-label={t('card_more_label')}
        onClick={(e) => e.stopPropagation()}>
        {t('card_more')} <span aria-hidden="true">▾</span>
      </button>
      <div ref={menu} id={id} popover="auto" role="menu" class="menu" aria-label={t('card_more_label')}
        onToggle={onToggle} onKeyDown={onKey} onClick={(e) => e.stopPropagation()}>
        {items.flatMap((item, i) => [
          ...(i > 0 && item.group !== items[i - 1]!.group ? [<div role="separator" key={`sep-${item.key}`} />] : []),
          <button key={item.key} type="button" role="menuitem" tabIndex={-1} class={item.danger ? 'danger' : ''}
            aria-keyshortcuts={item.shortcut} onClick={() => pick(item.key)}>
            <span>{item.label}</span>{item.shortcut && <kbd aria-hidden="true">{item.shortcut}</kbd>}
          </button>,
        ])}
      </div>
    </>
  );
}
