/**
 * The 32 code points windows-1252 puts at bytes 0x80–0x9F, where ISO-8859-1 has C1 controls.
 * Needed because Node 20's TextDecoder('windows-1252') takes a latin-1 fast path and
 * returns U+0092 for byte 0x92 instead of ’ (the apostrophe of every French text saved by Word).
 * Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 value, as the WHATWG table does.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes windows-1252 bytes; never fails, since every byte has a character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const codes = Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}
