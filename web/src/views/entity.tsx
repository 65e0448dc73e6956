import { api } from '../api/client.js';
import { FACT_TYPES, type EntityProfile, type FactRecord } from '../api/types.js';
import { EntityLink, TypeBadge } from '../components/entity-link.js';
import { FactLine, SelfEntity } from '../components/fact-line.js';
import { ErrorBox, Loading, Section } from '../components/status.js';
import { useI18n } from '../i18n/index.js';
import { formatDate } from '../lib/format.js';
import { useApi } from '../lib/use-api.js';
import { href } from '../router.js';
import { CurationPanel, RejectButton, useCurator } from './curation.js';
import { FundingSection, MembersSection, RolesSection } from './entity-sections.js';

/** An entity's profile: who or what it is, then its facts by kind, each linked to its sources. */
export function EntityView({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const profile = useApi(Number.isInteger(id) ? `entity:${id}` : null, (s) => api.profile(id, s));
  const curator = useCurator();
  if (profile.error) return <ErrorBox error={profile.error} />;
  if (!profile.data) return <Loading />;
  const p = profile.data;
  const changed = () => profile.reload();
  return (
    <SelfEntity.Provider value={p.id}>
    <article class="profile">
      <Header p={p} />
      <div class="profile-grid">
        <div class="profile-main">
          <MembersSection facts={p.facts.members ?? []} />
          <RolesSection roles={p.roles} self={p.id} />
          <FundingSection p={p} />
          {p.partners.length > 0 && (
            <Section title={t('profile.partners')}>
              <ul class="inline-list">{p.partners.map((x) => <li key={x.entity.id}><EntityLink entity={x.entity} /> <span class="muted">×{x.facts}</span></li>)}</ul>
            </Section>
          )}
          <Section title={t('profile.facts')} id="facts">
            {p.factsShown < p.factCount && <p class="muted">{t('profile.factsCut', { shown: p.factsShown, total: p.factCount })}</p>}
            {FACT_TYPES.filter((k) => p.facts[k]?.length).map((k) => (
              <div class="fact-group" key={k}>
                <h3 class={`kind-title kind-${k}`}>{t(`kind.${k}`)} <span class="muted">({p.facts[k]!.length})</span></h3>
                <ul class="facts">{sortByDate(p.facts[k]!).map((f) => (
                  <FactLine key={f.id} fact={f} actions={curator.token ? <RejectButton fact={f.id} onDone={changed} /> : null} />
                ))}</ul>
              </div>
            ))}
            {p.factCount === 0 && <p class="muted">{t('common.none')}</p>}
          </Section>
        </div>
        <aside class="profile-side">
          <Section title={t('profile.documents')}>
            <ul class="plain">{p.recentDocuments.map((d) => (
              <li key={d.id}><a href={href(['doc', d.id])}>{d.title ?? d.id}</a> <span class="muted">{formatDate(d.published, lang)}</span></li>
            ))}</ul>
          </Section>
          {p.resolution.length > 0 && (
            <details class="card why">
              <summary>{t('profile.why')}</summary>
              <ul class="plain small">{p.resolution.map((r, i) => <li key={i}><code>{r.reason}</code> {r.detail}</li>)}</ul>
            </details>
          )}
          <CurationPanel p={p} curator={curator} onChanged={changed} />
        </aside>
      </div>
    </article>
    </SelfEntity.Provider>
  );
}

function Header({ p }: { p: EntityProfile }) {
  const { t, lang } = useI18n();
  const places = uniqueRefs((p.facts.located ?? []).map((f) => f.fields.place));
  const founded = (p.facts.founded ?? []).map((f) => f.fields.date as string | undefined).filter(Boolean)[0];
  return (
    <header class="profile-head">
      <h1>{p.name} <TypeBadge type={p.type} /></h1>
      {p.names.length > 1 && (
        <p class="names"><span class="label">{t('profile.names')}</span> {p.names.filter((n) => n.name !== p.name).map((n, i) => (
          <>{i > 0 && ' · '}<span class="alias" title={t('search.documents', { n: n.documents })}>{n.name}</span></>
        ))}</p>
      )}
      <p class="facts-line">
        {places.length > 0 && <span><span class="label">{t('profile.location')}</span> {places.map((pl, i) => <>{i > 0 && ', '}<EntityLink entity={pl} /></>)}</span>}
        {founded && <span><span class="label">{t('profile.founded')}</span> {formatDate(founded, lang)}</span>}
        <span class="muted">{t('profile.counts', { documents: p.documents, mentions: p.mentions, facts: p.factCount })}</span>
        <a class="button" href={href(['graph', p.id])}>{t('profile.graph')}</a>
      </p>
    </header>
  );
}

function uniqueRefs(values: unknown[]) {
  const seen = new Map<number, { id: number; name: string; type: 'LOC' }>();
  for (const v of values) if (v && typeof v === 'object' && 'id' in v) seen.set((v as { id: number }).id, v as { id: number; name: string; type: 'LOC' });
  return [...seen.values()];
}

/** Newest first; facts without a date last. */
export function sortByDate(facts: FactRecord[]): FactRecord[] {
  return [...facts].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}
