import { factEdges } from '../graph/edges.js';
import type { Store } from '../store/store.js';
import { idsOnly } from './fact-fields.js';
import { everything, type Sink } from './sink.js';

const NODE_KEYS = [['label', 'string'], ['type', 'string'], ['aliases', 'string'], ['documents', 'int'], ['facts', 'int']] as const;
const EDGE_KEYS = [
  ['label', 'string'], ['fact_type', 'string'], ['fact', 'int'], ['date', 'string'], ['amount', 'double'], ['currency', 'string'],
  ['weight', 'double'], ['sources', 'string'], ['evidence', 'string'],
] as const;

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/**
 * GraphML for Gephi and Cytoscape: entities are nodes, facts linking entities are edges
 * (partnerships undirected), each edge with its fact type, date, amount, the reporting documents
 * and the first source sentence. `weight` is the number of sources.
 */
export function exportGraphMl(store: Store, out: Sink): void {
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n');
  for (const [k, t] of NODE_KEYS) out.write(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>\n`);
  for (const [k, t] of EDGE_KEYS) out.write(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>\n`);
  out.write('  <graph id="veille" edgedefault="directed">\n');
  for (const e of everything((limit, offset) => store.graph.listEntities({ limit, offset }))) {
    out.write(`    <node id="n${e.id}">${data('n', { label: e.name, type: e.type, aliases: e.aliases.join(' | '), documents: e.documents, facts: e.factCount })}</node>\n`);
  }
  for (const f of everything((limit, offset) => store.graph.listFacts({ limit, offset }, Infinity))) {
    factEdges(f.type, idsOnly(f)).forEach((edge, i) => {
      const attrs = {
        label: edge.label, fact_type: f.type, fact: f.id, date: f.date, amount: f.fields.amount, currency: f.fields.currency,
        weight: f.sourceCount, sources: f.sources.map((s) => s.doc).join(' | '), evidence: f.sources[0]?.text,
      };
      const directed = f.type === 'partnership' && edge.label === 'partnership' ? ' directed="false"' : '';
      out.write(`    <edge id="f${f.id}_${i}" source="n${edge.source}" target="n${edge.target}"${directed}>${data('e', attrs)}</edge>\n`);
    });
  }
  out.write('  </graph>\n</graphml>\n');
}

function data(prefix: 'n' | 'e', attrs: Record<string, unknown>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `<data key="${prefix}_${k}">${xmlEscape(String(v))}</data>`)
    .join('');
}
