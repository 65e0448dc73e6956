import { useEffect, useRef } from 'preact/hooks';
import { api } from '../api/client.js';
import { ENTITY_TYPES, type DocumentView, type SpanRef } from '../api/types.js';
import { TypeBadge } from '../components/entity-link.js';
import { FactLine } from '../components/fact-line.js';
import { ErrorBox, Loading, Section } from '../components/status.js';
import { useI18n } from '../i18n/index.js';
import { formatDate } from '../lib/format.js';
import { segment, type Piece } from '../lib/segments.js';
import { useApi } from '../lib/use-api.js';
import { href, navigate } from '../router.js';

/** An article's clean text with its entities highlighted, its facts beside it; `fact` marks that fact's sentence. */
export function SourceView({ id, fact }: { id: string; fact: number | null }) {
  const { t, lang } = useI18n();
  const doc = useApi(id ? `doc:${id}` : null, (s) => api.document(id, s));
  if (doc.error) return <ErrorBox error={doc.error} />;
  if (!doc.data) return <Loading />;
  const d = doc.data;
  const source = fact === null ? null : d.facts.find((f) => f.id === fact)?.sources.find((s) => s.doc === d.id && s.start !== null && s.end !== null);
  const mark = source ? { start: source.start!, end: source.end! } : null;
  return (
    <div class="source-view">
      <article class="article">
        <h1>{d.title ?? d.id}</h1>
        <p class="muted">
          {d.published && t('source.published', { date: formatDate(d.published, lang) })}
          {d.author && <> {t('source.by', { author: d.author })}</>}
        </p>
        <p class="legend small">{t('source.legend')} {ENTITY_TYPES.map((ty) => <TypeBadge key={ty} type={ty} />)}</p>
        <ArticleText doc={d} mark={mark} />
      </article>
      <aside class="article-facts">
        <Section title={t('source.facts')}>
          {d.facts.length === 0 ? <p class="muted">{t('source.noFacts')}</p> : (
            <ul class="facts">{d.facts.map((f) => (
              <FactLine key={f.id} fact={f} showKind selected={f.id === fact}
                onSelect={() => navigate(href(['doc', d.id], { fact: f.id }), { replace: true })} />
            ))}</ul>
          )}
        </Section>
      </aside>
    </div>
  );
}

function ArticleText({ doc, mark }: { doc: DocumentView; mark: { start: number; end: number } | null }) {
  const marked = useRef<HTMLElement>(null);
  const parts = segment<SpanRef>(doc.text, doc.mentions, mark);
  useEffect(() => {
    marked.current?.scrollIntoView({ block: 'center' });
  }, [mark?.start, mark?.end, doc.id]);
  return (
    <div class="article-text" lang={doc.lang}>
      <Pieces pieces={parts.before} />
      {parts.marked && <mark class="fact-sentence" ref={marked} tabIndex={-1}><Pieces pieces={parts.marked} /></mark>}
      <Pieces pieces={parts.after} />
    </div>
  );
}

/** Text as text nodes and mentions as links: the article's characters never become markup. */
function Pieces({ pieces }: { pieces: Piece<SpanRef>[] }) {
  return (
    <>{pieces.map((p) => {
      if (!p.mention) return p.text;
      const m = p.mention;
      return m.entity
        ? <a key={p.start} class={`ent type-${m.type}`} href={href(['entity', m.entity.id])} title={m.entity.name}>{p.text}</a>
        : <span key={p.start} class={`ent type-${m.type}`}>{p.text}</span>;
    })}</>
  );
}
