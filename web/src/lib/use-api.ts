import { useCallback, useEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload: () => void;
}

// Recent answers by key: going back to a page shows it at once, then refreshes it.
const cache = new Map<string, unknown>();
const CACHE_SIZE = 40;

function remember(key: string, value: unknown): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** Forgets cached answers (after a curation changed the graph). */
export function clearApiCache(): void {
  cache.clear();
}

/** Loads `load()` whenever `key` changes (null: nothing to load); aborts the previous request. */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: Error | null; loading: boolean }>(() => ({
    key, data: key !== null ? ((cache.get(key) as T | undefined) ?? null) : null, error: null, loading: key !== null,
  }));
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (key === null) return void setState({ key, data: null, error: null, loading: false });
    const ctrl = new AbortController();
    const cached = (cache.get(key) as T | undefined) ?? null;
    setState((s) => ({ key, data: s.key === key ? s.data ?? cached : cached, error: null, loading: true }));
    load(ctrl.signal).then(
      (data) => { remember(key, data); setState({ key, data, error: null, loading: false }); },
      (error: Error) => { if (!ctrl.signal.aborted) setState({ key, data: null, error, loading: false }); },
    );
    return () => ctrl.abort();
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  // A render after the key changed but before the effect ran must not show the previous key's data.
  const fresh = state.key === key;
  return { data: fresh ? state.data : null, error: fresh ? state.error : null, loading: !fresh || state.loading, reload };
}
