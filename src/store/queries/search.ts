import type Database from 'better-sqlite3';
import { STOP_WORDS } from '../../ingest/stop-words.js';
import type { Page, PageOptions, SearchHit } from '../graph-types.js';
import { fold, stemWord, words } from '../stem.js';
import { stmt } from '../statements.js';

const STOP = new Set<string>([...STOP_WORDS.fr, ...STOP_WORDS.en, 'l', 'd', 's', 'qu', 'a'].map(fold));

/**
 * The FTS5 query for what a user typed: each word stemmed (stem.ts) and quoted, all required;
 * "quoted phrases" stay phrases. Function words are dropped unless nothing else is left.
 * Null when there is nothing to search for.
 */
export function ftsQuery(input: string): { match: string; stems: Set<string> } | null {
  const parts: string[][] = [];
  const re = /"([^"]*)"|([^\s"]+)/g;
  for (const m of input.matchAll(re)) {
    const stems = words(m[1] ?? m[2] ?? '').map((w) => stemWord(w.word));
    if (m[1] !== undefined) parts.push(stems);
    else for (const s of stems) parts.push([s]);
  }
  const content = parts.filter((p) => p.length > 1 || !STOP.has(p[0]!));
  const chosen = (content.length ? content : parts).filter((p) => p.length > 0);
  if (chosen.length === 0) return null;
  return {
    match: chosen.map((p) => `"${p.join(' ')}"`).join(' '),
    stems: new Set(chosen.flat()),
  };
}

/** Full-text search over current documents, best first (bm25, title words count triple). */
export function searchDocuments(db: Database.Database, input: string, opts: PageOptions = {}): Page<SearchHit> {
  const limit = opts.limit ?? 20;
  const offset = opts.offset ?? 0;
  const q = ftsQuery(input);
  if (!q) return { items: [], total: 0, limit, offset };
  // One pass over the matches: the window count gives the total, then only the page is joined to its text.
  const ranked = stmt(db, `SELECT rowid, score, count(*) OVER () AS total FROM (
    SELECT rowid, bm25(documents_fts, 3.0, 1.0) AS score FROM documents_fts WHERE documents_fts MATCH ?
  ) ORDER BY score, rowid LIMIT ? OFFSET ?`)
    .all(q.match, limit, offset) as { rowid: number; score: number; total: number }[];
  const total = ranked[0]?.total ?? (offset > 0 ? (stmt(db, 'SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?').pluck().get(q.match) as number) : 0);
  const text = stmt(db, `SELECT d.id AS doc, v.title, v.published, v.lang, v.text FROM documents d
    JOIN document_versions v ON v.doc_id = d.id AND v.version = d.current_version WHERE d.rowid = ?`);
  const rows = ranked.map((r) => ({ ...(text.get(r.rowid) as Omit<SearchHit, 'snippet' | 'marks' | 'score'> & { text: string }), score: r.score }));
  return {
    items: rows.map(({ text, ...hit }) => ({ ...hit, ...snippet(text, q.stems) })),
    total, limit, offset,
  };
}

/** About `width` characters of the text around the first matched word, matched words marked. */
export function snippet(text: string, stems: Set<string>, width = 200): { snippet: string; marks: [number, number][] } {
  const all = words(text);
  const hits = all.filter((w) => stems.has(stemWord(w.word)));
  const first = hits[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) start = all.find((w) => w.start >= start)?.start ?? start;
  let end = Math.min(text.length, start + width);
  if (end < text.length) end = [...all].reverse().find((w) => w.end <= end)?.end ?? end;
  const marks = hits.filter((w) => w.start >= start && w.end <= end).map((w): [number, number] => [w.start - start, w.end - start]);
  return { snippet: text.slice(start, end).replace(/\s+/g, ' '), marks: fixMarks(text.slice(start, end), marks) };
}

/** Offsets after whitespace runs were collapsed to one space. */
function fixMarks(raw: string, marks: [number, number][]): [number, number][] {
  const shift: number[] = [];
  let removed = 0;
  for (let i = 0; i <= raw.length; i++) {
    shift.push(removed);
    if (i > 0 && /\s/.test(raw[i - 1]!) && /\s/.test(raw[i] ?? '')) removed++;
  }
  return marks.map(([s, e]) => [s - shift[s]!, e - shift[e]!]);
}
