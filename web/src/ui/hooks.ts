// Small React hooks shared by pages.
import { useEffect, useState } from 'react';

/** A value that follows `value` after it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms = 350): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** The window's height minus `reserved` pixels (never below `min`), kept up to date on resize. */
export function useViewportHeight(reserved: number, min: number): number {
  const compute = () => Math.max(min, window.innerHeight - reserved);
  const [h, setH] = useState(compute);
  useEffect(() => {
    const onResize = () => setH(compute());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  });
  return h;
}
