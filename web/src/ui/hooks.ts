// Small React hooks shared by pages.
import { type DependencyList, useEffect, useEffectEvent, useState } from 'react';

/** A value that follows `value` after it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms = 350): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/**
 * Runs `run` after the first render and after each render in which one of `keys` changed, with that
 * render's values; the other values it reads (the form, a callback, a row just refetched) do not run
 * it again. So a modal resets and fills its form when it opens, and no later render wipes what the
 * user is typing.
 */
export function useOnChange(keys: DependencyList, run: () => void): void {
  const latest = useEffectEvent(run);
  useEffect(
    () => latest(),
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the keys; `latest` reads the rest.
    keys,
  );
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

/**
 * A list's filters and paging kept in the address (so a list can be bookmarked and shared):
 * the current page and page size, and `update`, which writes changes back (empty values remove
 * the parameter) and returns to the first page unless told to keep it.
 */
export function useUrlListState(
  params: URLSearchParams,
  setParams: (next: URLSearchParams, opts: { replace: boolean }) => void,
) {
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const update = (changes: Record<string, string | number | undefined | null>, keepPage = false) => {
    // From the address as it is now, not as this render saw it: a debounced search landing just
    // before a filter change (or after it) must not drop the other one.
    const next = new URLSearchParams(typeof window === 'undefined' ? params : window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === null || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  };
  return { page, pageSize, update };
}
