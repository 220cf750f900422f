import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Page or guide text in a card. Long text scrolls inside the card instead of stretching it; when it does, the
 * box takes keyboard focus so it can be scrolled without a mouse.
 */
/** Below this length a text cannot fill the box's 12 lines, so it is not measured (a measure forces layout). */
const SHORT = 280;

export function ScrollText({ text }: { text: string }) {
  const box = useRef<HTMLParagraphElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (el && text.length > SHORT) setScrolls(el.scrollHeight > el.clientHeight + 1);
  }, [text]);
  return <p ref={box} class="text" dir="auto" tabIndex={scrolls ? 0 : undefined}>{text}</p>;
}
