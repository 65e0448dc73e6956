import * as Plot from '@observablehq/plot';
import { api } from '../api/client.js';
import type { FundingAxis, FundingRow, MoneyTotal } from '../api/types.js';
import { CsvButton } from '../components/csv-link.js';
import { EntityLink } from '../components/entity-link.js';
import { PlotChart } from '../components/plot-chart.js';
import { ErrorBox, Loading, Section } from '../components/status.js';
import { useI18n } from '../i18n/index.js';
import { formatMoney, formatNumber } from '../lib/format.js';
import { useApi } from '../lib/use-api.js';
import { href, navigate } from '../router.js';

const AXES: FundingAxis[] = ['funder', 'program', 'recipient', 'year'];
const TOP = 15;

/** Funding totals by funder, program, recipient and year: a chart, the table behind it, and its CSV. */
export function FundingView({ params }: { params: URLSearchParams }) {
  const { t, lang } = useI18n();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const stats = useApi('stats', (s) => api.stats(s));
  const set = (changes: Record<string, string>) => navigate(href(['funding'], { from, to, ...changes }));
  const total = stats.data?.funding.total ?? [];
  return (
    <div class="funding-view">
      <h1>{t('funding.title')}</h1>
      {stats.error && <ErrorBox error={stats.error} />}
      <p class="grand-total">
        <span class="label">{t('funding.total')}</span>{' '}
        {total.map((m) => <Money key={m.currency} m={m} />)}
        {stats.data && total.length === 0 && <span class="muted">{t('funding.empty')}</span>}
      </p>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>{t('common.from')} <input class="year" type="number" value={from} onChange={(e) => set({ from: e.currentTarget.value })} /></label>
        <label>{t('common.to')} <input class="year" type="number" value={to} onChange={(e) => set({ to: e.currentTarget.value })} /></label>
      </form>
      <div class="funding-grid">
        {AXES.map((axis) => <AxisPanel key={axis} axis={axis} from={from} to={to} lang={lang} />)}
      </div>
    </div>
  );
}

function Money({ m }: { m: MoneyTotal }) {
  const { t, lang } = useI18n();
  return (
    <span class="total" data-currency={m.currency ?? ''} data-total={m.total}>
      <strong>{formatMoney(m.total, m.currency, lang)}</strong> <span class="muted">({formatNumber(m.facts, lang)} {t('funding.facts')})</span>
    </span>
  );
}

const TITLES = { funder: 'funding.byFunder', program: 'funding.byProgram', recipient: 'funding.byRecipient', year: 'funding.byYear' } as const;

function AxisPanel({ axis, from, to, lang }: { axis: FundingAxis; from: string; to: string; lang: 'fr' | 'en' }) {
  const { t } = useI18n();
  const rows = useApi(`funding:${axis}:${from}:${to}`, (s) => api.funding(axis, { from, to, limit: 100 }, s));
  const name = (r: FundingRow) => (axis === 'year' ? r.year ?? t('funding.unknown') : r.entity?.name ?? t('funding.unknown'));
  const items = rows.data?.items ?? [];
  const chartRows = (axis === 'year' ? [...items].reverse() : items.slice(0, TOP)).map((r) => ({ name: name(r), total: r.total, currency: r.currency ?? 'CAD' }));
  return (
    <Section title={t(TITLES[axis])} id={`funding-${axis}`}>
      {rows.error ? <ErrorBox error={rows.error} /> : !rows.data ? <Loading /> : items.length === 0 ? <p class="muted">{t('funding.empty')}</p> : (
        <>
          <PlotChart label={t(TITLES[axis])} deps={[rows.data, lang]} build={(width) => (axis === 'year'
            ? Plot.plot({
              width, height: 240, marginLeft: 60, x: { type: 'band', label: null }, y: { label: null, grid: true, tickFormat: (v: number) => formatMoney(v, 'CAD', lang, true) },
              marks: [Plot.barY(chartRows, { x: 'name', y: 'total', fill: '#59a14f', title: (d: { total: number; currency: string }) => formatMoney(d.total, d.currency, lang) }), Plot.ruleY([0])],
            })
            : Plot.plot({
              width, height: 28 * chartRows.length + 40, marginLeft: Math.min(260, width / 2.5),
              x: { label: null, grid: true, tickFormat: (v: number) => formatMoney(v, 'CAD', lang, true) },
              y: { label: null, domain: chartRows.map((r) => r.name), tickFormat: (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s) },
              marks: [Plot.barX(chartRows, { y: 'name', x: 'total', fill: '#4e79a7', title: (d: { total: number; currency: string }) => formatMoney(d.total, d.currency, lang) }), Plot.ruleX([0])],
            }))} />
          <details class="table-box">
            <summary>{t('common.table')}</summary>
            <table class="data">
              <thead><tr><th>{t(axis === 'year' ? 'common.year' : `field.${axis}`)}</th><th class="num">{t('field.amount')}</th><th class="num">{t('funding.facts')}</th></tr></thead>
              <tbody>{items.map((r, i) => (
                <tr key={i}>
                  <td>{r.entity ? <EntityLink entity={r.entity} /> : name(r)}</td>
                  <td class="num" data-total={r.total}>{formatMoney(r.total, r.currency, lang)}</td>
                  <td class="num">{r.facts}</td>
                </tr>
              ))}</tbody>
            </table>
          </details>
          <CsvButton name={`veille-funding-by-${axis}.csv`} header={[axis, 'entity_id', 'currency', 'total', 'facts']}
            rows={items.map((r) => [name(r), r.entity?.id ?? null, r.currency, r.total, r.facts])} />
        </>
      )}
    </Section>
  );
}
