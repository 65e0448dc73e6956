import * as Plot from '@observablehq/plot';
import { api, collect, MAX_PAGE } from '../api/client.js';
import { FACT_TYPES, type FactRecord, type FactType } from '../api/types.js';
import { FactLine } from '../components/fact-line.js';
import { PlotChart } from '../components/plot-chart.js';
import { ErrorBox, Loading, Section } from '../components/status.js';
import { useI18n } from '../i18n/index.js';
import { KIND_COLORS } from '../lib/colors.js';
import { useApi } from '../lib/use-api.js';
import { href, navigate } from '../router.js';

const SAMPLE = 1000;

/** Facts year by year: a stacked bar chart by kind, then the facts themselves under each year. */
export function TimelineView({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const kind = (params.get('kind') ?? '') as FactType | '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const facts = useApi(`timeline:${kind}:${from}:${to}`, (s) => collect((offset) => api.facts({ type: kind, from, to, limit: MAX_PAGE, offset }, s), SAMPLE));
  const set = (changes: Record<string, string>) => navigate(href(['timeline'], { kind, from, to, ...changes }));
  const dated = facts.data?.items.filter((f) => f.date) ?? [];
  const byYear = groupByYear(dated);
  const counts = [...byYear].flatMap(([year, list]) => FACT_TYPES.map((k) => ({ year, kind: k, label: t(`kind.${k}`), count: list.filter((f) => f.type === k).length })))
    .filter((r) => r.count > 0);
  const present = FACT_TYPES.filter((k) => counts.some((r) => r.kind === k));
  return (
    <div class="timeline-view">
      <h1>{t('timeline.title')}</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>{t('search.kind')}{' '}
          <select value={kind} onChange={(e) => set({ kind: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            {FACT_TYPES.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </label>
        <label>{t('common.from')} <input class="year" type="number" value={from} onChange={(e) => set({ from: e.currentTarget.value })} /></label>
        <label>{t('common.to')} <input class="year" type="number" value={to} onChange={(e) => set({ to: e.currentTarget.value })} /></label>
      </form>
      {facts.error && <ErrorBox error={facts.error} />}
      {!facts.data ? <Loading /> : (
        <>
          <Section title={t('timeline.perYear')}>
            {facts.data.total > facts.data.items.length && <p class="muted small">{t('timeline.partial', { n: facts.data.items.length })}</p>}
            <PlotChart label={t('timeline.perYear')} deps={[facts.data, t]} build={(width) => Plot.plot({
              width, height: 260, marginLeft: 40,
              x: { type: 'band', label: null, tickFormat: (y: string) => y },
              y: { label: null, grid: true },
              color: { domain: present.map((k) => t(`kind.${k}`)), range: present.map((k) => KIND_COLORS[k]), legend: true },
              marks: [Plot.barY(counts, { x: 'year', y: 'count', fill: 'label', title: (d: { label: string; count: number }) => `${d.label}: ${d.count}` }), Plot.ruleY([0])],
            })} />
          </Section>
          {[...byYear].reverse().map(([year, list]) => (
            <Section key={year} title={year}>
              <ul class="facts">{list.map((f) => <FactLine key={f.id} fact={f} showKind />)}</ul>
            </Section>
          ))}
        </>
      )}
    </div>
  );
}

/** Oldest year first, each year's facts newest first. */
function groupByYear(facts: FactRecord[]): Map<string, FactRecord[]> {
  const out = new Map<string, FactRecord[]>();
  for (const f of [...facts].sort((a, b) => a.date!.localeCompare(b.date!))) {
    const y = f.date!.slice(0, 4);
    out.set(y, [f, ...(out.get(y) ?? [])]);
  }
  return out;
}
