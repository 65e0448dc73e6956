import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import { FACT_TYPES, type FactType, type GraphEdge } from '../api/types.js';
import { EntityLink } from '../components/entity-link.js';
import { ErrorBox, Loading } from '../components/status.js';
import { useI18n } from '../i18n/index.js';
import { KIND_COLORS, TYPE_COLORS } from '../lib/colors.js';
import { addNeighbourhood, distances, emptyModel, visible, type GraphFilter, type GraphModel } from '../lib/graph-model.js';
import { href, navigate } from '../router.js';
import { graphStyle } from './graph-style.js';

/** The neighbourhood of an entity as a network: click a node to expand it, double-click to open it. */
export function GraphView({ id }: { id: number }) {
  const { t } = useI18n();
  const [model, setModel] = useState<GraphModel>(() => emptyModel(id));
  const [dates, setDates] = useState<Map<number, string | null>>(new Map());
  const [error, setError] = useState<Error | null>(null);
  const [filter, setFilter] = useState<GraphFilter>({ kinds: new Set(FACT_TYPES), from: null, to: null });
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);

  const expand = async (node: number) => {
    try {
      const [n, facts] = await Promise.all([api.graph(node), api.facts({ entity: node, limit: 200 })]);
      setModel((m) => addNeighbourhood(m, n));
      setDates((d) => new Map([...d, ...facts.items.map((f) => [f.id, f.date] as const)]));
    } catch (e) { setError(e as Error); }
  };
  useEffect(() => { void expand(id); }, [id]);

  // Edges carry a date when the API gives one; otherwise the fact dates fetched with each expansion.
  const dateOf = (e: GraphEdge) => (e as GraphEdge & { date?: string | null }).date ?? dates.get(e.fact) ?? null;
  const shown = useMemo(() => visible(model, filter, dateOf), [model, filter, dates]);
  const years = useMemo(() => [...model.edges.values()].map((e) => Number(dateOf(e)?.slice(0, 4))).filter(Boolean), [model, dates]);

  useEffect(() => {
    if (!box.current) return;
    const instance = cytoscape({ container: box.current, style: graphStyle(), minZoom: 0.2, maxZoom: 3 });
    instance.on('tap', 'node', (ev) => void expand(Number(ev.target.id())));
    instance.on('dbltap', 'node', (ev) => navigate(href(['entity', ev.target.id()])));
    cy.current = instance;
    return () => instance.destroy();
  }, []);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    const wanted = new Set([...shown.nodes.map((n) => `${n.id}`), ...shown.edges.map((e) => e.id)]);
    c.batch(() => {
      c.elements().filter((el) => !wanted.has(el.id())).remove();
      for (const n of shown.nodes) {
        if (c.getElementById(`${n.id}`).nonempty()) continue;
        c.add({ group: 'nodes', data: { id: `${n.id}`, label: n.name, color: TYPE_COLORS[n.type], size: 18 + Math.min(30, 4 * Math.sqrt(n.documents)) } });
      }
      for (const e of shown.edges) {
        if (c.getElementById(e.id).nonempty()) continue;
        c.add({ group: 'edges', data: { id: e.id, source: `${e.source}`, target: `${e.target}`, color: KIND_COLORS[e.type] ?? '#999', label: e.label } });
      }
      c.nodes().removeClass('centre expanded');
      c.getElementById(`${model.centre}`).addClass('centre');
      for (const x of model.expanded) c.getElementById(`${x}`).addClass('expanded');
    });
    // Rings by distance from the centre: an expansion adds an outer ring instead of reshuffling the picture.
    const hops = distances(model.centre, shown.edges);
    const far = Math.max(0, ...hops.values()) + 1;
    c.layout({
      name: 'concentric', animate: false, padding: 30, minNodeSpacing: 90, spacingFactor: 1.2,
      concentric: (n: cytoscape.NodeSingular) => far - (hops.get(Number(n.id())) ?? far), levelWidth: () => 1,
    } as cytoscape.LayoutOptions).run();
    // A small network would be blown up to fill the box: keep labels at reading size.
    if (c.zoom() > 1.2) { c.zoom(1.2); c.center(); }
    // For readers of the page (and the end-to-end tests): what is drawn, once a neighbourhood is in.
    if (model.expanded.size > 0) {
      box.current?.setAttribute('data-nodes', String(c.nodes().length));
      box.current?.setAttribute('data-edges', String(c.edges().length));
    }
  }, [shown]);

  const centre = model.nodes.get(id);
  const toggle = (k: FactType) => setFilter((f) => {
    const kinds = new Set(f.kinds);
    if (kinds.has(k)) kinds.delete(k); else kinds.add(k);
    return { ...f, kinds };
  });
  const minYear = years.length ? Math.min(...years) : null;
  const maxYear = years.length ? Math.max(...years) : null;
  return (
    <div class="graph-view">
      <header class="graph-head">
        <h1>{centre ? <>{t('graph.title', { name: '' })}<EntityLink entity={centre} /></> : t('common.loading')}</h1>
        <p class="muted small">{t('graph.hint')}</p>
      </header>
      {error && <ErrorBox error={error} />}
      <div class="graph-layout">
        <aside class="graph-filters card">
          <h2>{t('graph.kinds')}</h2>
          <ul class="plain">{FACT_TYPES.map((k) => (
            <li key={k}><label><input type="checkbox" checked={filter.kinds.has(k)} onChange={() => toggle(k)} />{' '}
              <span class="swatch" style={{ background: KIND_COLORS[k] }} /> {t(`kind.${k}`)}</label></li>
          ))}</ul>
          <h2>{t('graph.dates')}</h2>
          <label>{t('common.from')} <input type="number" class="year" placeholder={minYear ? String(minYear) : ''} value={filter.from ?? ''}
            onChange={(e) => setFilter((f) => ({ ...f, from: Number(e.currentTarget.value) || null }))} /></label>
          <label>{t('common.to')} <input type="number" class="year" placeholder={maxYear ? String(maxYear) : ''} value={filter.to ?? ''}
            onChange={(e) => setFilter((f) => ({ ...f, to: Number(e.currentTarget.value) || null }))} /></label>
          <p class="muted small graph-count">{t('graph.nodes', { nodes: shown.nodes.length, edges: shown.edges.length })}</p>
          {model.truncated && <p class="muted small">{t('graph.truncated')}</p>}
          <h2>{t('graph.nodeList')}</h2>
          <ul class="plain node-list">{[...shown.nodes].sort((a, b) => b.documents - a.documents).map((n) => (
            <li key={n.id}>
              <button type="button" class="small expand" data-node={n.id} disabled={model.expanded.has(n.id)} onClick={() => void expand(n.id)}
                title={t('graph.expand')} aria-label={`${t('graph.expand')} : ${n.name}`}>+</button>{' '}
              <EntityLink entity={n} />
            </li>
          ))}</ul>
        </aside>
        <div class="graph-canvas" ref={box} role="img" aria-label={centre ? t('graph.title', { name: centre.name }) : ''} />
      </div>
      {model.nodes.size === 0 && !error && <Loading />}
    </div>
  );
}
