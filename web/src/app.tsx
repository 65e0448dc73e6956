import { lazyView } from './components/lazy.js';
import { EntityPicker } from './components/entity-picker.js';
import { I18nProvider, useI18n } from './i18n/index.js';
import { href, navigate, useRoute, type Route } from './router.js';
import { EntityView } from './views/entity.js';
import { HomeView } from './views/home.js';
import { SearchView } from './views/search.js';
import { SourceView } from './views/source.js';

const GraphView = lazyView(() => import('./views/graph.js').then((m) => m.GraphView));
const TimelineView = lazyView(() => import('./views/timeline.js').then((m) => m.TimelineView));
const FundingView = lazyView(() => import('./views/funding.js').then((m) => m.FundingView));
const MapView = lazyView(() => import('./views/map.js').then((m) => m.MapView));

export function App() {
  return <I18nProvider><Shell /></I18nProvider>;
}

function Shell() {
  const { t, lang, setLang } = useI18n();
  const route = useRoute();
  const section = route.parts[0] ?? '';
  const nav: [string, string][] = [['search', t('nav.search')], ['timeline', t('nav.timeline')], ['funding', t('nav.funding')], ['map', t('nav.map')]];
  return (
    <>
      <header class="top">
        <a class="brand" href="#/">{t('app.title')}</a>
        <div class="top-search">
          <EntityPicker
            id="top-search" label={t('search.label')} placeholder={t('search.placeholder')}
            initial={section === 'search' ? route.params.get('q') ?? '' : ''}
            onPick={(e) => navigate(href(['entity', e.id]))}
            onSubmit={(q) => navigate(href(['search'], { q }))}
          />
        </div>
        <nav class="main-nav">
          {nav.map(([path, label]) => <a key={path} href={href([path])} class={section === path ? 'current' : ''}>{label}</a>)}
          <button type="button" class="lang" title={t('nav.langTitle')} onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')}>{t('nav.lang')}</button>
        </nav>
      </header>
      <main id="main">{page(route)}</main>
    </>
  );
}

function page(route: Route) {
  const [section, arg] = route.parts;
  const id = Number(arg);
  switch (section) {
    case undefined: return <HomeView />;
    case 'search': return <SearchView params={route.params} />;
    case 'entity': return <EntityView key={id} id={id} />;
    case 'doc': return <SourceView id={arg ?? ''} fact={Number(route.params.get('fact')) || null} />;
    case 'graph': return <GraphView key={id} id={id} />;
    case 'timeline': return <TimelineView params={route.params} />;
    case 'funding': return <FundingView params={route.params} />;
    case 'map': return <MapView />;
    default: return <HomeView />;
  }
}
