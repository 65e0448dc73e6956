import { api } from '../api/client.js';
import { ENTITY_TYPES, FACT_TYPES, type EntityType, type FactType, type SearchHit } from '../api/types.js';
import { TypeBadge } from '../components/entity-link.js';
import { FactLine } from '../components/fact-line.js';
import { Pager } from '../components/pager.js';
import { ErrorBox, Loading, Section } from '../components/status.js';
import { useI18n } from '../i18n/index.js';
import { formatDate } from '../lib/format.js';
import { markRanges } from '../lib/segments.js';
import { useApi } from '../lib/use-api.js';
import { href, navigate } from '../router.js';

const PAGE = 20;

/** Entities, articles and facts for one query, filtered by entity type, year and fact kind (all in the URL). */
export function SearchView({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const q = params.get('q') ?? '';
  const type = (params.get('type') ?? '') as EntityType | '';
  const kind = (params.get('kind') ?? '') as FactType | '';
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? params.get('year')! : '';
  const offset = Number(params.get('offset')) || 0;
  const set = (changes: Record<string, string | number>) => {
    const next = Object.fromEntries(params);
    navigate(href(['search'], { ...next, offset: '', ...changes }));
  };

  const entities = useApi(q || type ? `ents:${q}:${type}` : null, (s) => api.entities({ q, type, limit: 12 }, s));
  const hits = useApi(q ? `search:${q}:${offset}` : null, (s) => api.search(q, { limit: PAGE, offset }, s));
  const top = entities.data?.items[0];
  const factKey = kind || year ? `facts:${kind}:${year}:${q ? top?.id ?? 'none' : 'all'}` : null;
  const facts = useApi(q && !entities.data ? null : factKey, (s) => api.facts({
    type: kind, from: year, to: year, entity: q ? top?.id : undefined, limit: 50,
  }, s));
  const shownHits = hits.data?.items.filter((h) => !year || h.published?.startsWith(year)) ?? [];

  return (
    <div class="search-view">
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>{t('search.type')}{' '}
          <select value={type} onChange={(e) => set({ type: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            {ENTITY_TYPES.map((ty) => <option key={ty} value={ty}>{t(`type.${ty}`)}</option>)}
          </select>
        </label>
        <label>{t('common.year')}{' '}
          <input type="number" min="1900" max="2100" value={year} class="year" onChange={(e) => set({ year: e.currentTarget.value })} />
        </label>
        <label>{t('search.kind')}{' '}
          <select value={kind} onChange={(e) => set({ kind: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            {FACT_TYPES.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </label>
      </form>

      {(q || type) && (
        <Section title={t('search.entities')}>
          {entities.error ? <ErrorBox error={entities.error} /> : !entities.data ? <Loading /> : entities.data.items.length === 0 ? <p class="muted">{t('common.none')}</p> : (
            <ul class="entity-results">{entities.data.items.map((e) => (
              <li key={e.id}>
                <a class="result-name" href={href(['entity', e.id])}>{e.name}</a> <TypeBadge type={e.type} />
                {e.aliases.length > 0 && <span class="muted"> · {e.aliases.slice(0, 3).join(', ')}</span>}
                <span class="muted"> · {t('profile.counts', { documents: e.documents, mentions: e.mentions, facts: e.factCount })}</span>
              </li>
            ))}</ul>
          )}
        </Section>
      )}

      {factKey && (
        <Section title={t('search.facts')}>
          {facts.error ? <ErrorBox error={facts.error} /> : !facts.data ? <Loading /> : facts.data.items.length === 0 ? <p class="muted">{t('common.none')}</p> : (
            <ul class="facts">{facts.data.items.map((f) => <FactLine key={f.id} fact={f} showKind />)}</ul>
          )}
        </Section>
      )}

      {q && (
        <Section title={t('search.articles')}>
          {hits.error ? <ErrorBox error={hits.error} /> : !hits.data ? <Loading /> : shownHits.length === 0 ? <p class="muted">{t('common.none')}</p> : (
            <ol class="hits">{shownHits.map((h) => <Hit key={h.doc} hit={h} />)}</ol>
          )}
          {hits.data && <Pager total={hits.data.total} limit={PAGE} offset={offset} onOffset={(o) => set({ offset: o })} />}
        </Section>
      )}
    </div>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const { lang } = useI18n();
  return (
    <li class="hit">
      <a href={href(['doc', hit.doc])} class="result-name">{hit.title ?? hit.doc}</a>
      <span class="muted"> {formatDate(hit.published, lang)}</span>
      <p class="snippet">… {markRanges(hit.snippet, hit.marks).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))} …</p>
    </li>
  );
}
