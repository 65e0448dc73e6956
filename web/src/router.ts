import { useEffect, useState } from 'preact/hooks';

/** A hash route: `#/entity/12?tab=facts` → { parts: ['entity', '12'], params: {tab: 'facts'} }. */
export interface Route {
  parts: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const parts = path.split('/').filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
  return { parts, params: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

/** Builds `#/a/b?x=1`, leaving out empty parameters. */
export function href(parts: (string | number)[], params: Record<string, string | number | undefined | null> = {}): string {
  const path = parts.map((p) => encodeURIComponent(String(p))).join('/');
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const qs = query.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', to);
  else location.hash = to.slice(1);
  if (opts.replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
