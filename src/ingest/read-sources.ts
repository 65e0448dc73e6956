import { readFile, stat } from 'node:fs/promises';
import { IngestError, type SourceDocument } from './document.js';
import { listFiles } from './list-files.js';
import { DEFAULT_MAX_BYTES, parseFile, type ParseOptions } from './parse-file.js';

/**
 * Reads every file under `paths` (see listFiles for the order) and yields its documents.
 * A bad file yields an IngestError and the walk goes on: one broken page must not stop the
 * ingestion of a thousand good ones. The size is checked with stat before reading.
 */
export async function* readSources(paths: string[], opts: ParseOptions = {}): AsyncGenerator<SourceDocument | IngestError> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const file of await listFiles(paths)) {
    try {
      yield* parseFile(file, await readChecked(file, maxBytes), { maxBytes });
    } catch (err) {
      yield asIngestError(file, err);
    }
  }
}

async function readChecked(file: string, maxBytes: number): Promise<Buffer> {
  const info = await stat(file);
  if (info.isDirectory()) throw new IngestError('UNREADABLE', file, 'folder could not be listed');
  if (info.size > maxBytes) throw new IngestError('TOO_LARGE', file, `${info.size} bytes, over the ${maxBytes}-byte limit`);
  return readFile(file);
}

/** File-system errors become UNREADABLE ("EACCES: permission denied"); anything else PARSE_FAILED. */
function asIngestError(file: string, err: unknown): IngestError {
  if (err instanceof IngestError) return err;
  const e = err as NodeJS.ErrnoException;
  const reason = oneLine(e?.message ?? String(err)).replace(/, \w+ '.*'$/, '');
  if (typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code)) return new IngestError('UNREADABLE', file, `cannot read: ${reason}`);
  return new IngestError('PARSE_FAILED', file, `parser failed: ${reason}`);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
