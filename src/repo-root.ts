import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder holding package.json and data/. Found by walking up from this module,
 * because the code runs both from src/ (tsx) and compiled from dist/src/.
 */
export function repoRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('Veille: cannot find its package.json above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return (cached = dir);
}
