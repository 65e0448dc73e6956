import { closeSync, openSync, writeSync } from 'node:fs';
import type { Page } from '../store/graph-types.js';

/** Where an export writes: a file or stdout, chunk by chunk, so a big graph never sits in memory whole. */
export interface Sink {
  write(chunk: string): void;
  close(): void;
}

export function fileSink(path: string): Sink {
  const fd = openSync(path, 'w');
  return { write: (chunk) => void writeSync(fd, chunk), close: () => closeSync(fd) };
}

export function stdoutSink(): Sink {
  return { write: (chunk) => void process.stdout.write(chunk), close() {} };
}

/** Every item of a paged list, a page at a time. */
export function* everything<T>(page: (limit: number, offset: number) => Page<T>, size = 500): Generator<T> {
  for (let offset = 0; ; offset += size) {
    const p = page(size, offset);
    yield* p.items;
    if (p.items.length < size) return;
  }
}
