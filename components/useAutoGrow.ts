import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';

/**
 * The draft box grows with its text, so the whole reply is read before it is inserted (a fixed four rows cut
 * it off at 380 px). Measured after each change and when the panel's width changes the wrapping.
 */
export function useAutoGrow(box: RefObject<HTMLTextAreaElement | null>, text: string): void {
  const measure = () => {
    const el = box.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  };
  useLayoutEffect(measure, [text]);
  useEffect(() => {
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
}
