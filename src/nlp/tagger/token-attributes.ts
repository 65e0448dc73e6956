
/** Bit flags of one token; the feature extractor turns them into features. */
export const enum Flag {
  Cap = 1, // "Montréal"
  AllCaps = 2, // "CRIM", "MONTRÉAL"
  Digit = 4, // "2022", "G7"
  Hyphen = 8, // "Saint-Laurent"
  Apostrophe = 16, // "l'", "D'Astous"
  Period = 32, // "M.", "inc."
  Acronym = 64, // "PME", "A.C.L.Q." — all caps, 2–10 chars
  First = 128, // sentence-initial, or after « : — where capitals say nothing
  NoAlnum = 256, // punctuation, symbols
  Lower = 512, // "ministre": letters, all lower case
}

// FNV-1a constants, local rather than imported: this file is the per-character hot loop.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Tokens after which a capital letter is expected anyway (": Le ministre", "« La"). */
const OPENERS = new Set(['.', '!', '?', '«', '"', '“', '—', '–', '-', '•', ':', '(', '…', '*']);

/**
 * Hashed attributes of a sentence's tokens. Arrays are padded by PAD slots on both sides so
 * that context features never test bounds: token i lives at index i + PAD.
 */
export interface SentenceAttributes {
  n: number;
  word: Uint32Array; // lower-cased, ’ → ', digits → 0: "l'économie", "0000"
  shape: Uint32Array; // class runs capped at 4: "Xxxxx", "dddd", "Xxxx-Xxxxx"
  short: Uint32Array; // class runs collapsed: "Xx", "d", "Xx-Xx"
  prefix: Uint32Array; // 4 per padded token: first 1..4 chars of word
  suffix: Uint32Array; // 4 per padded token: last 1..4 chars of word
  flags: Uint16Array;
  /**
   * Word of the nearest capitalized, non-initial token before / after, within CAP_WINDOW:
   * inside "Association québécoise de l'industrie du jeu", "jeu" still sees "Association".
   */
  capBefore: Uint32Array;
  capAfter: Uint32Array;
  /** Tokens to that capitalized word (0 = none in the window). */
  capBeforeGap: Uint8Array;
  capAfterGap: Uint8Array;
}

export const PAD = 2;
const PAD_WORDS = [0x5a5a0001, 0x5a5a0002, 0x5a5a0003, 0x5a5a0004]; // <s2> <s1> </s1> </s2>

export function sentenceAttributes(words: readonly string[]): SentenceAttributes {
  const n = words.length;
  const size = n + 2 * PAD;
  const a: SentenceAttributes = {
    n,
    word: new Uint32Array(size),
    shape: new Uint32Array(size),
    short: new Uint32Array(size),
    prefix: new Uint32Array(size * 4),
    suffix: new Uint32Array(size * 4),
    flags: new Uint16Array(size),
    capBefore: new Uint32Array(size),
    capAfter: new Uint32Array(size),
    capBeforeGap: new Uint8Array(size),
    capAfterGap: new Uint8Array(size),
  };
  for (let p = 0; p < PAD; p++) padSlot(a, p, PAD_WORDS[p]!), padSlot(a, size - 1 - p, PAD_WORDS[3 - p]!);
  for (let i = 0; i < n; i++) {
    const first = i === 0 || OPENERS.has(words[i - 1]!);
    describeToken(a, i + PAD, words[i]!, first);
  }
  capitalContext(a);
  return a;
}

const CAP_WINDOW = 6;
const NO_CAP = 0x5a5a0009;

function capitalContext(a: SentenceAttributes): void {
  const end = a.n + PAD;
  const isCap = (s: number): boolean => (a.flags[s]! & (Flag.Cap | Flag.First)) === Flag.Cap;
  let last = -1;
  for (let s = PAD; s < end; s++) {
    const near = last >= 0 && s - last <= CAP_WINDOW;
    a.capBefore[s] = near ? a.word[last]! : NO_CAP;
    a.capBeforeGap[s] = near ? s - last : 0;
    if (isCap(s)) last = s;
  }
  let next = -1;
  for (let s = end - 1; s >= PAD; s--) {
    const near = next >= 0 && next - s <= CAP_WINDOW;
    a.capAfter[s] = near ? a.word[next]! : NO_CAP;
    a.capAfterGap[s] = near ? next - s : 0;
    if (isCap(s)) next = s;
  }
}

function padSlot(a: SentenceAttributes, slot: number, h: number): void {
  a.word[slot] = a.shape[slot] = a.short[slot] = h;
  a.prefix.fill(h, slot * 4, slot * 4 + 4);
  a.suffix.fill(h, slot * 4, slot * 4 + 4);
}

/** Normalized char code: ’ ʼ → ', any digit → 0, so "2022" and "1998" share a form. */
function normCode(c: number): number {
  if (c >= 48 && c <= 57) return 48;
  return c === 0x2019 || c === 0x2bc ? 39 : c;
}

function describeToken(a: SentenceAttributes, slot: number, w: string, first: boolean): void {
  const lower = w.toLowerCase();
  let word = FNV_OFFSET;
  let shape = FNV_OFFSET;
  let short = FNV_OFFSET;
  let flags = first ? Flag.First : 0;
  let letters = 0;
  let uppers = 0;
  let lastClass = -1;
  let run = 0;
  for (let k = 0; k < lower.length; k++) {
    const c = normCode(lower.charCodeAt(k));
    word = Math.imul(word ^ c, FNV_PRIME);
    if (k < 4) a.prefix[slot * 4 + k] = word >>> 0;
    if (k >= w.length) continue;
    const cls = charClass(w, k);
    if (cls === 88 || cls === 120) letters++;
    if (cls === 88) uppers++;
    else if (cls === 100) flags |= Flag.Digit;
    else if (cls === 45) flags |= Flag.Hyphen;
    else if (cls === 39) flags |= Flag.Apostrophe;
    else if (cls === 46) flags |= Flag.Period;
    run = cls === lastClass ? run + 1 : 1;
    if (run <= 4) shape = Math.imul(shape ^ cls, FNV_PRIME);
    if (run === 1) short = Math.imul(short ^ cls, FNV_PRIME);
    lastClass = cls;
  }
  for (let k = Math.min(lower.length, 4); k < 4; k++) a.prefix[slot * 4 + k] = word >>> 0;
  let suffix = FNV_OFFSET ^ 0x55;
  for (let k = 0; k < 4; k++) {
    const at = lower.length - 1 - k;
    if (at >= 0) suffix = Math.imul(suffix ^ normCode(lower.charCodeAt(at)), FNV_PRIME);
    a.suffix[slot * 4 + k] = suffix >>> 0;
  }
  if (letters > 0 && charClass(w, 0) === 88) flags |= Flag.Cap;
  if (letters > 0 && uppers === letters) flags |= Flag.AllCaps;
  if (uppers >= 2 && uppers === letters && w.length <= 10) flags |= Flag.Acronym;
  if (letters > 0 && uppers === 0 && (flags & Flag.Digit) === 0) flags |= Flag.Lower;
  if (letters === 0 && (flags & Flag.Digit) === 0) flags |= Flag.NoAlnum;
  a.word[slot] = word >>> 0;
  a.shape[slot] = shape >>> 0;
  a.short[slot] = short >>> 0;
  a.flags[slot] = flags;
}

/** 'X' upper letter, 'x' lower letter, 'd' digit, else the char code itself ("-", "'", "."). */
function charClass(w: string, k: number): number {
  const c = w.charCodeAt(k);
  if (c >= 48 && c <= 57) return 100;
  if (c >= 65 && c <= 90) return 88;
  if (c >= 97 && c <= 122) return 120;
  if (c < 128) return c;
  if (c === 0x2019 || c === 0x2bc) return 39; // "l’" has the shape of "l'"
  const ch = w[k]!; // "É" → X, "é" → x; rare enough to afford the case conversions
  if (ch !== ch.toLowerCase()) return 88;
  if (ch !== ch.toUpperCase()) return 120;
  return c;
}
