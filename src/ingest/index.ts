/** Veille's ingest layer: files (text, Markdown, HTML, RSS/Atom) → clean SourceDocuments. */
export { IngestError, type IngestErrorCode, type SourceDocument } from './document.js';
export { readSources } from './read-sources.js';
export { listFiles } from './list-files.js';
export { parseFile, DEFAULT_MAX_BYTES, type ParseOptions } from './parse-file.js';
export { cleanText, type CleanText } from './clean-text.js';
export { detectLang } from './lang.js';
export { detectFormat, type Format } from './sniff.js';
export { FURNITURE_PHRASES, type FurniturePhrase } from './furniture-phrases.js';
