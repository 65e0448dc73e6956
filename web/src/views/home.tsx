import { api } from '../api/client.js';
import { EntityLink } from '../components/entity-link.js';
import { ErrorBox, Loading, Section } from '../components/status.js';
import { useI18n } from '../i18n/index.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { useApi } from '../lib/use-api.js';
import { href } from '../router.js';

export function HomeView() {
  const { t, lang } = useI18n();
  const stats = useApi('stats', (s) => api.stats(s));
  const orgs = useApi('home-orgs', (s) => api.entities({ type: 'ORG', limit: 12 }, s));
  const docs = useApi('home-docs', (s) => api.documents({ limit: 10 }, s));
  return (
    <div class="home">
      <p class="tagline">{t('app.tagline')}</p>
      {stats.error && <ErrorBox error={stats.error} />}
      {stats.data && (
        <p class="stats-line">{t('home.stats', {
          documents: formatNumber(stats.data.documents, lang), entities: formatNumber(stats.data.entities.total, lang),
          facts: formatNumber(stats.data.facts.total, lang),
        })}</p>
      )}
      <div class="columns">
        <Section title={t('home.top')}>
          {orgs.data ? (
            <ul class="plain">{orgs.data.items.map((e) => (
              <li key={e.id}><EntityLink entity={e} /> <span class="muted">{t('search.documents', { n: e.documents })}</span></li>
            ))}</ul>
          ) : orgs.error ? <ErrorBox error={orgs.error} /> : <Loading />}
        </Section>
        <Section title={t('home.recent')}>
          {docs.data ? (
            <ul class="plain">{docs.data.items.map((d) => (
              <li key={d.id}><span class="muted">{formatDate(d.published, lang)}</span> <a href={href(['doc', d.id])}>{d.title ?? d.id}</a></li>
            ))}</ul>
          ) : docs.error ? <ErrorBox error={docs.error} /> : <Loading />}
        </Section>
      </div>
    </div>
  );
}
