import type {
  DocumentSummary, DocumentView, EntityProfile, EntitySummary, EntityType, FactRecord, FactType, FundingAxis, FundingRow,
  GraphStats, Neighbourhood, Page, SearchHit,
} from './types.js';
import { readToken } from './token.js';

/** An answer other than 2xx: the API's JSON error message when it sent one. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined | null>;

function url(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function send<T>(method: string, path: string, opts: { params?: Params; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const token = method === 'GET' ? null : readToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url(path, opts.params), {
    method, headers, signal: opts.signal, body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
  if (!res.ok) throw new ApiError(res.status, errorMessage(body) ?? `${res.status} ${res.statusText}`);
  return body as T;
}

function errorMessage(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const e = (body as { error?: unknown; message?: unknown }).error ?? (body as { message?: unknown }).message;
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') return (e as { message: string }).message;
  return null;
}

const get = <T>(path: string, params?: Params, signal?: AbortSignal) => send<T>('GET', path, { params, signal });

/** The API's largest page. */
export const MAX_PAGE = 200;

/** Up to `max` items of a list, fetched page by page in parallel once the first page tells the total. */
export async function collect<T>(fetchPage: (offset: number) => Promise<Page<T>>, max: number): Promise<{ items: T[]; total: number }> {
  const first = await fetchPage(0);
  const wanted = Math.min(first.total, max);
  const offsets: number[] = [];
  for (let o = first.items.length; o < wanted && first.items.length > 0; o += first.items.length) offsets.push(o);
  const rest = await Promise.all(offsets.map(fetchPage));
  return { items: [first, ...rest].flatMap((p) => p.items).slice(0, max), total: first.total };
}

/** Every route the app reads or writes, in one place. */
export const api = {
  stats: (signal?: AbortSignal) => get<GraphStats>('/stats', {}, signal),
  search: (q: string, page: Params, signal?: AbortSignal) => get<Page<SearchHit>>('/search', { q, ...page }, signal),
  entities: (filter: { q?: string; type?: EntityType | ''; limit?: number; offset?: number }, signal?: AbortSignal) =>
    get<Page<EntitySummary>>('/entities', filter, signal),
  profile: (id: number, signal?: AbortSignal) => get<EntityProfile>(`/entities/${id}`, {}, signal),
  graph: (id: number, depth: 1 | 2 = 1, signal?: AbortSignal) => get<Neighbourhood>(`/entities/${id}/graph`, { depth }, signal),
  facts: (filter: { type?: FactType | ''; entity?: number; from?: string; to?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    get<Page<FactRecord>>('/facts', filter, signal),
  documents: (page: { limit?: number; offset?: number; entity?: number }, signal?: AbortSignal) =>
    get<Page<DocumentSummary>>('/documents', page, signal),
  document: (id: string, signal?: AbortSignal) => get<DocumentView>(`/documents/${encodeURIComponent(id)}`, {}, signal),
  funding: (by: FundingAxis, opts: { from?: string; to?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    get<Page<FundingRow>>('/aggregates/funding', { by, ...opts }, signal),

  merge: (into: number, from: number) => send<{ entity: number | null }>('POST', `/entities/${into}/merge`, { body: { from } }),
  split: (id: number, selection: { names?: string[]; docs?: string[] }) =>
    send<{ entity: number | null; split?: number[] }>('POST', `/entities/${id}/split`, { body: selection }),
  rename: (id: number, name: string) => send<{ entity: number | null }>('POST', `/entities/${id}/rename`, { body: { name } }),
  rejectFact: (id: number) => send<unknown>('POST', `/facts/${id}/reject`, { body: {} }),
};
