import { IngestError } from './document.js';
import { decodeWindows1252 } from './windows-1252.js';

/** Labels that all mean "windows-1252" to a browser (WHATWG Encoding), French Web pages' usual legacy. */
const WINDOWS_1252 = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii']);

/**
 * Bytes → string. Order: BOM, then binary check, then strict UTF-8, then the charset the
 * file declares (`<meta charset>`, `<?xml encoding>`), then windows-1252, which never fails.
 * Valid UTF-8 with accents wins over a single-byte declaration: mislabelled pages are common,
 * and real latin-1 French ("é" = 0xE9 alone) is practically never valid UTF-8.
 */
export function decodeBytes(file: string, bytes: Uint8Array): string {
  const bom = utf16Bom(bytes);
  if (bom) return decodeStrict(file, bytes.subarray(2), bom);
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  const guessed16 = guessUtf16(body);
  if (guessed16) return decodeStrict(file, body, guessed16);
  if (looksBinary(body)) throw new IngestError('BINARY', file, 'binary content (NUL or control bytes), not text');
  const utf8 = tryUtf8(body);
  if (utf8 !== null) return stripBom(utf8);
  return stripBom(decodeDeclared(body, declaredCharset(body)));
}

function utf16Bom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function hasUtf8Bom(b: Uint8Array): boolean {
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

/** UTF-16 without BOM: in Latin text nearly every other byte is NUL, always on the same side. */
function guessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.6 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.6 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** NUL bytes, or more than 2% C0 controls other than tab, newlines and form feed, in the first 8 KB. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && c !== 0x1b) controls++;
  }
  return controls > Math.max(2, n * 0.02);
}

function tryUtf8(b: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return null;
  }
}

function decodeStrict(file: string, b: Uint8Array, encoding: string): string {
  try {
    return stripBom(new TextDecoder(encoding, { fatal: true }).decode(b));
  } catch {
    throw new IngestError('UNDECODABLE', file, `not valid ${encoding.toUpperCase()}`);
  }
}

/** The charset named by `<meta charset=…>`, `<meta http-equiv … charset=…>` or `<?xml … encoding=…?>`. */
export function declaredCharset(b: Uint8Array): string | null {
  const head = Buffer.from(b.subarray(0, 2048)).toString('latin1');
  const m = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ?? /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function decodeDeclared(b: Uint8Array, charset: string | null): string {
  if (charset && !WINDOWS_1252.has(charset) && !/^utf-?8$/.test(charset)) {
    try {
      return new TextDecoder(charset).decode(b);
    } catch {
      // Unknown label: fall through to windows-1252, the most likely legacy encoding here.
    }
  }
  return decodeWindows1252(b);
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
