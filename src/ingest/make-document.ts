import { createHash } from 'node:crypto';
import type { SourceDocument } from './document.js';
import { IngestError } from './document.js';
import type { CleanText } from './clean-text.js';
import { detectLang } from './lang.js';

/**
 * Builds the stored document. The hash covers what a reader sees, title + "\n" + published +
 * "\n" + text (a missing title or date counts as ""), so a re-ingested article whose text
 * changed gets a new version. Throws NO_TEXT when cleaning left nothing.
 */
export function makeDocument(id: string, source: string, clean: CleanText): SourceDocument {
  if (!/\p{L}/u.test(clean.text)) throw new IngestError('NO_TEXT', source, 'no article text left after cleaning');
  const { title, published, author, text } = clean;
  const hash = createHash('sha256').update(`${title ?? ''}\n${published ?? ''}\n${text}`).digest('hex');
  return { id, source, title, published, author, lang: detectLang(`${title ?? ''}\n${text}`), text, hash };
}
