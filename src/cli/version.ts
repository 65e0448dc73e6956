import { readFileSync } from 'node:fs';
import { repoRoot } from '../repo-root.js';

export function version(): string {
  return (JSON.parse(readFileSync(`${repoRoot()}/package.json`, 'utf8')) as { version: string }).version;
}
