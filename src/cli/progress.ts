/**
 * A one-line progress counter on stderr, redrawn at most 10 times a second.
 * Silent when stderr is not a terminal, so pipes and CI logs stay clean.
 */
export interface Progress {
  tick(n?: number): void;
  /** Prints a full line (an error, say) without garbling the counter. */
  note(line: string): void;
  done(): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { tick() {}, note: (line) => void stream.write(`${line}\n`), done() {} };
  const started = Date.now();
  let count = 0;
  let lastDraw = 0;
  const draw = () => {
    const secs = Math.max((Date.now() - started) / 1000, 0.001);
    stream.write(`\r${label}: ${count} (${(count / secs).toFixed(1)}/s)\x1b[K`);
  };
  return {
    tick(n = 1) {
      count += n;
      const now = Date.now();
      if (now - lastDraw > 100) {
        lastDraw = now;
        draw();
      }
    },
    note(line) {
      stream.write(`\r\x1b[K${line}\n`);
      draw();
    },
    done() {
      if (count > 0) draw();
      stream.write('\r\x1b[K');
    },
  };
}
