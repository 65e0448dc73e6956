import type { Hints } from './header.js';

export interface MarkdownText {
  /** Plain text, one paragraph, heading or list item per line. */
  text: string;
  hints: Hints;
}

/**
 * Markdown → plain text. The first `# heading` (or a front-matter `title:`) is the title and
 * leaves the text; other headings stay as lines, as section headings do in plain text.
 * Soft-wrapped paragraph lines are joined, since Markdown treats them as one paragraph.
 */
export function markdownToText(source: string): MarkdownText {
  const { body, meta } = splitFrontMatter(source.replace(/\r\n?/g, '\n'));
  const hints: Hints = { title: meta.title ?? null, published: meta.date ?? null, author: meta.author ?? null };
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(paragraph.join(' '), '');
    paragraph = [];
  };
  const lines = body.split('\n');
  lines.forEach((raw, i) => {
    const setext = /^(=+|-+)\s*$/.test(lines[i + 1] ?? '') && raw.trim() !== '' && paragraph.length === 0;
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw) ?? (setext ? [raw, lines[i + 1]![0] === '=' ? '#' : '##', raw] : null);
    if (heading) {
      flush();
      const text = inline(heading[2]!);
      if (heading[1] === '#' && !hints.title) hints.title = text;
      else out.push(text, '');
      return;
    }
    if (/^\s*(?:(?:[-*_]\s*){3,}|=+|-+|```.*|~~~.*|\|?[\s:|-]+\|[\s:|-]*)$/.test(raw) || /^\s*\[[^\]]+\]:\s+\S+/.test(raw)) return flush();
    if (raw.trim() === '') return flush();
    const item = /^\s*(?:[*+-]|\d{1,3}[.)])\s+(.*)$/.exec(raw);
    if (item) {
      flush();
      out.push(/^\s*\d/.test(raw) ? inline(raw.trim()) : `- ${inline(item[1]!)}`);
      return;
    }
    paragraph.push(inline(raw.replace(/^\s*(?:>\s?)+/, '').replace(/^\||\|$/g, '').replace(/\s*\|\s*/g, ' ; ')));
  });
  flush();
  return { text: out.join('\n'), hints };
}

/** Inline markup → its text: links keep their label, images and HTML tags go. */
function inline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(?<![\p{L}\d*])\*(\S(?:[^*]*\S)?)\*(?![\p{L}\d*])/gu, '$1')
    .replace(/(?<![\p{L}\d_])_(\S(?:[^_]*\S)?)_(?![\p{L}\d_])/gu, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .trim();
}

/** YAML front matter between `---` lines: only flat `key: value` pairs are read. */
function splitFrontMatter(source: string): { body: string; meta: Record<string, string> } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!m) return { body: source, meta: {} };
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^(\w+):\s*["']?(.*?)["']?\s*$/.exec(line);
    if (kv && kv[2]) meta[kv[1]!.toLowerCase()] = kv[2];
  }
  return { body: source.slice(m[0].length), meta };
}
