import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `everyMs`: waiting times tick without re-rendering every card each frame. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
