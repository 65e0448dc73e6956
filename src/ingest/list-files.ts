import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files under `paths`, in a deterministic order: each argument in the order given, and
 * inside a folder its entries sorted by code point (not locale), folders walked recursively.
 * Hidden entries (".git", ".DS_Store") are skipped inside folders; a path given explicitly is
 * kept even if hidden. Missing paths, dangling links and folders that cannot be listed are
 * returned as they are, so the reader reports them (UNREADABLE) instead of dropping them.
 * Symbolic links to folders found inside a folder are not followed, which rules out cycles.
 */
export async function listFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) await walk(path, out);
  return out;
}

async function walk(path: string, out: string[]): Promise<void> {
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    return void out.push(path); // missing, or a dangling link: the reader reports it
  }
  if (!isDir) return void out.push(path);
  let names: string[];
  try {
    const entries = await readdir(path, { withFileTypes: true });
    const visible = entries.filter((e) => !e.name.startsWith('.'));
    const linkedDirs = await symlinkedDirs(path, visible.filter((e) => e.isSymbolicLink()).map((e) => e.name));
    names = visible.map((e) => e.name).filter((n) => !linkedDirs.has(n));
  } catch {
    return void out.push(path);
  }
  for (const name of names.sort(byCodePoint)) await walk(join(path, name), out);
}

async function symlinkedDirs(dir: string, links: string[]): Promise<Set<string>> {
  const dirs = new Set<string>();
  for (const name of links) {
    const target = await stat(join(dir, name)).catch(() => null);
    if (target?.isDirectory()) dirs.add(name);
  }
  return dirs;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
