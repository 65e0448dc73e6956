/** One article's version of a fact: its fields (entity fields as entity ids) and the article's date. */
export interface Report {
  fields: Record<string, unknown>;
  published: string | null;
}

/** Fields that describe the moment of reporting: the latest article wins (« ancien » after « actuel »). */
const LATEST_WINS = new Set(['status']);

/**
 * One fact from several articles' reports: lists are united (participants, what), other fields take
 * the value most articles give; on a tie the earliest article wins, except for the status of a role,
 * where the latest does.
 */
export function mergeReports(reports: Report[]): Record<string, unknown> {
  const sorted = [...reports].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  const fields = new Set(sorted.flatMap((r) => Object.keys(r.fields)));
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const values = sorted.map((r) => r.fields[f]).filter((v) => v !== undefined && v !== null);
    if (values.length === 0) continue;
    out[f] = values.some(Array.isArray) ? unite(values) : commonest(values, LATEST_WINS.has(f));
  }
  return out;
}

function unite(values: unknown[]): unknown[] {
  const seen = new Map<string, unknown>();
  for (const v of values) for (const x of Array.isArray(v) ? v : [v]) seen.set(JSON.stringify(x), x);
  return [...seen.values()];
}

function commonest(values: unknown[], latest: boolean): unknown {
  const counts = new Map<string, { value: unknown; n: number; last: number }>();
  values.forEach((value, i) => {
    const k = JSON.stringify(value);
    const c = counts.get(k);
    if (c) Object.assign(c, { n: c.n + 1, last: i });
    else counts.set(k, { value, n: 1, last: i });
  });
  let best: { value: unknown; n: number; last: number } | undefined;
  for (const c of counts.values()) {
    if (!best || c.n > best.n || (latest && c.n === best.n && c.last > best.last)) best = c;
  }
  return best!.value;
}
