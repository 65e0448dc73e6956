import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

/**
 * Veille is judged on articles nobody here has seen: the seeds are a development set, and no
 * seed sentence or seed name may be written into code, lexicons, scripts or the web app.
 * LOC names are exempt (places come from the gazetteer and general geography).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = join(root, '..', 'shared');
const haveShared = existsSync(join(shared, 'gold')) && existsSync(join(shared, 'seeds'));
const SCANNED = ['src', 'data', 'scripts', 'web/src', 'web/index.html'];
const TEXT_FILE = /\.(ts|tsx|js|mjs|json|txt|tsv|md|html|css)$/;

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return TEXT_FILE.test(path) ? [path] : [];
  return readdirSync(path).flatMap((f) => (f === 'node_modules' || f === 'dist' ? [] : files(join(path, f))));
}

/** Seed names that are also general words of the domain (organization head words, a generic body). */
const GENERAL = new Set(['Alliance', 'Technocentre', 'gouvernement du Québec']);

/** Set phrases of the language that the seeds happen to use too. */
const GENERAL_PHRASES = [/technologies de l'information et des communications(?: \(TIC\))?/gi];

const norm = (s: string) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

function seedNames(): string[] {
  const names = new Set<string>();
  for (const f of readdirSync(join(shared, 'gold'))) {
    const gold = JSON.parse(readFileSync(join(shared, 'gold', f), 'utf8')) as { entities: { type: string; name: string; aliases?: string[] }[] };
    for (const e of gold.entities) {
      if (e.type === 'LOC') continue;
      for (const n of [e.name, ...(e.aliases ?? [])]) {
        const bare = norm(n).replace(/^(l'|le |la |les )/i, '');
        // One common word ("Camp", "Hub") says nothing; names with two words or a capital inside do.
        if (!GENERAL.has(bare) && (bare.includes(' ') || /^.+[A-Z0-9]/.test(bare) || bare.length >= 8)) names.add(bare);
      }
    }
  }
  return [...names];
}

/** Runs of 7 words from the seeds' sentences. */
function seedShingles(): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(join(shared, 'seeds'))) {
    const words = norm(readFileSync(join(shared, 'seeds', f), 'utf8')).toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
    for (let i = 0; i + 7 <= words.length; i++) out.add(words.slice(i, i + 7).join(' '));
  }
  return out;
}

test('no seed name or seed sentence appears in the project', { skip: !haveShared && 'shared/ is absent' }, () => {
  const names = seedNames().map((n) => ({ n, re: new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu') }));
  const shingles = seedShingles();
  const leaks: string[] = [];
  for (const file of SCANNED.flatMap((p) => files(join(root, p)))) {
    const text = norm(readFileSync(file, 'utf8'));
    const rel = file.slice(root.length);
    for (const { n, re } of names) if (re.test(text)) leaks.push(`${rel}: seed name « ${n} »`);
    const words = GENERAL_PHRASES.reduce((t, re) => t.replace(re, ' '), text).toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
    for (let i = 0; i + 7 <= words.length; i++) {
      const s = words.slice(i, i + 7).join(' ');
      if (shingles.has(s)) { leaks.push(`${rel}: seed text « ${s} »`); break; }
    }
  }
  assert.deepEqual(leaks, []);
});
