/**
 * Text normalization shared by every format: Unicode NFC, `\n` line ends, one plain space
 * between words. Non-breaking and thin spaces (French typography: « 2 307 663 $ », « texte »)
 * become plain spaces so later stages handle a single kind of space. Apostrophes and
 * guillemets are left as written (’ stays ’).
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '') // zero-width characters and soft hyphens
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** Ends a sentence or a quotation: a line ending like this is not cut mid-sentence. */
const LINE_END = /[.!?:;…»"”)\]]$/;

/**
 * Splits normalized text into paragraphs. Each non-empty line is a paragraph (many sources,
 * like text copied from a Web page, put one paragraph per line with no blank line between),
 * except hard-wrapped prose: a long line that does not end a sentence, followed by a line
 * starting in lower case, continues on that line ("… a annoncé\nmardi que …").
 */
export function toParagraphs(text: string): string[] {
  const out: string[] = [];
  let prevBlank = true;
  for (const line of text.split('\n')) {
    if (line === '') {
      prevBlank = true;
      continue;
    }
    const last = out[out.length - 1];
    if (!prevBlank && last !== undefined && continuesLine(last, line)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
    prevBlank = false;
  }
  return out;
}

function continuesLine(prev: string, next: string): boolean {
  return prev.length >= 40 && !LINE_END.test(prev) && /^\p{Ll}/u.test(next);
}
