import { geoConicConformal, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { useMemo, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import countriesTopo from 'world-atlas/countries-50m.json';
import coordsTsv from '../../../data/lexicons/place-coords.tsv?raw';
import { api, collect, MAX_PAGE } from '../api/client.js';
import { EntityLink } from '../components/entity-link.js';
import { ErrorBox, Loading, Section } from '../components/status.js';
import { useI18n } from '../i18n/index.js';
import { KIND_COLORS } from '../lib/colors.js';
import { parsePlaceCoords } from '../lib/place-coords.js';
import { placePlaces, type MapPlace } from '../lib/places.js';
import { useApi } from '../lib/use-api.js';

const W = 900;
const H = 560;
const coords = parsePlaceCoords(coordsTsv);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const countries = feature(countriesTopo as any, (countriesTopo as any).objects.countries) as unknown as GeoJSON.FeatureCollection;
const QUEBEC_BOX: GeoJSON.Feature = {
  type: 'Feature', properties: {},
  geometry: { type: 'MultiPoint', coordinates: [[-80, 44.6], [-71, 44.2], [-57, 45.5], [-80, 62.6], [-57, 62.6], [-68, 63]] },
};

function projection(view: 'quebec' | 'world'): GeoProjection {
  return view === 'quebec'
    ? geoConicConformal().rotate([71, 0]).parallels([46, 60]).fitExtent([[10, 10], [W - 10, H - 10]], QUEBEC_BOX)
    : geoNaturalEarth1().fitExtent([[10, 10], [W - 10, H - 10]], { type: 'Sphere' });
}

/** Places the articles mention, drawn on bundled world boundaries (no tiles, no network). */
export function MapView() {
  const { t } = useI18n();
  const [view, setView] = useState<'quebec' | 'world'>('quebec');
  const [selected, setSelected] = useState<number | null>(null);
  const data = useApi('map-places', async (s) => {
    const facts = (type: 'located' | 'office' | 'mission') => collect((offset) => api.facts({ type, limit: MAX_PAGE, offset }, s), 1000);
    const [places, located, office, mission] = await Promise.all([
      collect((offset) => api.entities({ type: 'LOC', limit: MAX_PAGE, offset }, s), 1000), facts('located'), facts('office'), facts('mission'),
    ]);
    return placePlaces(places.items, [...located.items, ...office.items, ...mission.items], coords);
  });
  const proj = useMemo(() => projection(view), [view]);
  const path = useMemo(() => geoPath(proj), [proj]);
  const land = useMemo(() => countries.features.map((f, i) => <path key={i} d={path(f) ?? ''} class="country" />), [path]);
  if (data.error) return <ErrorBox error={data.error} />;
  const places = data.data?.placed ?? [];
  const max = Math.max(1, ...places.map((p) => p.documents));
  const chosen = places.find((p) => p.id === selected) ?? null;
  return (
    <div class="map-view">
      <h1>{t('map.title')}</h1>
      <div class="toggle">
        {(['quebec', 'world'] as const).map((v) => (
          <button key={v} type="button" class={view === v ? 'on' : ''} aria-pressed={view === v} onClick={() => setView(v)}>{t(v === 'quebec' ? 'map.quebec' : 'map.world')}</button>
        ))}
      </div>
      <div class="map-layout">
        <svg class="map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('map.title')}>
          <rect width={W} height={H} class="sea" />
          <g>{land}</g>
          <g>{places.map((p) => {
            const xy = proj([p.coord.lon, p.coord.lat]);
            if (!xy || xy[0] < 0 || xy[0] > W || xy[1] < 0 || xy[1] > H) return null;
            return (
              <circle key={p.id} cx={xy[0]} cy={xy[1]} r={3 + 12 * Math.sqrt(p.documents / max)} class={`place${p.id === selected ? ' selected' : ''}`}
                fill={colourOf(p)} onClick={() => setSelected(p.id)} data-place={p.name}>
                <title>{`${p.name} — ${t('map.mentions', { n: p.documents })}`}</title>
              </circle>
            );
          })}</g>
        </svg>
        <aside class="map-side">
          {!data.data ? <Loading /> : chosen ? <PlaceCard p={chosen} onClose={() => setSelected(null)} /> : (
            <Section title={t('map.places')}>
              <ul class="plain">{places.slice(0, 25).map((p) => (
                <li key={p.id}><button type="button" class="link" onClick={() => setSelected(p.id)}>{p.name}</button> <span class="muted">{t('map.mentions', { n: p.documents })}</span></li>
              ))}</ul>
              {data.data.unplaced.length > 0 && <p class="muted small">{t('map.unplaced', { n: data.data.unplaced.length })}</p>}
            </Section>
          )}
        </aside>
      </div>
    </div>
  );
}

function colourOf(p: MapPlace): string {
  const roles = new Set(p.links.map((l) => l.role));
  if (roles.has('mission')) return KIND_COLORS.mission;
  if (roles.has('office')) return KIND_COLORS.office;
  if (roles.has('located')) return KIND_COLORS.located;
  return '#7a869a';
}

function PlaceCard({ p, onClose }: { p: MapPlace; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Section title={p.name}>
      <button type="button" class="link small" onClick={onClose}>← {t('map.places')}</button>
      <p><EntityLink entity={{ id: p.id, name: p.name, type: 'LOC' }} /> <span class="muted">{t('map.mentions', { n: p.documents })}</span></p>
      {(['located', 'office', 'mission'] as const).map((role) => {
        const links = p.links.filter((l) => l.role === role);
        return links.length > 0 && (
          <div key={role}>
            <h3>{t(`kind.${role}`)}</h3>
            <ul class="plain">{links.map((l) => <li key={l.fact}><EntityLink entity={l.org as { id: number; name: string; type: 'ORG' }} /></li>)}</ul>
          </div>
        );
      })}
    </Section>
  );
}
